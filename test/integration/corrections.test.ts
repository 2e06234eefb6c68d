// Corrections that stick, in the real extension host: the quick fixes offered on a name, each one
// written to .briefing-lens/entities.json and applied at once to every open briefing (analysis,
// hover, Entities view, semantic tokens), hand edits and malformed files, and briefings left untouched.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseDictionary } from '../../src/core/corrections';
import type { Entity } from '../../src/core/types';
import type { BriefingLensApi } from '../../src/features/api';
import { closeAllEditors, extensionApi, nextEvent, offsetOf, positionOf, until, workspaceUri, writeWorkspaceFile } from './support';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/corrections');
const PIPELINE = 'tobol-pipeline.briefing.txt';
const FOLLOWUP = 'tobol-followup.briefing.txt';
const fixtureText = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

const dictionaryUri = () => workspaceUri('.briefing-lens/entities.json');

async function readDictionaryFile(): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(dictionaryUri()));
  } catch {
    return undefined;
  }
}

async function writeDictionaryFile(text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(workspaceUri('.briefing-lens'));
  await vscode.workspace.fs.writeFile(dictionaryUri(), new TextEncoder().encode(text));
}

interface FixOffer {
  title: string;
  command: vscode.Command;
}

/**
 * The quick fixes VS Code gathers for a range, as the light bulb shows them. VS Code cancels such a
 * request when another extension registers a code action provider meanwhile (opening a JSON file
 * activates one) and the light bulb then asks again; so does this.
 */
async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<FixOffer[]> {
  const actions = await until('the code actions', async () => {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
    } catch (error) {
      if (error instanceof Error && error.message === 'Canceled') return undefined;
      throw error;
    }
  });
  return actions
    .filter((a) => a.command && a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && a.command.command.startsWith('briefingLens.'))
    .map((a) => ({ title: a.title, command: a.command! }));
}

/** Runs the quick fix with this title, as choosing it in the light bulb menu does. */
async function applyFix(document: vscode.TextDocument, range: vscode.Range, title: string, ...extra: unknown[]): Promise<unknown> {
  const offers = await quickFixes(document, range);
  const offer = offers.find((o) => o.title === title);
  assert.ok(offer, `"${title}" is offered; got ${offers.map((o) => o.title).join(' | ')}`);
  return vscode.commands.executeCommand(offer.command.command, ...(offer.command.arguments ?? []), ...extra);
}

const cursorAt = (document: vscode.TextDocument, needle: string, occurrence = 0) => new vscode.Range(positionOf(document, needle, occurrence), positionOf(document, needle, occurrence));
const selectionOf = (document: vscode.TextDocument, needle: string, occurrence = 0) => {
  const start = offsetOf(document, needle, occurrence);
  return new vscode.Range(document.positionAt(start), document.positionAt(start + needle.length));
};

async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** Type and modifiers of the semantic token starting at `offset`. */
async function tokenAt(document: vscode.TextDocument, offset: number): Promise<{ type: string; modifiers: string[] } | undefined> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await until('semantic tokens', () => vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri));
  const wanted = document.positionAt(offset);
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, , type, bits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    if (line === wanted.line && character === wanted.character) {
      return { type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, bit) => bits & (1 << bit)) };
    }
  }
  return undefined;
}

describe('corrections that stick', () => {
  let api: BriefingLensApi;
  let pipeline: vscode.TextDocument;
  let followup: vscode.TextDocument;
  // Corrections apply to held analyses at once, on the extension host: the current one is read without waiting.
  const entityNamed = (document: vscode.TextDocument, name: string): Entity | undefined => api.peekAnalysisOf(document)?.entities.find((e) => e.name === name);
  const entityAt = (document: vscode.TextDocument, needle: string, occurrence = 0): Entity | undefined => {
    const offset = offsetOf(document, needle, occurrence);
    return api.peekAnalysisOf(document)?.entities.find((e) => e.mentions.some((m) => m.start <= offset && offset < m.end));
  };

  /** Starts each test from no corrections at all. */
  async function clearCorrections(): Promise<void> {
    if ((await readDictionaryFile()) !== undefined) await vscode.workspace.fs.delete(dictionaryUri());
    await vscode.workspace.getConfiguration('briefingLens').update('dictionary', undefined, vscode.ConfigurationTarget.Global);
    await until('no corrections in force', async () => {
      await api.corrections.reload();
      const d = api.corrections.current();
      return d.entities.length + d.notEntities.length + d.watchlist.length === 0;
    });
  }

  /** Neither briefing is ever edited by a correction: same text on disk and in the editor, not dirty. */
  async function assertBriefingsUntouched(): Promise<void> {
    for (const [document, name] of [[pipeline, PIPELINE], [followup, FOLLOWUP]] as const) {
      assert.strictEqual(document.isDirty, false, `${name} is not dirty`);
      assert.strictEqual(document.getText(), fixtureText(name), `${name} in the editor`);
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri)), fixtureText(name), `${name} on disk`);
    }
  }

  before(async () => {
    api = await extensionApi();
    const pipelineUri = await writeWorkspaceFile(PIPELINE, fixtureText(PIPELINE));
    const followupUri = await writeWorkspaceFile(FOLLOWUP, fixtureText(FOLLOWUP));
    followup = (await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(followupUri), vscode.ViewColumn.Two)).document;
    pipeline = (await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(pipelineUri), vscode.ViewColumn.One)).document;
    await api.analysisOf(followup);
    await api.analysisOf(pipeline);
  });
  beforeEach(clearCorrections);
  after(async () => {
    await clearCorrections();
    await closeAllEditors();
  });

  it('offers the quick fixes on a mention under the cursor', async () => {
    const titles = (await quickFixes(pipeline, cursorAt(pipeline, 'Sadvakasov said'))).map((o) => o.title);
    assert.deepStrictEqual(titles, [
      'Mark “Yerlan Sadvakasov” as organization',
      'Mark “Yerlan Sadvakasov” as place',
      '“Yerlan Sadvakasov” is not an entity',
      '“Yerlan Sadvakasov” is the same as…',
      'Add “Yerlan Sadvakasov” to the watchlist',
    ]);
  });

  it('Mark as organization: creates a readable dictionary and retypes the entity in every open briefing', async () => {
    assert.strictEqual(await readDictionaryFile(), undefined);
    const groupOf = (name: string) => api.entityTree.snapshot().groups.find((g) => g.entities.some((e) => e.label === name))?.label;
    // The view has built its rows from the uncorrected analysis: they must be rebuilt, not just built late.
    assert.match((await until('the Entities view to show the briefing', () => api.entityTree.snapshot().uri === pipeline.uri.toString() && groupOf('Yerlan Sadvakasov'))) ?? '', /^People/);
    const result = await applyFix(pipeline, cursorAt(pipeline, 'Sadvakasov said'), 'Mark “Yerlan Sadvakasov” as organization');
    assert.deepStrictEqual(result, { name: 'Yerlan Sadvakasov', dictionary: dictionaryUri().toString() });

    const file = await readDictionaryFile();
    assert.ok(file, 'the dictionary file exists');
    assert.match(file, /\n {6}"name": "Yerlan Sadvakasov",\n {6}"type": "organization"\n/);
    assert.deepStrictEqual(parseDictionary(file), { dictionary: { entities: [{ name: 'Yerlan Sadvakasov', type: 'organization', aliases: [] }], notEntities: [], watchlist: [] }, problems: [] });

    for (const document of [pipeline, followup]) {
      const entity = entityNamed(document, 'Yerlan Sadvakasov');
      assert.strictEqual(entity?.type, 'organization', document.uri.path);
      assert.match(await hoverAt(document, positionOf(document, 'Yerlan Sadvakasov')), /^\*\*Yerlan Sadvakasov\*\* · organization/m);
      assert.strictEqual((await tokenAt(document, offsetOf(document, 'Yerlan Sadvakasov')))?.type, 'organization');
    }
    // The whole entity moved: its surname mention too.
    assert.strictEqual(entityAt(pipeline, 'Sadvakasov said')?.id, 'organization:Yerlan Sadvakasov');
    await until('the Entities view to show the organization', () => groupOf('Yerlan Sadvakasov')?.startsWith('Organizations'));
    await assertBriefingsUntouched();
  });

  it('Mark as person and Mark as place: each type, from a mention and from a selected name', async () => {
    await applyFix(pipeline, cursorAt(pipeline, 'Kostanai.'), 'Mark “Kostanai” as person');
    assert.strictEqual(entityNamed(followup, 'Kostanai')?.type, 'person');
    assert.strictEqual((await tokenAt(followup, offsetOf(followup, 'Kostanai')))?.type, 'person');

    await applyFix(pipeline, selectionOf(pipeline, 'Tobol valley'), 'Mark “Tobol valley” as place');
    for (const document of [pipeline, followup]) {
      const valley = entityNamed(document, 'Tobol valley');
      assert.deepStrictEqual(valley?.mentions.map((m) => m.text), ['Tobol valley'], document.uri.path);
      assert.strictEqual(valley?.type, 'place');
    }
    assert.deepStrictEqual(parseDictionary((await readDictionaryFile())!).dictionary.entities, [
      { name: 'Kostanai', type: 'person', aliases: [] },
      { name: 'Tobol valley', type: 'place', aliases: [] },
    ]);
    await assertBriefingsUntouched();
  });

  it('Not an entity: drops the entity from every open briefing', async () => {
    assert.ok(entityNamed(followup, 'Aliya Nurova'));
    await applyFix(pipeline, cursorAt(pipeline, 'Nurova said'), '“Aliya Nurova” is not an entity');
    for (const document of [pipeline, followup]) {
      assert.strictEqual(entityNamed(document, 'Aliya Nurova'), undefined, document.uri.path);
      assert.strictEqual(await hoverAt(document, positionOf(document, 'Aliya Nurova')), '');
    }
    assert.deepStrictEqual(parseDictionary((await readDictionaryFile())!).dictionary.notEntities, ['Aliya Nurova']);
    await assertBriefingsUntouched();
  });

  it('Same as…: joins the entity to the one chosen (given, or picked in the quick pick)', async () => {
    const target = entityNamed(pipeline, 'Petrolink Holdings')!;
    await applyFix(pipeline, cursorAt(pipeline, 'Kostanai.'), '“Kostanai” is the same as…', target.id);
    for (const document of [pipeline, followup]) {
      const joined = entityNamed(document, 'Petrolink Holdings');
      assert.ok(joined?.aliases.includes('Kostanai'), document.uri.path);
      assert.strictEqual(entityAt(document, 'Kostanai')?.id, 'organization:Petrolink Holdings');
    }
    assert.deepStrictEqual(parseDictionary((await readDictionaryFile())!).dictionary.entities, [{ name: 'Petrolink Holdings', type: 'organization', aliases: ['Kostanai'] }]);

    // Without a chosen entity the command asks; accepting the first (most mentioned) one answers it.
    const picking = applyFix(followup, cursorAt(followup, 'Aliya Nurova'), '“Aliya Nurova” is the same as…');
    let settled = false;
    void picking.then(() => (settled = true), () => (settled = true));
    await until('the quick pick to be answered', async () => {
      if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return settled;
    });
    const picked = (await picking) as { name: string };
    assert.strictEqual(picked.name, 'Aliya Nurova');
    const owner = entityAt(followup, 'Aliya Nurova');
    assert.notStrictEqual(owner?.name, 'Aliya Nurova', 'joined another entity');
    assert.ok(owner?.aliases.includes('Aliya Nurova'));
    await assertBriefingsUntouched();
  });

  it('Add to watchlist and Remove from watchlist: the star in hover, view and highlighting', async () => {
    await until('the Entities view to list the company unstarred', () =>
      api.entityTree.snapshot().uri === pipeline.uri.toString() &&
      api.entityTree.snapshot().groups.some((g) => g.entities.some((e) => e.label === 'Petrolink Holdings' && !e.description.includes('★'))),
    );
    await applyFix(pipeline, cursorAt(pipeline, 'Petrolink Holdings'), 'Add “Petrolink Holdings” to the watchlist');
    for (const document of [pipeline, followup]) {
      assert.strictEqual(entityNamed(document, 'Petrolink Holdings')?.watched, true, document.uri.path);
      assert.match(await hoverAt(document, positionOf(document, 'Petrolink Holdings')), /^\*\*Petrolink Holdings\*\* · organization · ★ watched/m);
      assert.ok((await tokenAt(document, offsetOf(document, 'Petrolink Holdings')))?.modifiers.includes('watched'), document.uri.path);
    }
    await until('the Entities view to star it', () =>
      api.entityTree.snapshot().uri === pipeline.uri.toString() &&
      api.entityTree.snapshot().groups.some((g) => g.entities.some((e) => e.label === 'Petrolink Holdings' && e.description.startsWith('★ watched'))),
    );
    assert.deepStrictEqual(parseDictionary((await readDictionaryFile())!).dictionary.watchlist, ['Petrolink Holdings']);

    await applyFix(followup, cursorAt(followup, 'Petrolink expects'), 'Remove “Petrolink Holdings” from the watchlist');
    assert.strictEqual(entityNamed(pipeline, 'Petrolink Holdings')?.watched, undefined);
    assert.strictEqual((await tokenAt(pipeline, offsetOf(pipeline, 'Petrolink Holdings')))?.modifiers.includes('watched'), false);
    assert.deepStrictEqual(parseDictionary((await readDictionaryFile())!).dictionary.watchlist, []);
    await assertBriefingsUntouched();
  });

  it('picks up a hand edit of the file, comments and all, made outside the editor', async () => {
    const applied = nextEvent('the hand edit to apply', api.corrections.onDidApply, () => entityNamed(followup, 'Yerlan Sadvakasov')?.type === 'place');
    // Written straight to disk, as another program would: only the file watcher can notice it.
    fs.mkdirSync(path.dirname(dictionaryUri().fsPath), { recursive: true });
    fs.writeFileSync(dictionaryUri().fsPath, '// written by hand\n{\n  "entities": [\n    {"name": "Yerlan Sadvakasov", "type": "place"}, // a test\n  ],\n}\n');
    await applied;
    assert.strictEqual(entityNamed(pipeline, 'Yerlan Sadvakasov')?.type, 'place');

    // With the file open in an editor, a quick fix writes the file and the editor shows it.
    const open = (await vscode.window.showTextDocument(dictionaryUri(), { viewColumn: vscode.ViewColumn.Three, preserveFocus: true })).document;
    await applyFix(pipeline, cursorAt(pipeline, 'Kostanai.'), 'Add “Kostanai” to the watchlist');
    const saved = await readDictionaryFile();
    assert.match(saved!, /\/\/ written by hand[\s\S]*\/\/ a test[\s\S]*"watchlist": \[\n\s+"Kostanai"\n\s+\]/);
    assert.strictEqual(entityNamed(followup, 'Kostanai')?.watched, true);
    await until('the open editor to show the written file', () => open.getText() === saved && !open.isDirty);

    // Unsaved changes in that editor are never overwritten: the fix is refused and the file kept.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(open.uri, new vscode.Position(0, 0), '// still typing\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(await applyFix(pipeline, cursorAt(pipeline, 'Kostanai.'), '“Kostanai” is not an entity'), undefined);
    assert.strictEqual(await readDictionaryFile(), saved);
    assert.ok(open.isDirty && open.getText().startsWith('// still typing'));
    await vscode.window.showTextDocument(open, { viewColumn: vscode.ViewColumn.Three });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    assert.strictEqual(open.isDirty, false);
  });

  it('warns once about a malformed file, naming the line, and applies the rest', async () => {
    const warnings: string[] = [];
    const listening = api.corrections.onDidWarn((w) => warnings.push(w));
    try {
      const broken = (notEntity: string) => `{\n  "entities": [\n    {"name": "Kostanai", "type": "city"}\n  ],\n  "notEntities": ["${notEntity}"]\n}\n`;
      await writeDictionaryFile(broken('Aliya Nurova'));
      await until('the rest of the file to apply', () => entityNamed(followup, 'Aliya Nurova') === undefined);
      assert.strictEqual(warnings.length, 1);
      assert.match(warnings[0], /\.briefing-lens\/entities\.json line 3: entities\[0\]\.type must be one of "person", "organization", "place"/);
      assert.strictEqual(entityNamed(followup, 'Kostanai')?.type, 'place', 'the bad entry is skipped');

      // Saving again with the same problem does not repeat the warning.
      await writeDictionaryFile(broken('Yerlan Sadvakasov'));
      await until('the new entry to apply', () => entityNamed(followup, 'Yerlan Sadvakasov') === undefined);
      assert.strictEqual(warnings.length, 1);

      // A fix cannot be written into a file with a syntax error; the file stays as the reader left it.
      const syntaxError = '{\n  "notEntities": ["Yerlan Sadvakasov"]\n  "watchlist": []\n}\n';
      await writeDictionaryFile(syntaxError);
      await until('the syntax error to be reported', () => warnings.length === 2);
      assert.match(warnings[1], /line 3: a comma is expected/);
      assert.strictEqual(await applyFix(pipeline, cursorAt(pipeline, 'Kostanai.'), 'Mark “Kostanai” as person'), undefined);
      assert.strictEqual(await readDictionaryFile(), syntaxError);
    } finally {
      listening.dispose();
    }
    await assertBriefingsUntouched();
  });

  it('checks the file by the contributed JSON schema, comments and trailing commas allowed', async () => {
    await writeDictionaryFile('// desk notes\n{\n  "entities": [\n    {"name": "Kostanai", "type": "city"},\n  ],\n}\n');
    // Shown, as a reader edits it: the JSON language server checks what is open in an editor.
    const document = (await vscode.window.showTextDocument(dictionaryUri(), { viewColumn: vscode.ViewColumn.Three, preserveFocus: true })).document;
    // Only the bad type: no complaint about the comment or the trailing commas (earlier contents' diagnostics may linger a moment).
    const diagnostics = await until('the JSON schema check of this content', () => {
      const found = vscode.languages.getDiagnostics(document.uri);
      return found.length === 1 && found[0].range.start.line === 3 && found;
    });
    assert.match(diagnostics[0].message, /person|organization|place/);
  });

  it('from the Command Palette: acts on the active editor’s selection, and opens the dictionary', async () => {
    const editor = await vscode.window.showTextDocument(pipeline, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(selectionOf(pipeline, 'Steppe Energy Review').start, selectionOf(pipeline, 'Steppe Energy Review').end);
    assert.deepStrictEqual(await vscode.commands.executeCommand('briefingLens.markAsPlace'), { name: 'Steppe Energy Review', dictionary: dictionaryUri().toString() });
    assert.strictEqual(entityNamed(pipeline, 'Steppe Energy Review')?.type, 'place');

    await vscode.commands.executeCommand('briefingLens.openDictionary');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), dictionaryUri().toString());
    await vscode.window.showTextDocument(pipeline, vscode.ViewColumn.One);
    await assertBriefingsUntouched();
  });

  it('applies the briefingLens.dictionary user setting too', async () => {
    await vscode.workspace.getConfiguration('briefingLens').update('dictionary', { entities: [{ name: 'Steppe Energy Review', type: 'place' }] }, vscode.ConfigurationTarget.Global);
    await until('the setting to apply', () => entityNamed(pipeline, 'Steppe Energy Review')?.type === 'place');
  });
});
