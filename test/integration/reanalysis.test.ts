import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BriefingLensApi } from '../../src/features/api';
import { extractSections } from '../../src/core/sections';
import { closeAllEditors, extensionApi, nextEvent, until, writeWorkspaceFile } from './support';

const TEXT = `HARBOUR PILOTS RETURN TO WORK

Publication: Baltic Affairs Monitor Issue: 91

Foreign Minister Anna Kowalczyk welcomed the deal in Gdansk on June 3.
`;

const ADDED = '\nKowalczyk will brief the Sejm on the agreement next week.\n';

/** Edits without an editor, so no view or provider asks about the document meanwhile. */
async function appendTo(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.positionAt(document.getText().length), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('re-analysis after an edit', () => {
  let api: BriefingLensApi;

  before(async () => {
    api = await extensionApi();
  });
  after(closeAllEditors);

  it('re-analyses the new version once typing pauses and refreshes the view', async () => {
    const uri = await writeWorkspaceFile('pilots.briefing.txt', TEXT);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const document = editor.document;
    const mentionsOfKowalczyk = async () =>
      (await api.analysisOf(document))?.entities.find((e) => e.name === 'Anna Kowalczyk')?.mentions.map((m) => m.text) ?? [];
    assert.deepStrictEqual(await mentionsOfKowalczyk(), ['Anna Kowalczyk']);
    await until('the view to show the document', () => api.entityTree.snapshot().uri === uri.toString());

    const analysed = nextEvent('the analysis of the edited version', api.onDidAnalyse, (e) => e.uri.toString() === uri.toString() && e.version === document.version);
    const edited = await editor.edit((builder) => builder.insert(document.positionAt(document.getText().length), ADDED));
    assert.ok(edited);
    const event = await analysed;
    assert.strictEqual(event.version, document.version);
    assert.deepStrictEqual(
      event.analysis.entities.find((e) => e.name === 'Anna Kowalczyk')?.mentions.map((m) => m.text),
      ['Anna Kowalczyk', 'Kowalczyk'],
    );
    // The view rebuilds either on that event or, if VS Code asked for its rows meanwhile, already did.
    const row = await until('the view to show the new mention', () => {
      const people = api.entityTree.snapshot().groups[0];
      const kowalczyk = people?.entities.find((e) => e.label === 'Anna Kowalczyk');
      return kowalczyk?.mentions.length === 2 && kowalczyk;
    });
    assert.match(row.mentions[1], /^line 7: Kowalczyk will brief/);
  });

  it('answers a request made straight after an edit from the edited text, never an older version', async () => {
    const uri = await writeWorkspaceFile('pilots-fresh.briefing.txt', TEXT);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const document = editor.document;
    await editor.edit((builder) => builder.insert(document.positionAt(document.getText().length), ADDED));
    // Asked well inside the debounce delay: the provider waits for the settled analysis.
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      uri,
      document.positionAt(document.getText().indexOf('Kowalczyk will') + 2),
    );
    assert.deepStrictEqual(
      references.map((l) => document.getText(l.range)),
      ['Anna Kowalczyk', 'Kowalczyk'],
    );
  });

  it('cancels, rather than answers empty, a semantic tokens request that another edit overtakes', async () => {
    // Not shown in an editor, so neither the Entities view nor the status bar analyses it meanwhile.
    const document = await vscode.workspace.openTextDocument(await writeWorkspaceFile('pilots-typing.briefing.txt', TEXT));
    await api.analysisOf(document);
    await appendTo(document, '\nKowalczyk');
    // The request reaches the provider before the next edit and waits for the debounced analysis;
    // an empty answer would blank the colours VS Code shows, so it must be cancelled instead.
    const request = vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
    await appendTo(document, ' returned.');
    await assert.rejects(Promise.resolve(request), /Canceled/);
    const settled = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(settled && settled.data.length > 0, 'the next request is answered');
  });

  it('leaves an edited briefing that nothing asked about unanalysed', async () => {
    const unseen = await vscode.workspace.openTextDocument(await writeWorkspaceFile('pilots-unseen.briefing.txt', TEXT));
    const seen = await vscode.workspace.openTextDocument(await writeWorkspaceFile('pilots-seen.briefing.txt', TEXT));
    await api.analysisOf(seen);
    const analysed: string[] = [];
    const listener = api.onDidAnalyse((event) => {
      if ([unseen, seen].some((d) => d.uri.toString() === event.uri.toString())) analysed.push(event.uri.path.split('/').pop() ?? '');
    });
    try {
      const seenAnalysed = nextEvent('the edited briefing to be analysed', api.onDidAnalyse, (e) => e.uri.toString() === seen.uri.toString());
      // Same delay, edited first: a re-analysis of the unseen briefing would come first.
      await appendTo(unseen, ADDED);
      await appendTo(seen, ADDED);
      await seenAnalysed;
      assert.deepStrictEqual(analysed, ['pilots-seen.briefing.txt']);
    } finally {
      listener.dispose();
    }
  });

  it('keeps the outline of a long briefing true to its text through edits in its middle', async () => {
    // Over 32 K characters: analysed in parts, its outline kept a stretch at a time between versions.
    const sections = Array.from({ length: 300 }, (_, i) =>
      `Talks Round ${i + 1}\n\nForeign Minister Anna Kowalczyk met her counterpart in Gdansk on June ${(i % 28) + 1} for the round's ${i + 3} hours.\n\n` +
      (i % 7 === 3 ? 'Growing pressure\n\nThe port authority said 40 berths had stood empty since the strike began in May.\n\n' : ''));
    const uri = await writeWorkspaceFile('pilots-long.briefing.txt', `${TEXT}\n${sections.join('')}`);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const document = editor.document;
    assert.ok(document.getText().length > 32 * 1024);
    const outline = (sections: ReadonlyArray<{ kind: string; line: number; children: readonly unknown[] }>) =>
      sections.map((s) => `${s.kind} ${s.line} ${s.children.length}`);
    const symbols = async () => outline((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri))
      .map((s) => ({ kind: s.detail, line: s.range.start.line, children: s.children })));
    await api.analysisOf(document);
    assert.deepStrictEqual(await symbols(), outline(extractSections(document.getText())));
    const middle = document.getText().indexOf('Talks Round 150\n');
    // A new heading and its paragraph; the paragraph below a crosshead losing its full stop (no crosshead then); a heading gone.
    const edits: Array<(edit: vscode.WorkspaceEdit) => void> = [
      (edit) => edit.insert(uri, document.positionAt(middle), 'Emergency Measures\n\nThe harbour master closed two quays on Friday.\n\n'),
      (edit) => {
        const crosshead = document.getText().indexOf('began in May.\n\nTalks Round', middle);
        edit.delete(uri, new vscode.Range(document.positionAt(crosshead + 12), document.positionAt(crosshead + 13)));
      },
      (edit) => {
        const heading = document.getText().indexOf('Talks Round 240\n');
        edit.delete(uri, new vscode.Range(document.positionAt(heading), document.positionAt(heading + 'Talks Round 240\n\n'.length)));
      },
    ];
    for (const make of edits) {
      const version = document.version + 1;
      const analysed = nextEvent('the analysis of the edited version', api.onDidAnalyse, (e) => e.uri.toString() === uri.toString() && e.version === version);
      const edit = new vscode.WorkspaceEdit();
      make(edit);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await analysed;
      assert.deepStrictEqual(await symbols(), outline(extractSections(document.getText())), `after edit ${edits.indexOf(make) + 1}`);
    }
  });
});
