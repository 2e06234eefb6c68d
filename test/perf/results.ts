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
  /** activationMs of the extension's test API: the duration of activate(). */
  activationMs: number;
  /** From asking VS Code to open the document to its editor being shown. */
  openMs: number;
  /** From the editor being shown to the analysis being available. */
  analysisMs: number;
  /** Longest time the extension host's event loop did not run a 10 ms timer: while opening, while analysing. */
  longestStallMs: { open: number; analysis: number };
  /** Every stall over 50 ms while analysing, `at` ms after the editor was shown; and when the analysis event came. */
  stallsWhileAnalysing: { at: number; ms: number }[];
  analysisEventAt: number;
  /** `vscode.executeHoverProvider` at mentions of the analysed briefing (a card each). */
  hover: Percentiles & { withCard: number };
  /** The same requests on the same text in a `.log` document, which no provider answers: the
   * round trip through the workbench that every hover pays before any provider runs. */
  hoverWithoutProvider: Percentiles;
  entityTree: Percentiles & { rows: number };
  /** From a one-paragraph edit to the new version's analysis, with briefingLens.analysisDelay 0. */
  editToAnalysis: Percentiles;
}
