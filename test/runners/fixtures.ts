import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './codeServer';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

/**
 * A throwaway copy of test/fixtures/integration (or of all fixtures until that folder exists) as the
 * integration workspace, so tests may edit and save files without touching the repository.
 */
export function copyIntegrationWorkspace(root: string): string {
  const workspace = path.join(root, 'workspace');
  const dedicated = path.join(FIXTURES, 'integration');
  const source = fs.existsSync(dedicated) ? dedicated : FIXTURES;
  if (fs.existsSync(source)) fs.cpSync(source, workspace, { recursive: true });
  else fs.mkdirSync(workspace, { recursive: true });
  return workspace;
}
