// One analysis per document version, shared by every editor feature. Pure: it reads documents
// through the BriefingSource seam, asks an asynchronous analyser (the worker engine in the editor)
// and takes its timer from the caller, so it runs (and is tested) without an editor.
import type { Analysis, BriefingSource } from './types';

/** Analyses one version of a document; resolves to undefined when a newer version superseded it first. */
export type Analyzer = (uri: string, version: number, text: string) => Promise<Analysis | undefined>;

/** Runs `callback` after `delayMs`; returns a function that cancels it. */
export type Scheduler = (callback: () => void, delayMs: number) => () => void;

export interface AnalysisChange {
  uri: string;
  version: number;
  analysis: Analysis;
}

export interface DocumentCacheOptions {
  analyze: Analyzer;
  /**
   * Applied to each analysis: the reader's corrections. When what it reads besides its arguments
   * changes, call invalidate(); the engine's own analysis is kept, so only this step runs again.
   */
  correct?: (text: string, analysis: Analysis) => Analysis;
  /**
   * Told about an analysis that failed (the cache then serves an empty analysis for that version) or
   * a change listener that threw (the other listeners are still told).
   */
  onError?: (error: unknown, uri: string, during: 'analysis' | 'listener') => void;
  schedule?: Scheduler;
}

export interface Subscription {
  dispose(): void;
}

function emptyAnalysis(): Analysis {
  return { entities: [], figures: [], citations: [], sections: [], sentences: [] };
}

const timerScheduler: Scheduler = (callback, delayMs) => {
  const handle = setTimeout(callback, delayMs);
  return () => clearTimeout(handle);
};

export interface Settled {
  version: number;
  analysis: Analysis;
  /** The text of that version. */
  text: string;
}

interface Entry extends Settled {
  /** The corrections generation the analysis was corrected with. */
  generation: number;
  /** The engine's analysis before the corrections. */
  raw: Analysis;
}

interface Waiter {
  version: number;
  resolve(analysis: Analysis | undefined): void;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  /** Analyses waiting for edits to settle. */
  private readonly pending = new Map<string, () => void>();
  /** Each document's newest requested analysis. Compared by identity, not version: a document closed
   * and opened again starts over at version 1 with other text. */
  private readonly running = new Map<string, { version: number }>();
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly listeners = new Set<(change: AnalysisChange) => void>();
  private readonly schedule: Scheduler;
  /** Bumped by invalidate(): part of every entry's key besides the document version. */
  private generation = 0;
  private disposed = false;

  constructor(private readonly options: DocumentCacheOptions) {
    this.schedule = options.schedule ?? timerScheduler;
  }

  /** The analysis of the source's current version if it is ready (corrected anew if the corrections changed). */
  peek(source: BriefingSource): Analysis | undefined {
    const entry = this.entries.get(source.uri);
    if (!entry || entry.version !== source.version) return undefined;
    if (entry.generation !== this.generation) this.store(source.uri, entry.version, entry.text, entry.raw);
    return this.entries.get(source.uri)!.analysis;
  }

  /** The newest analysis held for the document, whatever version it is of. */
  latest(uri: string): Settled | undefined {
    const entry = this.entries.get(uri);
    return entry && { version: entry.version, analysis: entry.analysis, text: entry.text };
  }

  /**
   * The analysis of the version the source has now: at once from the cache, else when the engine
   * has it. While edits are still settling (an analysis is scheduled) it waits for that one instead
   * of analysing every keystroke. Resolves to undefined when another edit supersedes that version
   * first, or the document closes: an answer computed from other text would put its ranges in the
   * wrong places.
   */
  analysis(source: BriefingSource): Promise<Analysis | undefined> {
    const ready = this.peek(source);
    if (ready) return Promise.resolve(ready);
    const version = source.version;
    const waiting = new Promise<Analysis | undefined>((resolve) => {
      const list = this.waiters.get(source.uri) ?? [];
      list.push({ version, resolve });
      this.waiters.set(source.uri, list);
    });
    if (!this.pending.has(source.uri) && this.running.get(source.uri)?.version !== version) this.start(source);
    return waiting;
  }

  /** Starts the analysis of the source's current version unless it is ready or under way. */
  request(source: BriefingSource): void {
    if (this.peek(source) || this.pending.has(source.uri) || this.running.get(source.uri)?.version === source.version) return;
    this.start(source);
  }

  /**
   * Analyses the source once it has been quiet for `delayMs`: each call restarts the wait, so a
   * burst of edits costs one analysis, of the version current when the wait ends.
   */
  scheduleAnalysis(source: BriefingSource, delayMs: number): void {
    this.cancelPending(source.uri);
    const cancel = this.schedule(() => {
      this.pending.delete(source.uri);
      this.start(source);
    }, delayMs);
    this.pending.set(source.uri, cancel);
  }

  /** Forgets a document (it closed): drops its analysis and any waiting re-analysis. */
  delete(uri: string): void {
    this.cancelPending(uri);
    this.running.delete(uri);
    this.entries.delete(uri);
    this.release(uri, Infinity, undefined);
  }

  /**
   * The corrections changed: every held analysis is stale. Each document is corrected again on its
   * next peek() (the caller asks for the held ones at once), without running the engine again.
   */
  invalidate(): void {
    this.generation++;
  }

  /** Whether the document is followed: analysed, or being analysed, since it was opened. */
  has(uri: string): boolean {
    return this.entries.has(uri) || this.running.has(uri) || this.pending.has(uri);
  }

  /** Documents followed now (for leak checks). */
  get size(): number {
    return new Set([...this.entries.keys(), ...this.running.keys(), ...this.pending.keys()]).size;
  }

  onDidChange(listener: (change: AnalysisChange) => void): Subscription {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  dispose(): void {
    this.disposed = true;
    for (const cancel of this.pending.values()) cancel();
    this.pending.clear();
    for (const uri of [...this.waiters.keys()]) this.release(uri, Infinity, undefined);
    this.entries.clear();
    this.running.clear();
    this.listeners.clear();
  }

  private start(source: BriefingSource): void {
    const { uri } = source;
    const version = source.version;
    const run = { version };
    this.running.set(uri, run);
    const text = source.getText();
    let analysing: Promise<Analysis | undefined>;
    try {
      analysing = this.options.analyze(uri, version, text);
    } catch (error) {
      analysing = Promise.reject(error);
    }
    analysing.then(
      (raw) => this.finish(uri, run, text, raw),
      (error) => {
        if (this.disposed || this.running.get(uri) !== run) return;
        this.options.onError?.(error, uri, 'analysis');
        this.finish(uri, run, text, emptyAnalysis());
      },
    );
  }

  private finish(uri: string, run: { version: number }, text: string, raw: Analysis | undefined): void {
    // Closed, or superseded by a newer request: that one will answer.
    if (this.disposed || !raw || this.running.get(uri) !== run) return;
    this.running.delete(uri);
    this.store(uri, run.version, text, raw);
  }

  private store(uri: string, version: number, text: string, raw: Analysis): void {
    const analysis = this.corrected(uri, text, raw);
    this.entries.set(uri, { version, generation: this.generation, raw, text, analysis });
    this.release(uri, version, analysis);
    this.emit({ uri, version, analysis });
  }

  private corrected(uri: string, text: string, raw: Analysis): Analysis {
    if (!this.options.correct) return raw;
    try {
      return this.options.correct(text, raw);
    } catch (error) {
      this.options.onError?.(error, uri, 'analysis');
      return raw;
    }
  }

  /** Answers the waiters for `version` with `analysis`, and those for older versions with undefined. */
  private release(uri: string, version: number, analysis: Analysis | undefined): void {
    const list = this.waiters.get(uri);
    if (!list) return;
    const later = list.filter((w) => w.version > version);
    for (const w of list) if (w.version <= version) w.resolve(w.version === version ? analysis : undefined);
    if (later.length > 0) this.waiters.set(uri, later);
    else this.waiters.delete(uri);
  }

  private cancelPending(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
  }

  private emit(change: AnalysisChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        this.options.onError?.(error, change.uri, 'listener');
      }
    }
  }
}
