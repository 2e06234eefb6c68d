import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, until, workspaceUri, writeWorkspaceFile } from './support';

/** Opens a document and waits until it shows the expected language. */
async function openExpecting(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await until(`${uri.path} to be ${languageId}`, () => document.languageId === languageId);
  return document;
}

describe('language mode', () => {
  before(extensionApi);
  after(closeAllEditors);

  it('opens *.briefing.txt files in the briefing mode', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('harbour-talks.briefing.txt'));
    assert.strictEqual(document.languageId, 'briefing');
  });

  it('switches a plain .txt with a "Publication:" line, or a headline over prose, to briefing, and leaves notes alone', async () => {
    const notes = await vscode.workspace.openTextDocument(workspaceUri('shopping-notes.txt'));
    await openExpecting(workspaceUri('publication-line.txt'), 'briefing');
    await openExpecting(workspaceUri('headline-only.txt'), 'briefing');
    // Documents are considered in the order they open: by now the notes would have switched too.
    assert.strictEqual(notes.languageId, 'plaintext');
  });

  it('keeps a document the reader switched to plain text, and switches it back on request', async () => {
    const document = await openExpecting(workspaceUri('publication-line.txt'), 'briefing');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('briefingLens.readAsPlainText');
    await until('plain text', () => document.languageId === 'plaintext');
    // Another briefing switching proves detection has run since; ours must not have been touched.
    const other = await writeWorkspaceFile('later-wire.txt', 'Source: Harbour Wire\n\nPilots returned to work on Monday.\n');
    await openExpecting(other, 'briefing');
    assert.strictEqual(document.languageId, 'plaintext');
    await vscode.commands.executeCommand('briefingLens.readAsBriefing');
    await until('briefing again', () => document.languageId === 'briefing');
  });

  it('gives briefings prose-friendly editor defaults: words keep apostrophes and hyphens, curly quotes are not flagged', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('harbour-talks.briefing.txt'));
    const editor = vscode.workspace.getConfiguration('editor', document);
    const separators = editor.get<string>('wordSeparators') ?? '';
    for (const joiner of ["'", '-', '$', '%']) assert.ok(!separators.includes(joiner), `"${joiner}" joins words`);
    for (const separator of ['’', '“', '”', ',', '(']) assert.ok(separators.includes(separator), `"${separator}" separates words`);
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
  });

  it('detects only while briefingLens.detectPlainText is on', async () => {
    const config = vscode.workspace.getConfiguration('briefingLens');
    await config.update('detectPlainText', false, vscode.ConfigurationTarget.Global);
    try {
      const uri = await writeWorkspaceFile('quiet-wire.txt', 'Date: June 2, 2020\n\nFerry traffic resumed across the strait on Monday.\n');
      const document = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(document.languageId, 'plaintext');
      await config.update('detectPlainText', true, vscode.ConfigurationTarget.Global);
      // Turning detection on looks at the plain-text documents already open.
      await until('detection after turning it on', () => document.languageId === 'briefing');
    } finally {
      await config.update('detectPlainText', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('leaves files that files.associations maps to plain text alone', async () => {
    const files = vscode.workspace.getConfiguration('files');
    await files.update('associations', { 'held-*.txt': 'plaintext' }, vscode.ConfigurationTarget.Global);
    try {
      const held = await vscode.workspace.openTextDocument(
        await writeWorkspaceFile('held-wire.txt', 'Publication: Held Wire\n\nCustoms officers reopened the crossing on Sunday.\n'),
      );
      await openExpecting(await writeWorkspaceFile('free-wire.txt', 'Publication: Free Wire\n\nThe crossing reopened.\n'), 'briefing');
      assert.strictEqual(held.languageId, 'plaintext');
    } finally {
      await files.update('associations', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
