import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './codeServer';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

/** The workspace index's fixtures, copied into a folder of their own in the integration workspace. */
export const WORKSPACE_INDEX_FOLDER = 'workspace-index';
/** Under WORKSPACE_INDEX_FOLDER: left out of file watching (files.watcherExclude), not of the index. */
export const UNWATCHED_FOLDER = 'unwatched';

/**
 * A throwaway copy of test/fixtures/integration (or of all fixtures until that folder exists) as the
 * integration workspace, so tests may edit and save files without touching the repository. The
 * workspace index reads only the copy of test/fixtures/workspace-index: the briefings other suites
 * write at the top of the workspace stay out of its cross-file references and symbols.
 */
export function copyIntegrationWorkspace(root: string): string {
  const workspace = path.join(root, 'workspace');
  const dedicated = path.join(FIXTURES, 'integration');
  const source = fs.existsSync(dedicated) ? dedicated : FIXTURES;
  if (fs.existsSync(source)) fs.cpSync(source, workspace, { recursive: true });
  else fs.mkdirSync(workspace, { recursive: true });
  fs.cpSync(path.join(FIXTURES, WORKSPACE_INDEX_FOLDER), path.join(workspace, WORKSPACE_INDEX_FOLDER), { recursive: true });
  // A folder whose file events the watchers never report: it stands in for events dropped in a burst.
  fs.mkdirSync(path.join(workspace, WORKSPACE_INDEX_FOLDER, UNWATCHED_FOLDER), { recursive: true });
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(
    path.join(workspace, '.vscode', 'settings.json'),
    JSON.stringify(
      {
        'briefingLens.include': `${WORKSPACE_INDEX_FOLDER}/**/*.{briefing,txt}`,
        'files.watcherExclude': { [`**/${UNWATCHED_FOLDER}/**`]: true },
      },
      null,
      2,
    ),
  );
  return workspace;
}
