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

/** Wall-time percentiles, with those of the host process' CPU time during the same requests, and
 * how many requests a garbage-collection pause of the host's main thread fell into (with the
 * percentiles of the others). */
export type RequestTimes = Percentiles & { cpu: Percentiles; gcHit: number; withoutGc: Percentiles };

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
  /** The most of our code's time in any one task of that window, long or not. */
  oursInOneTaskMs: number;
  /** Our function most often on top of the stack in that task. */
  oursInOneTaskTop?: string;
  analysisEventAt: number;
  /** Our HoverProvider's own time: `provideHover` of the provider class registered, called in the
   * host through the test API (`api.hoverAt`) at the same mentions, before any other hover there, so
   * each entity's first card is computed inside the timed requests. `firstMs`: the very first hover
   * on the analysis (its position index is built then). */
  hoverProvider: RequestTimes & { withCard: number; firstMs: number };
  /** The first hover after each one-paragraph edit, a turn of the event loop after the new analysis
   * arrived (the index is built in that turn), on the name the edit typed: its card is new. */
  hoverOnNewAnalysis: Percentiles;
  /** Building the position index of each of those analyses (src/core/analysisIndex.ts, timed in the
   * host on the same analysis with the suite's own copy of the module). */
  indexBuild: Percentiles;
  /** End to end: `vscode.executeHoverProvider` at the same mentions (a card each), through the
   * workbench and back, and the mean time with our code on the extension host's stack per request
   * (CPU profile). */
  hover: Percentiles & { withCard: number; oursMeanMs: number };
  /** The same requests on the same text in a `.log` document, which no provider answers: the
   * round trip through the workbench that every hover pays before any provider runs. */
  hoverWithoutProvider: Percentiles;
  entityTree: EntityTreeResults;
  /** After each one-paragraph edit, VS Code's first requests on the new analysis: the root, every
   * group, and the mention rows of a few entities per group (the three most mentioned and every
   * twentieth). */
  entityTreeAfterEdits: TreeTimes;
  /** From a one-paragraph edit (`applyEdit` called in the host) to the new version's analysis, with
   * briefingLens.analysisDelay 0: VS Code applying the edit and telling the host of it included. */
  editToAnalysis: Percentiles;
  /** From the host's text-change event of that edit, when the debounce starts (0 ms here), to the
   * new version's analysis: what the target ("within 100 ms of the debounce") measures. */
  changeToAnalysis: Percentiles;
  /** The same, each edit in the order made (ms, rounded). */
  changeToAnalysisInOrder: number[];
}

/** The Entities view's TreeDataProvider asked as VS Code asks it (test/perf/entityTree.ts). */
export interface TreeTimes {
  /** Each provider call alone (wall time). */
  calls: {
    /** getChildren(): the three group rows (the groups built from the analysis after a change). */
    root: Percentiles;
    groupItem: Percentiles;
    /** getChildren(group): its entity rows. */
    group: Percentiles;
    entityItem: Percentiles;
    /** getChildren(entity): its mention rows. */
    entity: Percentiles;
    mentionItem: Percentiles;
  };
  /** One VS Code request for a row's children (ExtHostTreeView's $getChildren): getChildren and the
   * getTreeItem of every child, in one host task. */
  fetches: { root: RequestTimes; group: RequestTimes; entity: RequestTimes };
}

/** Walks over the whole tree of the opened briefing's analysis: the root, every group, each child's
 * tree item, and in the first `entityRounds` every entity's mention rows. Each walk after the first
 * follows a change of sort order (which makes VS Code ask again); the first is the first on this
 * analysis. */
export interface EntityTreeResults extends TreeTimes {
  entities: number;
  mentions: number;
  rounds: number;
  entityRounds: number;
  /** The entity requests of the first walk: each entity's mention rows asked first on this analysis. */
  firstEntityFetch: Percentiles;
}
