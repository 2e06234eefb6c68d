// The workspace index on disk between sessions. One JSON file stamped with the index format and a
// key for everything else the entries depend on (the engine's version, the corrections in force): a
// file with another stamp is ignored whole. Each entry carries its file's stamp, so a file changed
// while the editor was closed is read again. A damaged file is never fatal: it reads as "no cache".
import type { IndexEntry } from './entry';

/** Bumped whenever the shape of the entries or the summaries changes. */
export const INDEX_FORMAT = 1;

interface CacheFile {
  format: number;
  key: string;
  entries: IndexEntry[];
}

export function serialiseCache(key: string, entries: Iterable<IndexEntry>): string {
  const file: CacheFile = { format: INDEX_FORMAT, key, entries: [...entries] };
  return JSON.stringify(file);
}

export type ParsedCache = { ok: true; entries: Map<string, IndexEntry>; dropped: number } | { ok: false; reason: string };

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
export function parseCache(text: string, key: string): ParsedCache {
  let file: any;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!file || typeof file !== 'object' || !Array.isArray(file.entries)) return { ok: false, reason: 'it has no entries' };
  if (file.format !== INDEX_FORMAT) return { ok: false, reason: `it has format ${String(file.format)}, not ${INDEX_FORMAT}` };
  if (file.key !== key) return { ok: false, reason: 'it was built by another engine version or with other corrections' };
  const entries = new Map<string, IndexEntry>();
  let dropped = 0;
  for (const entry of file.entries) {
    if (isEntry(entry)) entries.set(entry.uri, entry);
    else dropped++;
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
