// What activate() returns: a small typed surface for the integration tests (and any extension
// that depends on this one), so they never reach into internals.
import type * as vscode from 'vscode';
import type { Dictionary } from '../core/corrections';
import type { Analysis } from '../core/types';
import type { AnalysisChangeEvent, DocumentAnalyses } from './analyses';
import type { DictionaryStore } from './dictionaryStore';
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

export function createApi(analyses: DocumentAnalyses, entityTree: EntityTree, dictionary: DictionaryStore): BriefingLensApi {
  return {
    onDidAnalyse: analyses.onDidChange,
    analysisOf: (document) => analyses.get(document),
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
