// The workspace index's commands: the Entities view's mode toggle and Rebuild Workspace Index.
// Each returns what it did, so callers (and tests) can tell.
import * as vscode from 'vscode';
import type { EntityTree } from '../entityTree/entityTree';
import { FOCUS_ENTITIES_VIEW, WorkspaceCommand } from '../ids';
import type { BuildReport, WorkspaceIndexService } from './indexService';

export function registerWorkspaceCommands(service: WorkspaceIndexService, entityTree: EntityTree, log: vscode.LogOutputChannel): vscode.Disposable {
  const handlers: Record<(typeof WorkspaceCommand)[keyof typeof WorkspaceCommand], () => unknown> = {
    [WorkspaceCommand.showWorkspaceEntities]: async () => {
      entityTree.setMode('workspace');
      // From the palette the view may be hidden; from its title bar it is already in sight.
      if (!entityTree.view.visible) await vscode.commands.executeCommand(FOCUS_ENTITIES_VIEW);
      return entityTree.currentMode;
    },
    [WorkspaceCommand.showDocumentEntities]: () => {
      entityTree.setMode('document');
      return entityTree.currentMode;
    },
    [WorkspaceCommand.rebuildWorkspaceIndex]: async (): Promise<BuildReport | undefined> => {
      log.info('Workspace index: rebuilding on request.');
      return service.rebuild();
    },
  };
  return vscode.Disposable.from(...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)));
}
