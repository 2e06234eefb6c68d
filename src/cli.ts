#!/usr/bin/env node
// The command-line front of the analysis engine: `node dist/cli.js analyze [--format …] [FILE …]`.
import * as fs from 'fs';
import { runCli } from './cli/run';

// `briefing-lens analyze big.txt | head`: the reader closing the pipe early is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const status = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => fs.readFileSync(path),
  readStdin: () => fs.readFileSync(0),
});
process.exitCode = status;
