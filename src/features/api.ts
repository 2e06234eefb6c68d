// What activate() returns: a small typed surface for the integration tests (and any extension
// that depends on this one), so they never reach into internals.
import type * as vscode from 'vscode';
import type { Dictionary } from '../core/corrections';
import type { Analysis } from '../core/types';
import type { AnalysisEngine, EngineStats } from '../engine/engine';
import type { AnalysisChangeEvent, DocumentAnalyses } from './analyses';
import type { DictionaryStore } from './dictionaryStore';
import type { EntityTree, EntityTreeNode, EntityTreeSnapshot } from './entityTree/entityTree';
import { BriefingHover } from './hover';
import type { WorkspaceIndexApi } from './workspace/register';

export interface BriefingLensApi {
  /** Fires whenever a new document version has been analysed. */
  readonly onDidAnalyse: vscode.Event<AnalysisChangeEvent>;
  /** The shared cached analysis of the document's current version, once the engine has it (empty
   * when the briefing is too large to analyse unasked; undefined when an edit superseded it first). */
  analysisOf(document: vscode.TextDocument): Promise<Analysis | undefined>;
  /** The analysis of the document's current version if it is ready, without waiting. */
  peekAnalysisOf(document: vscode.TextDocument): Analysis | undefined;
  /** What the engine holds and has waiting. */
  engineStats(): Promise<EngineStats>;
  /** Documents the editor side follows (analysed or being analysed). */
  followedDocuments(): number;
  /** How long activate() took, in milliseconds. */
  readonly activationMs: number;
  /** Our hover provider's own answer at the position, without VS Code's round trip to the workbench:
   * a provider of the registered one's class over the same cached analyses (it answers even with
   * briefingLens.hover.enabled off). For tests and the extension-host perf suite. */
  hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined>;
  /** The index of every briefing in the workspace. */
  readonly workspaceIndex: WorkspaceIndexApi;
  readonly entityTree: {
    snapshot(): EntityTreeSnapshot;
    selectedEntityIds(): string[];
    /** The view's TreeDataProvider: the very instance VS Code asks for rows. */
    readonly provider: vscode.TreeDataProvider<EntityTreeNode>;
    /** Fires when the view's rows change (a new document, analysis, sort order or filter). */
    readonly onDidChange: vscode.Event<unknown>;
    /** Whether the view is open on screen. */
    readonly visible: boolean;
  };
  readonly corrections: {
    /** The merged corrections dictionary in force. */
    current(): Dictionary;
    /** Reads the dictionary file(s) and setting again; resolves once the result is in force. */
    reload(): Promise<void>;
    /** Fires after new corrections were applied to every analysed briefing. */
    readonly onDidApply: vscode.Event<void>;
    /** Fires with each warning shown about a malformed dictionary. */
    readonly onDidWarn: vscode.Event<string>;
  };
}

export function createApi(
  analyses: DocumentAnalyses,
  entityTree: EntityTree,
  dictionary: DictionaryStore,
  engine: AnalysisEngine,
  workspaceIndex: WorkspaceIndexApi,
  activationMs: number,
): BriefingLensApi {
  const hover = new BriefingHover(analyses);
  return {
    onDidAnalyse: analyses.onDidChange,
    analysisOf: (document) => analyses.ofCurrentVersion(document),
    peekAnalysisOf: (document) => analyses.peek(document),
    engineStats: () => engine.stats(),
    followedDocuments: () => analyses.size,
    activationMs,
    hoverAt: (document, position) => hover.provideHover(document, position),
    workspaceIndex,
    entityTree: {
      snapshot: () => entityTree.snapshot(),
      selectedEntityIds: () => entityTree.selectedEntityIds(),
      provider: entityTree,
      onDidChange: entityTree.onDidChangeTreeData,
      get visible() {
        return entityTree.visible;
      },
    },
    corrections: {
      current: () => dictionary.current,
      reload: () => dictionary.reload(),
      onDidApply: analyses.onDidApplyCorrections,
      onDidWarn: dictionary.onDidWarn,
    },
  };
}
