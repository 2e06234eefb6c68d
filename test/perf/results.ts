// What the extension-host perf suite measures, written as JSON for `npm run bench` to print.
import * as path from 'path';
import type { LongTask } from './mainThread';

export const IDLE_WINDOW_MS = 3000;

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
  /** activationMs of the extension's test API: the duration of activate(). */
  activationMs: number;
  /** From asking VS Code to open the document to its editor being shown. */
  openMs: number;
  /** From the editor being shown to the analysis being available. */
  analysisMs: number;
  /** Longest time the extension host's event loop did not run a 10 ms timer: with nothing to do
   * (IDLE_WINDOW_MS before the briefing opens: what the machine alone causes), while opening, while
   * analysing (until a second after the analysis arrived, so that the features' work on it counts). */
  longestStallMs: { idle: number; open: number; analysis: number };
  /** The main thread's tasks over 50 ms from the editor being shown until a second after the
   * analysis arrived (`at` ms after the editor was shown), and when the analysis event came. */
  longTasks: LongTask[];
  analysisEventAt: number;
  /** `vscode.executeHoverProvider` at mentions of the analysed briefing (a card each), and the
   * mean time with our code on the extension host's stack per request (CPU profile). */
  hover: Percentiles & { withCard: number; oursMeanMs: number };
  /** The same requests on the same text in a `.log` document, which no provider answers: the
   * round trip through the workbench that every hover pays before any provider runs. */
  hoverWithoutProvider: Percentiles;
  entityTree: Percentiles & { rows: number };
  /** From a one-paragraph edit to the new version's analysis, with briefingLens.analysisDelay 0. */
  editToAnalysis: Percentiles;
}
