// What activate() returns: a small typed surface for the integration tests (and any extension
// that depends on this one), so they never reach into internals.
import type * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { AnalysisChangeEvent, DocumentAnalyses } from './analyses';
import type { EntityTree, EntityTreeSnapshot } from './entityTree/entityTree';

export interface BriefingLensApi {
  /** Fires whenever a new document version has been analysed. */
  readonly onDidAnalyse: vscode.Event<AnalysisChangeEvent>;
  /** The shared cached analysis of the document's current version. */
  analysisOf(document: vscode.TextDocument): Analysis;
  readonly entityTree: {
    snapshot(): EntityTreeSnapshot;
    selectedEntityIds(): string[];
    /** Fires when the view's rows change (a new document, analysis, sort order or filter). */
    readonly onDidChange: vscode.Event<unknown>;
  };
}

export function createApi(analyses: DocumentAnalyses, entityTree: EntityTree): BriefingLensApi {
  return {
    onDidAnalyse: analyses.onDidChange,
    analysisOf: (document) => analyses.get(document),
    entityTree: {
      snapshot: () => entityTree.snapshot(),
      selectedEntityIds: () => entityTree.selectedEntityIds(),
      onDidChange: entityTree.onDidChangeTreeData,
    },
  };
}
