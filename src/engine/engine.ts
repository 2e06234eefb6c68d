// The seam between the editor and the analysis engine. The editor asks for analyses through it and
// never runs the engine itself: the worker engine runs it off the extension host's main thread.
import type { Analysis } from '../core/types';

export interface EngineStats {
  /** Documents whose parts the engine holds for re-analysis after an edit. */
  documents: number;
  /** Requests waiting to run, all lanes together: at most one per open document, whatever the typing. */
  queued: number;
  /** Requests running now (one per lane at most). */
  running: number;
}

export interface AnalysisEngine {
  /**
   * Analyses one version of an open document. The engine remembers the document's parts, so the
   * next version re-analyses only what changed. A request superseded by a newer version of the same
   * document before it started resolves to undefined.
   */
  analyzeDocument(uri: string, version: number, text: string): Promise<Analysis | undefined>;
  /** Analyses a text it will not see again (the workspace index), on its own lane: the open
   * documents' analyses never wait behind it. */
  analyzeText(text: string): Promise<Analysis>;
  /** Drops what the engine holds for a closed document. */
  forget(uri: string): void;
  stats(): Promise<EngineStats>;
  dispose(): void;
}
