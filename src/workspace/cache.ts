// The workspace index on disk between sessions, as JSON lines: a header with the index format and a
// key for everything else the entries depend on (the engine's version, the corrections in force),
// then one file's entry per line. A file with another header is ignored whole; a damaged line costs
// only its file, which is read again. Each entry carries its file's stamp, so a file changed while
// the editor was closed is read again. Both directions work in slices with a pause between them, so
// that a large index never holds up the extension host for long; an entry's line is kept with the
// entry, so saving after a few files changed serialises only those.
import type { IndexEntry } from './entry';

/** Bumped whenever the shape of the entries or the summaries changes. */
export const INDEX_FORMAT = 2;

/** Entries handled between two pauses. */
const SLICE = 250;

/** Lets the caller's thread do other work in between; the default does not pause. */
export type Pause = () => Promise<void>;
const noPause: Pause = async () => undefined;

const lines = new WeakMap<IndexEntry, string>();

function lineOf(entry: IndexEntry): string {
  let line = lines.get(entry);
  if (line === undefined) {
    line = JSON.stringify(entry);
    lines.set(entry, line);
  }
  return line;
}

function header(key: string): string {
  return JSON.stringify({ format: INDEX_FORMAT, key });
}

export function serialiseCache(key: string, entries: Iterable<IndexEntry>): string {
  return [header(key), ...[...entries].map(lineOf)].join('\n');
}

/** serialiseCache with a pause after every slice of entries. */
export async function serialiseCacheInSlices(key: string, entries: Iterable<IndexEntry>, pause: Pause): Promise<string> {
  const out = [header(key)];
  for (const entry of entries) {
    out.push(lineOf(entry));
    if (out.length % SLICE === 0) await pause();
  }
  return out.join('\n');
}

/** Not ok: `damaged` when the file is broken, not merely from another version or other settings. */
export type ParsedCache = { ok: true; entries: Map<string, IndexEntry>; dropped: number } | { ok: false; reason: string; damaged: boolean };

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isRange = (x: unknown) => Array.isArray(x) && x.length === 4 && x.every(isNumber);
const isStrings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Checks what later code relies on, so a hand-edited or truncated-then-patched file cannot make a query throw. */
function isEntry(x: any): x is IndexEntry {
  if (!x || typeof x.uri !== 'string' || !x.stamp || !isNumber(x.stamp.mtime) || !isNumber(x.stamp.size)) return false;
  if (x.kind === 'skipped') return typeof x.reason === 'string';
  if (x.kind !== 'briefing' || !x.summary || !Array.isArray(x.summary.entities) || !Array.isArray(x.summary.headings)) return false;
  const entitiesOk = x.summary.entities.every(
    (e: any) =>
      e && typeof e.id === 'string' && typeof e.name === 'string' && ['person', 'organization', 'place'].includes(e.type) &&
      isStrings(e.aliases) && Array.isArray(e.mentions) && e.mentions.every(isRange) && (e.role === undefined || typeof e.role === 'string'),
  );
  const headingsOk = x.summary.headings.every((h: any) => h && typeof h.text === 'string' && (h.kind === 'title' || h.kind === 'section') && isRange(h.range));
  return entitiesOk && headingsOk;
}

/** The entries of a cache file written with the same format and key; malformed entries are dropped and counted. */
export async function parseCache(text: string, key: string, pause: Pause = noPause): Promise<ParsedCache> {
  const [first = '', ...rest] = text.split('\n');
  let header: any;
  try {
    header = JSON.parse(first);
  } catch (error) {
    return { ok: false, damaged: true, reason: `its header is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!header || typeof header !== 'object') return { ok: false, damaged: true, reason: 'it has no header' };
  if (header.format !== INDEX_FORMAT) return { ok: false, damaged: false, reason: `it has format ${String(header.format)}, not ${INDEX_FORMAT}` };
  if (header.key !== key) return { ok: false, damaged: false, reason: 'it was built by another engine version or with other settings or corrections' };
  const entries = new Map<string, IndexEntry>();
  let dropped = 0;
  for (let i = 0; i < rest.length; i++) {
    if (i % SLICE === SLICE - 1) await pause();
    if (rest[i]!.trim() === '') continue;
    let entry: unknown;
    try {
      entry = JSON.parse(rest[i]!);
    } catch {
      entry = undefined;
    }
    if (isEntry(entry)) {
      entries.set(entry.uri, entry);
      lines.set(entry, rest[i]!);
    } else dropped++;
  }
  return { ok: true, entries, dropped };
}

/** A short, stable hash of a text (FNV-1a, 32 bits): part of the cache key, e.g. for the corrections in force. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
