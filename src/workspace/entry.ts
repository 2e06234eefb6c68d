// One file's place in the workspace index: a briefing's summary, or why the file is not one. Both
// carry the file's stamp, so an unchanged file is never read again (not even to sniff it).
import type { BriefingSummary } from './summary';

/** What identifies a version of a file without reading it. */
export interface FileStamp {
  /** Modification time in milliseconds. */
  mtime: number;
  /** Size in bytes. */
  size: number;
}

export type SkipReason = 'not a briefing' | 'too large' | 'binary';

export type IndexEntry =
  | { uri: string; stamp: FileStamp; kind: 'briefing'; summary: BriefingSummary }
  | { uri: string; stamp: FileStamp; kind: 'skipped'; reason: SkipReason };

export type BriefingEntry = Extract<IndexEntry, { kind: 'briefing' }>;

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.mtime === b.mtime && a.size === b.size;
}
