// What activate() returns: a small typed surface for the integration tests (and any extension
// that depends on this one), so they never reach into internals.
import type * as vscode from 'vscode';
import type { Dictionary } from '../core/corrections';
import type { Analysis } from '../core/types';
import type { AnalysisEngine, EngineStats } from '../engine/engine';
import type { AnalysisChangeEvent, DocumentAnalyses } from './analyses';
import type { DictionaryStore } from './dictionaryStore';
import type { EntityTree, EntityTreeSnapshot } from './entityTree/entityTree';
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
  /** The index of every briefing in the workspace. */
  readonly workspaceIndex: WorkspaceIndexApi;
  readonly entityTree: {
    snapshot(): EntityTreeSnapshot;
    selectedEntityIds(): string[];
    /** Fires when the view's rows change (a new document, analysis, sort order or filter). */
    readonly onDidChange: vscode.Event<unknown>;
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
  return {
    onDidAnalyse: analyses.onDidChange,
    analysisOf: (document) => analyses.ofCurrentVersion(document),
    peekAnalysisOf: (document) => analyses.peek(document),
    engineStats: () => engine.stats(),
    followedDocuments: () => analyses.size,
    activationMs,
    workspaceIndex,
    entityTree: {
      snapshot: () => entityTree.snapshot(),
      selectedEntityIds: () => entityTree.selectedEntityIds(),
      onDidChange: entityTree.onDidChangeTreeData,
    },
    corrections: {
      current: () => dictionary.current,
      reload: () => dictionary.reload(),
      onDidApply: analyses.onDidApplyCorrections,
      onDidWarn: dictionary.onDidWarn,
    },
  };
}
