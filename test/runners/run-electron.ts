// The ordinary desktop path for machines that can reach Microsoft's update server: @vscode/test-electron
// downloads VS Code (cached in .vscode-test/) and runs the same integration suite in its extension host.
// On machines without that access use run-integration (code-server) instead.
//
//   node out/test/runners/run-electron.js      (VSCODE_VERSION=1.90.0 to pin a version)
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { CLEAN_WORKBENCH_SETTINGS, REPO_ROOT, makeShortTempRoot } from './codeServer';
import { copyIntegrationWorkspace } from './fixtures';

async function main(): Promise<void> {
  const root = makeShortTempRoot('bl-electron');
  try {
    const workspace = copyIntegrationWorkspace(root);
    const userDataDir = path.join(root, 'user-data');
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(CLEAN_WORKBENCH_SETTINGS, null, 2));
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${path.join(root, 'extensions')}`,
      ],
    });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`electron: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
