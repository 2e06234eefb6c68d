// The corrections dictionary for a CLI run: the file given with --dictionary, else the workspace's
// own `.briefing-lens/entities.json` when the current directory has one. A malformed file is
// reported line by line and its well-formed entries still apply.
import { type Dictionary, emptyDictionary, parseDictionary } from '../core/corrections';
import { decodeBytes } from './decode';

export const DEFAULT_DICTIONARY = '.briefing-lens/entities.json';

/** undefined: the default file if present; null: none (--no-dictionary); a string: that file, which must be readable. */
export type DictionaryChoice = string | null | undefined;

export type LoadedDictionary = { ok: true; dictionary: Dictionary; warnings: string[] } | { ok: false; error: string };

export function loadDictionary(choice: DictionaryChoice, readFile: (path: string) => Uint8Array): LoadedDictionary {
  if (choice === null) return { ok: true, dictionary: emptyDictionary(), warnings: [] };
  const file = choice ?? DEFAULT_DICTIONARY;
  let bytes: Uint8Array;
  try {
    bytes = readFile(file);
  } catch (error) {
    const message = `cannot read dictionary ${file}: ${describeError(error)}`;
    if (choice !== undefined) return { ok: false, error: message };
    // The default is optional: a workspace without one is the usual case, and an unreadable one only warns.
    const missing = (error as NodeJS.ErrnoException)?.code === 'ENOENT';
    return { ok: true, dictionary: emptyDictionary(), warnings: missing ? [] : [`${message}; analysing without corrections`] };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    const message = `cannot read dictionary ${file}: it ${decoded.reason}`;
    return choice !== undefined ? { ok: false, error: message } : { ok: true, dictionary: emptyDictionary(), warnings: [`${message}; analysing without corrections`] };
  }
  const { dictionary, problems } = parseDictionary(decoded.text);
  const warnings = problems.map((p) => `${file} line ${p.line}: ${p.message}; the rest of the dictionary still applies`);
  return { ok: true, dictionary, warnings };
}

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
