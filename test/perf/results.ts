// What the extension-host perf suite measures, written as JSON for `npm run bench` to print.
import * as path from 'path';

export const RESULTS_FILE = path.resolve(__dirname, '..', '..', '..', 'test-results', 'perf', 'extension-host.json');

export interface Percentiles {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface ExtensionHostResults {
  documentChars: number;
  /** activationMs of the extension's test API (the duration of activate()), when it has one. */
  activationMs?: number;
  /** The suite's own `await extension.activate()` (bundle load and activate()), when it activated it. */
  activateCallMs?: number;
  /** From opening the document to its analysis being available. */
  openToAnalysisMs: number;
  /** Longest time the extension host's event loop did not run a 10 ms timer during that analysis. */
  longestStallMs: number;
  hover: Percentiles & { withCard: number };
  entityTree: Percentiles & { rows: number };
  /** From a one-paragraph edit to the new version's analysis, with briefingLens.analysisDelay 0. */
  editToAnalysis: Percentiles;
}
