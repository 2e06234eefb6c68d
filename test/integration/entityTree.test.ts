import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BriefingLensApi } from '../../src/features/api';
import type { EntityTreeNode } from '../../src/features/entityTree/entityTree';
import { closeAllEditors, extensionApi, nextEvent, offsetOf, showFixture, until, writeWorkspaceFile } from './support';

const FIXTURE = 'harbour-talks.briefing.txt';

describe('Entities view', () => {
  let api: BriefingLensApi;
  let document: vscode.TextDocument;

  before(async () => {
    api = await extensionApi();
    document = (await showFixture(FIXTURE)).document;
  });
  after(async () => {
    await vscode.commands.executeCommand('briefingLens.sortByFrequency');
    await closeAllEditors();
  });

  const snapshotOfFixture = () =>
    until('the view to follow the fixture', () => {
      const snapshot = api.entityTree.snapshot();
      return snapshot.uri === document.uri.toString() && snapshot.groups.length === 3 && snapshot;
    });

  it('groups people, organizations and places with counts, roles and mentions', async () => {
    const snapshot = await snapshotOfFixture();
    const [people, organizations, places] = snapshot.groups;
    assert.match(people.label, /^People \(\d+\)$/);
    assert.match(organizations.label, /^Organizations \(\d+\)$/);
    assert.match(places.label, /^Places \(\d+\)$/);
    assert.strictEqual(people.label, `People (${people.entities.length})`);

    const kowalczyk = people.entities.find((e) => e.label === 'Anna Kowalczyk');
    assert.ok(kowalczyk, `people: ${people.entities.map((e) => e.label).join(', ')}`);
    const role = (await api.analysisOf(document))?.entities.find((e) => e.id === 'person:Anna Kowalczyk')?.role;
    assert.ok(role?.includes('Minister'), `role ${role}`);
    assert.strictEqual(kowalczyk.description, `${role} · ${kowalczyk.mentions.length} mentions`);
    assert.match(kowalczyk.mentions[0], /^line 11: Foreign Minister Anna Kowalczyk met/);
    assert.ok(places.entities.some((e) => e.label === 'Vilnius'));
    // Most mentioned first.
    const counts = people.entities.map((e) => e.mentions.length);
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a));
  });

  it('answers VS Code\'s requests: groups, entity rows and mention rows with their tree items', async () => {
    await snapshotOfFixture();
    const provider = api.entityTree.provider;
    const analysis = (await api.analysisOf(document))!;
    const item = async (node: EntityTreeNode) => provider.getTreeItem(node) as vscode.TreeItem;
    const label = (tree: vscode.TreeItem) => (typeof tree.label === 'string' ? tree.label : tree.label?.label);
    const groups = (await provider.getChildren()) ?? [];
    assert.deepStrictEqual(
      await Promise.all(groups.map(async (g) => label(await item(g)))),
      ['People', 'Organizations', 'Places'].map((title, i) => `${title} (${analysis.entities.filter((e) => e.type === ['person', 'organization', 'place'][i]).length})`),
    );
    const people = (await provider.getChildren(groups[0])) ?? [];
    assert.strictEqual(people.length, analysis.entities.filter((e) => e.type === 'person').length);
    const kowalczyk = analysis.entities.find((e) => e.id === 'person:Anna Kowalczyk')!;
    const rows = await Promise.all(people.map(item));
    const row = rows.find((r) => label(r) === 'Anna Kowalczyk');
    assert.ok(row, `people rows: ${rows.map(label).join(', ')}`);
    assert.strictEqual(row.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.strictEqual(row.description, `${kowalczyk.role} · ${kowalczyk.mentions.length} mentions`);
    assert.deepStrictEqual(row.command?.arguments?.slice(0, 3), [document.uri.toString(), kowalczyk.mentions[0].start, kowalczyk.mentions[0].end]);

    const entityNode = people[rows.indexOf(row)];
    // The tooltip comes when the row is hovered.
    assert.strictEqual(row.tooltip, undefined);
    const resolved = await provider.resolveTreeItem!(row, entityNode, new vscode.CancellationTokenSource().token);
    // MarkdownString.appendText keeps spaces as &nbsp;.
    assert.match((resolved?.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' '), new RegExp(`^\\*\\*Anna Kowalczyk\\*\\* · person\n\nRole: ${kowalczyk.role}`));
    const mentions = (await provider.getChildren(entityNode)) ?? [];
    assert.strictEqual(mentions.length, kowalczyk.mentions.length, 'a row per mention');
    const mentionItems = await Promise.all(mentions.map(item));
    mentionItems.forEach((mentionItem, i) => {
      const mention = kowalczyk.mentions[i];
      const treeLabel = mentionItem.label as vscode.TreeItemLabel;
      const line = document.positionAt(mention.start).line;
      assert.match(treeLabel.label, new RegExp(`^line ${line + 1}: `));
      const [[from, to]] = treeLabel.highlights as [number, number][];
      assert.strictEqual(treeLabel.label.slice(from, to), mention.text, 'the mention is highlighted');
      assert.deepStrictEqual(mentionItem.command?.arguments, [
        document.uri.toString(), mention.start, mention.end, { version: document.version, entityId: kowalczyk.id, mentionIndex: i },
      ]);
    });
  });

  it('sorts by name from the title-bar toggle, and keeps that order when another setting changes', async () => {
    const people = async () => (await snapshotOfFixture()).groups[0].entities.map((e) => e.label);
    const byFrequency = await people();
    await vscode.commands.executeCommand('briefingLens.sortByName');
    const byName = await until('the name order', async () => {
      const labels = await people();
      return labels.join() !== byFrequency.join() && labels;
    });
    assert.deepStrictEqual(byName, [...byFrequency].sort((a, b) => a.localeCompare(b)));

    // Our settings listener was registered at activation, so it has run once the test's own one runs.
    const config = vscode.workspace.getConfiguration('briefingLens');
    const changed = nextEvent('the setting change', vscode.workspace.onDidChangeConfiguration, (e) =>
      e.affectsConfiguration('briefingLens.analysisDelay'),
    );
    await config.update('analysisDelay', 301, vscode.ConfigurationTarget.Global);
    try {
      await changed;
      assert.deepStrictEqual(await people(), byName);
    } finally {
      await config.update('analysisDelay', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('switches orders back and forth, and lists a new analysis in the order switched back to', async () => {
    const uri = await writeWorkspaceFile('orders.briefing.txt', 'Foreign Minister Anna Kowalczyk met Petr Novak in Gdansk. Anna Kowalczyk said the talks went well.\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const people = () =>
      until('the view to list the briefing', () => {
        const snapshot = api.entityTree.snapshot();
        return snapshot.uri === uri.toString() && snapshot.groups.length === 3 && snapshot.groups[0].entities.map((e) => e.label);
      });
    try {
      await until('the frequency order', async () => (await people()).join() === 'Anna Kowalczyk,Petr Novak');
      await vscode.commands.executeCommand('briefingLens.sortByName');
      await until('the name order', async () => (await people()).join() === 'Anna Kowalczyk,Petr Novak');
      await vscode.commands.executeCommand('briefingLens.sortByFrequency');
      // A new analysis: the rows kept for the name order belong to the old one.
      const analysed = nextEvent('the edit analysed', api.onDidAnalyse, (e) => e.uri.toString() === uri.toString() && e.version === editor.document.version);
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'Aleksander Bartosz thanked Petr Novak. Petr Novak left.\n')));
      await analysed;
      assert.deepStrictEqual(await until('the new person, by frequency', async () => (await people()).length === 3 && people()), ['Petr Novak', 'Anna Kowalczyk', 'Aleksander Bartosz']);
      await vscode.commands.executeCommand('briefingLens.sortByName');
      assert.deepStrictEqual(
        await until('the new person, by name', async () => (await people())[0] === 'Aleksander Bartosz' && people()),
        ['Aleksander Bartosz', 'Anna Kowalczyk', 'Petr Novak'],
      );
    } finally {
      await vscode.commands.executeCommand('briefingLens.sortByFrequency');
      await showFixture(FIXTURE);
    }
  });

  it('filters entities by name, alias or role and clears the filter', async () => {
    await vscode.commands.executeCommand('briefingLens.filterEntities', 'kowal');
    const filtered = await until('the filter to apply', () => {
      const groups = api.entityTree.snapshot().groups;
      return groups.length === 3 && groups.every((g) => g.entities.length <= 1) && groups;
    });
    assert.deepStrictEqual(
      filtered.map((g) => g.entities.map((e) => e.label)),
      [['Anna Kowalczyk'], [], []],
    );
    assert.deepStrictEqual(filtered.map((g) => g.label), ['People (1)', 'Organizations (0)', 'Places (0)']);
    await vscode.commands.executeCommand('briefingLens.clearEntityFilter');
    await until('all entities again', () => api.entityTree.snapshot().groups[2]?.entities.length > 1);
  });

  it('reveals and selects an entity', async () => {
    await vscode.commands.executeCommand('briefingLens.revealEntity', document.uri.toString(), 'person:Anna Kowalczyk');
    await until('the entity row to be selected', () => api.entityTree.selectedEntityIds().includes('person:Anna Kowalczyk'));
  });

  it('clears a filter that hides the entity it is asked to reveal', async () => {
    await vscode.commands.executeCommand('briefingLens.filterEntities', 'vilnius');
    await until('the filter to apply', () => api.entityTree.snapshot().groups[0]?.entities.length === 0);
    const revealed = await vscode.commands.executeCommand('briefingLens.revealEntity', document.uri.toString(), 'person:Rokas Petrauskas');
    assert.strictEqual(revealed, 'person:Rokas Petrauskas');
    await until('the entity row to be selected', () => api.entityTree.selectedEntityIds().includes('person:Rokas Petrauskas'));
    assert.ok(api.entityTree.snapshot().groups[2].entities.length > 1, 'all places again');
  });

  it('reveals and selects a mention in the editor when its row is clicked', async () => {
    const start = offsetOf(document, 'Kowalczyk and Petrauskas');
    await vscode.commands.executeCommand('briefingLens.revealMention', document.uri.toString(), start, start + 9);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), document.uri.toString());
    assert.strictEqual(editor.document.getText(editor.selection), 'Kowalczyk');
  });

  it('selects the right text when a row is clicked after an edit the view has not caught up with', async () => {
    const uri = await writeWorkspaceFile('stale-rows.briefing.txt', 'Foreign Minister Anna Kowalczyk met Petr Novak in Gdansk.\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const before = await api.analysisOf(editor.document);
    const minister = before?.entities.find((e) => e.name === 'Anna Kowalczyk');
    assert.ok(minister);
    const row = { version: editor.document.version, entityId: minister.id, mentionIndex: 0 };
    const { start, end } = minister.mentions[0];
    // The edit shifts every offset; the row still holds the old ones.
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATED: ')));
    await vscode.commands.executeCommand('briefingLens.revealMention', uri.toString(), start, end, row);
    const active = vscode.window.activeTextEditor;
    assert.strictEqual(active?.document.getText(active.selection), 'Anna Kowalczyk');
  });

  it('keeps following the briefing while the Output panel has focus', async () => {
    await showFixture(FIXTURE);
    await snapshotOfFixture();
    const channel = vscode.window.createOutputChannel('Briefing Lens integration test');
    try {
      channel.appendLine('Focus moves here.');
      channel.show(false);
      // The extension host updates the active editor and tells listeners in one step.
      await until('the Output panel to be the active editor', () => vscode.window.activeTextEditor?.document.uri.scheme === 'output');
      assert.strictEqual(api.entityTree.snapshot().uri, document.uri.toString());
    } finally {
      channel.dispose();
    }
  });

  it('follows the active editor and empties (showing the welcome) for a non-briefing', async () => {
    await snapshotOfFixture();
    const changed = nextEvent('the view to change', api.entityTree.onDidChange, () => true);
    await showFixture('shopping-notes.txt');
    await changed;
    await until('an empty view', () => api.entityTree.snapshot().groups.length === 0);
    assert.strictEqual(api.entityTree.snapshot().uri, undefined);
    await showFixture(FIXTURE);
    await snapshotOfFixture();
  });
});
