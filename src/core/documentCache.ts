// One analysis per document version, shared by every editor feature. Pure: it reads documents
// through the BriefingSource seam and takes its timer from the caller, so it runs (and is tested)
// without an editor.
import type { Analysis, BriefingSource } from './types';

export type Analyzer = (text: string) => Analysis;

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
   * Told about an analysis that threw (the cache then serves an empty analysis for that version) or
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

interface Settled {
  version: number;
  analysis: Analysis;
}

interface Entry extends Settled {
  /** The corrections generation the analysis was corrected with. */
  generation: number;
  /** The engine's analysis before the corrections. */
  raw: Analysis;
}

export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, () => void>();
  /** Callers of analysis() waiting for a scheduled analysis; told on the next analysis or on close. */
  private readonly waiters = new Map<string, ((settled: Settled | undefined) => void)[]>();
  private readonly listeners = new Set<(change: AnalysisChange) => void>();
  private readonly schedule: Scheduler;
  /** Bumped by invalidate(): part of every entry's key besides the document version. */
  private generation = 0;

  constructor(private readonly options: DocumentCacheOptions) {
    this.schedule = options.schedule ?? timerScheduler;
  }

  /** The analysis of the source's current version, computed now if the cache has none. */
  get(source: BriefingSource): Analysis {
    const { uri, version } = source;
    const entry = this.entries.get(uri);
    if (entry && entry.version === version && entry.generation === this.generation) return entry.analysis;
    let raw: Analysis;
    if (entry && entry.version === version) {
      // Same text, new corrections: the engine's analysis still holds.
      raw = entry.raw;
    } else {
      this.cancelPending(uri);
      raw = this.run(source);
    }
    const analysis = this.corrected(source, raw);
    this.entries.set(uri, { version, generation: this.generation, raw, analysis });
    this.release(uri, { version, analysis });
    this.emit({ uri, version, analysis });
    return analysis;
  }

  /**
   * For requests that may wait: the analysis of the version the source has now. While edits are
   * still settling (an analysis is scheduled) it waits for that one instead of analysing every
   * keystroke. Resolves to undefined when another edit supersedes that version first, or the
   * document closes: an answer computed from other text would put its ranges in the wrong places.
   */
  async analysis(source: BriefingSource): Promise<Analysis | undefined> {
    const version = source.version;
    if (!this.pending.has(source.uri)) return this.get(source);
    const settled = await new Promise<Settled | undefined>((resolve) => {
      const waiting = this.waiters.get(source.uri) ?? [];
      waiting.push(resolve);
      this.waiters.set(source.uri, waiting);
    });
    return settled?.version === version ? settled.analysis : undefined;
  }

  /**
   * Analyses the source once it has been quiet for `delayMs`: each call restarts the wait, so a
   * burst of edits costs one analysis, of the version current when the wait ends.
   */
  scheduleAnalysis(source: BriefingSource, delayMs: number): void {
    this.cancelPending(source.uri);
    const cancel = this.schedule(() => {
      this.pending.delete(source.uri);
      this.get(source);
    }, delayMs);
    this.pending.set(source.uri, cancel);
  }

  /** Forgets a document (it closed): drops its analysis and any waiting re-analysis. */
  delete(uri: string): void {
    this.cancelPending(uri);
    this.entries.delete(uri);
    this.release(uri, undefined);
  }

  /**
   * The corrections changed: every held analysis is stale. Each document is corrected again on its
   * next get() (the caller asks for the held ones at once), without running the engine again.
   */
  invalidate(): void {
    this.generation++;
  }

  /** Whether an analysis of any version of the document is held: whether anyone has asked about it. */
  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  onDidChange(listener: (change: AnalysisChange) => void): Subscription {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  dispose(): void {
    for (const cancel of this.pending.values()) cancel();
    this.pending.clear();
    for (const uri of [...this.waiters.keys()]) this.release(uri, undefined);
    this.entries.clear();
    this.listeners.clear();
  }

  private run(source: BriefingSource): Analysis {
    try {
      return this.options.analyze(source.getText());
    } catch (error) {
      this.options.onError?.(error, source.uri, 'analysis');
      return emptyAnalysis();
    }
  }

  private corrected(source: BriefingSource, raw: Analysis): Analysis {
    if (!this.options.correct) return raw;
    try {
      return this.options.correct(source.getText(), raw);
    } catch (error) {
      this.options.onError?.(error, source.uri, 'analysis');
      return raw;
    }
  }

  private release(uri: string, settled: Settled | undefined): void {
    const waiting = this.waiters.get(uri);
    this.waiters.delete(uri);
    waiting?.forEach((resolve) => resolve(settled));
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
