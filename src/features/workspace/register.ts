// The workspace index in the editor: the service that keeps it, the Entities view's workspace mode,
// Find All References across briefings, Go to Symbol in Workspace and the commands. One entry for
// activate(), which returns the disposable and the surface the test API exposes.
import * as vscode from 'vscode';
import type { DocumentAnalyses } from '../analyses';
import type { EntityTree } from '../entityTree/entityTree';
import { registerWorkspaceCommands } from './commands';
import { WorkspaceIndexService, type BuildReport, type IndexState, type WorkspaceIndexDeps } from './indexService';
import { registerWorkspaceReferences } from './references';
import { registerWorkspaceSymbols } from './symbols';

/** What the test API (api.ts) exposes of the index. */
export interface WorkspaceIndexApi {
  readonly state: IndexState;
  /** Resolves once every requested build and pending file event has been applied. */
  settled(): Promise<void>;
  /** Uris of the indexed briefings, sorted. */
  briefings(): string[];
  /** What the last full build did. */
  lastBuild(): BuildReport | undefined;
  /** The cache file in the extension's storage. */
  readonly cacheUri: vscode.Uri | undefined;
  readonly onDidChange: vscode.Event<void>;
}

export interface WorkspaceIndexFeature extends vscode.Disposable {
  readonly api: WorkspaceIndexApi;
}

export function registerWorkspaceIndex(deps: WorkspaceIndexDeps & { analyses: DocumentAnalyses; entityTree: EntityTree }): WorkspaceIndexFeature {
  const service = new WorkspaceIndexService(deps);
  const disposable = vscode.Disposable.from(
    service,
    deps.entityTree.attachWorkspace(service),
    registerWorkspaceReferences({ ...deps, index: service.index }),
    registerWorkspaceSymbols(service.index),
    registerWorkspaceCommands(service, deps.entityTree, deps.log),
  );
  return {
    dispose: () => disposable.dispose(),
    api: {
      get state() {
        return service.state;
      },
      settled: () => service.settled(),
      briefings: () => service.index.briefings().map((entry) => entry.uri),
      lastBuild: () => service.lastBuild,
      cacheUri: service.cacheUri,
      onDidChange: service.onDidChange,
    },
  };
}
