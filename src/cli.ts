// STUB — CLI.
