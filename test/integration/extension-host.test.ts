// Guards the harness itself: these tests only pass inside a real VS Code extension host with this
// repository loaded as the development extension.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, until, writeWorkspaceFile } from './support';

describe('extension host', () => {
  it('is the real remote host of the web workbench', () => {
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    assert.ok(vscode.env.remoteName, 'remoteName should be set in code-server');
    assert.ok(vscode.version.startsWith('1.'), `unexpected version ${vscode.version}`);
  });

  it('has Briefing Lens installed from this repository', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    assert.strictEqual(extension.packageJSON.displayName, 'Briefing Lens');
  });

  // What triggered activation cannot be told apart here (other suites open briefings first); this
  // checks that a .briefing.txt is read as a briefing with the extension running.
  it('reads a .briefing.txt file as a briefing with Briefing Lens active', async () => {
    const uri = await writeWorkspaceFile(
      'harness-activation.briefing.txt',
      'HARNESS CHECK\nPublication: Test Wire\n\nMinister Aldo Veritas met officials in Brenmark on May 2.\n',
    );
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      assert.strictEqual(document.languageId, 'briefing');
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      await until('the extension to activate', () => extension.isActive);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
