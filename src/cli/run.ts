import { analyze } from '../core/analyze';
import { applyDictionary } from '../core/corrections';
import { decodeBytes } from './decode';
import { DEFAULT_DICTIONARY, type DictionaryChoice, describeError, loadDictionary } from './dictionary';
import { DocumentJson, toDocumentJson } from './document';
import { FORMATS, Format, render } from './formats';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
}

export const USAGE = `Usage: briefing-lens analyze [--format json|jsonl|csv|md] [--dictionary FILE | --no-dictionary] [FILE ...]

Analyses briefings: people, organizations, places, figures, citations and sections.
With no FILE, or FILE "-", reads one document from standard input.
Formats: json (an array), jsonl (one object per line; the default for several files),
csv (one row per mention or figure), md (a readable report).
Corrections (names marked as a person, organization or place, aliases, names that are no
entity, the watchlist) come from --dictionary FILE, else from ${DEFAULT_DICTIONARY} in the
current directory when it exists; --no-dictionary ignores both.
Exit status: 0 all analysed, 1 a file could not be read, 2 bad arguments (an unreadable
--dictionary file included).
`;

type Parsed = { help: true } | { help: false; format?: Format; dictionary: DictionaryChoice; files: string[] };

function parse(argv: string[]): Parsed | string {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { help: true };
  if (command !== 'analyze') return command === undefined ? 'missing command' : `unknown command "${command}"`;
  let format: Format | undefined;
  let dictionary: DictionaryChoice;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (!FORMATS.includes(value as Format)) return `--format must be one of ${FORMATS.join(', ')}`;
      format = value as Format;
    } else if (arg === '--dictionary' || arg.startsWith('--dictionary=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (!value) return '--dictionary needs a file';
      dictionary = value;
    } else if (arg === '--no-dictionary') {
      dictionary = null;
    } else if (arg === '--') {
      files.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option "${arg}"`;
    } else {
      files.push(arg);
    }
  }
  return { help: false, format, dictionary, files };
}

/** Runs the CLI and returns its exit status. Never writes to the files it reads. */
export function runCli(argv: string[], io: CliIo): number {
  const parsed = parse(argv);
  if (typeof parsed === 'string') {
    io.err(`briefing-lens: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.out(USAGE);
    return 0;
  }
  const loaded = loadDictionary(parsed.dictionary, io.readFile);
  if (!loaded.ok) {
    io.err(`briefing-lens: ${loaded.error}\n`);
    return 2;
  }
  for (const warning of loaded.warnings) io.err(`briefing-lens: warning: ${warning}\n`);
  const files = parsed.files.length ? parsed.files : ['-'];
  const format = parsed.format ?? (files.length > 1 ? 'jsonl' : 'json');
  const docs: DocumentJson[] = [];
  let status = 0;
  for (const file of files) {
    const name = file === '-' ? '<stdin>' : file;
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? io.readStdin() : io.readFile(file);
    } catch (error) {
      io.err(`briefing-lens: cannot read ${name}: ${describeError(error)}\n`);
      status = 1;
      continue;
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) {
      io.err(`briefing-lens: cannot analyse ${name}: it ${decoded.reason}\n`);
      status = 1;
      continue;
    }
    for (const warning of decoded.warnings) io.err(`briefing-lens: warning: ${name} ${warning}\n`);
    try {
      docs.push(toDocumentJson(file === '-' ? '-' : file, applyDictionary(decoded.text, analyze(decoded.text), loaded.dictionary)));
    } catch (error) {
      // The engine must never throw; if it does on some text, the other files still get their analyses.
      io.err(`briefing-lens: cannot analyse ${name}: internal error: ${describeError(error)}\n`);
      status = 1;
    }
  }
  render(format, docs, (text) => io.out(text));
  return status;
}
