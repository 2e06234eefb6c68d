import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BriefingLensApi } from '../../src/features/api';
import { closeAllEditors, extensionApi, until, writeWorkspaceFile } from './support';

const PARAGRAPH = 'Interior Minister Temir Abdrakhmanov told deputies in Bishkek on May 3 that 1,200 officers would go to Batken.\n\n';

describe('briefings over briefingLens.maxDocumentSize', () => {
  let api: BriefingLensApi;
  const config = () => vscode.workspace.getConfiguration('briefingLens');

  before(async () => {
    api = await extensionApi();
    // A small limit stands in for a book-length file: the behaviour is the same, the test stays quick.
    await config().update('maxDocumentSize', 2_000, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await config().update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('are not analysed when they open, and the text is left alone', async () => {
    const text = PARAGRAPH.repeat(40);
    const uri = await writeWorkspaceFile('long-report.briefing.txt', text);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.deepStrictEqual((await api.analysisOf(editor.document))?.entities, []);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 22));
    assert.strictEqual(hovers.length, 0, 'no card for a document that was not analysed');
    assert.strictEqual(editor.document.getText(), text);
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('are analysed on request, and every feature then shows them', async () => {
    const uri = await writeWorkspaceFile('long-report-2.briefing.txt', PARAGRAPH.repeat(40));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const found = await vscode.commands.executeCommand<number>('briefingLens.analyseAnyway');
    assert.ok(found > 0, 'entities found after the request');
    const minister = (await api.analysisOf(editor.document))?.entities.find((e) => e.name === 'Temir Abdrakhmanov');
    assert.strictEqual(minister?.mentions.length, 40);
    await until('the Entities view to list the minister', () =>
      api.entityTree.snapshot().uri === uri.toString() && JSON.stringify(api.entityTree.snapshot()).includes('Temir Abdrakhmanov'),
    );
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 22));
    assert.ok(hovers.length > 0, 'a card once analysed');
  });
});
