// Builds the workspace index from injected file access and analysis, so the same code runs in the
// extension (vscode.workspace.fs and the engine's worker) and in the bench (Node fs and the engine
// in-process). A file whose stamp matches the previous index is not read at all; a plain-text file is
// sniffed from its first bytes before it is read whole; a bounded number of files is in flight at once.
import { decodeBytes } from '../cli/decode';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../core/limits';
import { looksLikeBriefing } from '../core/detect';
import type { Analysis } from '../core/types';
import { sameStamp, type FileStamp, type IndexEntry, type SkipReason } from './entry';
import { summarise } from './summary';

export interface IndexSources {
  /** The file's size and modification time; rejects when it is gone. */
  stat(uri: string): Promise<FileStamp>;
  /** The whole file. */
  read(uri: string): Promise<Uint8Array>;
  /** At least the first `bytes` bytes (all of a shorter file). Without it, detection reads the whole file. */
  readHead?(uri: string, bytes: number): Promise<Uint8Array>;
  analyse(text: string): Promise<Analysis>;
}

export interface IndexRules {
  /** Texts longer than this many characters are not analysed (briefingLens.maxDocumentSize). */
  maxDocumentSize?: number;
  /**
   * Whether the file counts only if its opening reads like a briefing (src/core/detect.ts).
   * By default every file except `*.briefing` and `*.briefing.txt`.
   */
  needsDetection?(uri: string): boolean;
}

export interface CancellationFlag {
  readonly isCancellationRequested: boolean;
}

export interface BuildOptions extends IndexSources, IndexRules {
  files: readonly string[];
  /** Entries of an earlier build (or the disk cache): reused for files whose stamp is unchanged. */
  previous?: ReadonlyMap<string, IndexEntry>;
  /** Files in flight at once (default 4): reads overlap analyses without flooding the engine's queue. */
  concurrency?: number;
  /** Called after each file, indexed or not. */
  onProgress?(progress: { done: number; total: number }): void;
  /** Called with each new or reused entry as soon as it is known, so a view can fill in while the build runs. */
  onEntry?(entry: IndexEntry): void;
  token?: CancellationFlag;
}

export interface FileFailure {
  uri: string;
  error: unknown;
}

export interface BuildResult {
  /** An entry for every file that did not fail, in the order of `files`; fewer when cancelled. */
  entries: IndexEntry[];
  /** Files read and analysed. */
  analysed: number;
  /** Files whose previous entry still held. */
  reused: number;
  /** Files that could not be read or analysed (gone meanwhile, unreadable, the engine failed): not cached, tried again next time. */
  failed: FileFailure[];
  cancelled: boolean;
}

/** detect.ts looks at the first 3,000 characters; in UTF-8 they take at most 9,000 bytes. */
const HEAD_BYTES = 16 * 1024;
/** Files this small are read whole at once: one read instead of a head read and then another. */
const READ_WHOLE_BELOW = 64 * 1024;
/** A UTF-16 code unit takes at most 3 bytes of UTF-8 (or 2 of UTF-16), so a larger file is too long for sure. */
const MAX_BYTES_PER_CHAR = 3;

const BRIEFING_NAME = /\.briefing(\.txt)?$/i;

export function namedAsBriefing(uri: string): boolean {
  return BRIEFING_NAME.test(uri);
}

type Outcome = { entry: IndexEntry; analysed: boolean };

/** Indexes one file: reuses `previous` when its stamp still holds, else reads (and maybe analyses) it. */
export async function indexFile(uri: string, sources: IndexSources, rules: IndexRules = {}, previous?: IndexEntry): Promise<Outcome> {
  const stamp = await sources.stat(uri);
  if (previous && sameStamp(previous.stamp, stamp)) return { entry: previous, analysed: false };
  const skip = (reason: SkipReason): Outcome => ({ entry: { uri, stamp, kind: 'skipped', reason }, analysed: false });
  const maxChars = rules.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  if (stamp.size > maxChars * MAX_BYTES_PER_CHAR) return skip('too large');

  const detect = (rules.needsDetection ?? ((u: string) => !namedAsBriefing(u)))(uri);
  if (detect && stamp.size > READ_WHOLE_BELOW && sources.readHead) {
    const head = decodeBytes(await sources.readHead(uri, HEAD_BYTES));
    if (!head.ok) return skip('binary');
    if (!looksLikeBriefing(head.text)) return skip('not a briefing');
  }
  const decoded = decodeBytes(await sources.read(uri));
  if (!decoded.ok) return skip('binary');
  const { text } = decoded;
  if (text.length > maxChars) return skip('too large');
  if (detect && !looksLikeBriefing(text)) return skip('not a briefing');
  const analysis = await sources.analyse(text);
  return { entry: { uri, stamp, kind: 'briefing', summary: summarise(text, analysis) }, analysed: true };
}

/** Runs `run` over `items` with at most `limit` in flight, starting no new item once `token` is cancelled. */
export async function forEachLimited<T>(items: readonly T[], limit: number, run: (item: T, index: number) => Promise<void>, token?: CancellationFlag): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !token?.isCancellationRequested) {
      const index = next++;
      await run(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

export async function buildIndex(options: BuildOptions): Promise<BuildResult> {
  const { files, previous, token } = options;
  const slots: (IndexEntry | undefined)[] = new Array(files.length);
  const failed: FileFailure[] = [];
  let analysed = 0;
  let reused = 0;
  let done = 0;
  await forEachLimited(
    files,
    options.concurrency ?? 4,
    async (uri, i) => {
      try {
        const outcome = await indexFile(uri, options, options, previous?.get(uri));
        slots[i] = outcome.entry;
        if (outcome.analysed) analysed++;
        else if (outcome.entry === previous?.get(uri)) reused++;
        options.onEntry?.(outcome.entry);
      } catch (error) {
        failed.push({ uri, error });
      }
      options.onProgress?.({ done: ++done, total: files.length });
    },
    token,
  );
  const entries = slots.filter((entry): entry is IndexEntry => entry !== undefined);
  return { entries, analysed, reused, failed, cancelled: token?.isCancellationRequested === true && done < files.length };
}
