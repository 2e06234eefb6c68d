// The workspace index in the real extension host: the runner copies test/fixtures/workspace-index
// into the workspace's `workspace-index/` folder and points briefingLens.include at it (workspace
// settings), so the briefings other suites write stay out of it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { BriefingLensApi } from '../../src/features/api';
import type { WorkspaceIndexApi } from '../../src/features/workspace/register';
import { closeAllEditors, extensionApi, positionOf, until, workspaceUri } from './support';

const FOLDER = 'workspace-index';
const INDEXED = [
  'archive/2029-summary.briefing.txt',
  'notes/wire-digest.txt',
  'reports/canal-repairs.briefing',
  'reports/shardara-release.briefing.txt',
].map((file) => `${FOLDER}/${file}`);

const relative = (uri: string | vscode.Uri) => vscode.workspace.asRelativePath(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, false);

async function textAt(location: vscode.Location): Promise<string> {
  const document = await vscode.workspace.openTextDocument(location.uri);
  return document.getText(location.range);
}

/** Sets a workspace setting and returns a function that puts back what was there. */
async function setWorkspaceSetting(section: string, key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration(section);
  const before = config.inspect(key)?.workspaceValue;
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  return async () => vscode.workspace.getConfiguration(section).update(key, before, vscode.ConfigurationTarget.Workspace);
}

/** Writes files in short runs, so the extension host (which runs the tests too) keeps answering meanwhile. */
async function writeInRuns(files: readonly (readonly [string, string])[]): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    fs.writeFileSync(files[i]![0], files[i]![1]);
    if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('workspace index', function () {
  let api: BriefingLensApi;
  let index: WorkspaceIndexApi;

  /** The indexed briefings as workspace-relative paths, once every pending change is applied. */
  const indexedNow = async () => {
    await index.settled();
    return index.briefings().map(relative).sort();
  };
  const waitForIndexed = (what: string, accept: (files: string[]) => boolean, timeoutMs = 20_000) =>
    until(what, async () => {
      const files = await indexedNow();
      return accept(files) && files;
    }, timeoutMs);

  before(async () => {
    api = await extensionApi();
    assert.ok(api.workspaceIndex, 'activate() exposes the workspace index');
    index = api.workspaceIndex;
  });
  after(async () => {
    if (index) await vscode.commands.executeCommand('briefingLens.showDocumentEntities');
    await closeAllEditors();
  });

  it('indexes the named briefings and a plain-text file that reads like one, not the shopping list', async () => {
    assert.deepStrictEqual(await waitForIndexed('the first build', (files) => files.length === INDEXED.length), INDEXED);
    assert.strictEqual(index.state, 'ready');
    assert.strictEqual(index.lastBuild()?.files, 5, 'five files match the include glob');
  });

  it('leaves out what files.exclude hides and what briefingLens.include does not match', async () => {
    const restoreExclude = await setWorkspaceSetting('files', 'exclude', { '**/archive': true });
    try {
      await waitForIndexed('the archive to drop out', (files) => !files.some((f) => f.includes('/archive/')));
      assert.deepStrictEqual(await indexedNow(), INDEXED.filter((f) => !f.includes('/archive/')));
    } finally {
      await restoreExclude();
    }
    await waitForIndexed('the archive to come back', (files) => files.length === INDEXED.length);

    const restoreInclude = await setWorkspaceSetting('briefingLens', 'include', `${FOLDER}/reports/**`);
    try {
      assert.deepStrictEqual(
        await waitForIndexed('only the reports', (files) => files.every((f) => f.includes('/reports/'))),
        INDEXED.filter((f) => f.includes('/reports/')),
      );
      // Rescans reuse the entries of unchanged files.
      assert.strictEqual(index.lastBuild()?.analysed, 0);
    } finally {
      await restoreInclude();
    }
    await waitForIndexed('every briefing again', (files) => files.length === INDEXED.length);

    // Plain-text detection off: only files named as briefings count.
    const config = vscode.workspace.getConfiguration('briefingLens');
    await config.update('detectPlainText', false, vscode.ConfigurationTarget.Global);
    try {
      await waitForIndexed('the plain-text briefing to drop out', (files) => !files.some((f) => f.endsWith('.txt') && !f.endsWith('.briefing.txt')));
      assert.strictEqual(index.lastBuild()?.files, 3, 'the plain .txt files are not even read');
    } finally {
      await config.update('detectPlainText', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForIndexed('the plain-text briefing back', (files) => files.length === INDEXED.length);
  });

  it('lists every entity of the workspace with the briefings that mention it in the Entities view, and switches back', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('briefingLens.showWorkspaceEntities'), 'workspace');
    const omarova = await until('the workspace mode to list Dilnara Omarova', () => {
      const snapshot = api.entityTree.snapshot();
      return snapshot.mode === 'workspace' && snapshot.groups[0]?.entities.find((e) => e.label === 'Dilnara Omarova');
    });
    const people = api.entityTree.snapshot().groups[0]!;
    assert.match(people.label, /^People \(\d+\)$/);
    assert.deepStrictEqual(omarova.files, [
      { path: `${FOLDER}/reports/shardara-release.briefing.txt`, mentions: 3 },
      { path: `${FOLDER}/notes/wire-digest.txt`, mentions: 2 },
      { path: `${FOLDER}/reports/canal-repairs.briefing`, mentions: 2 },
    ]);
    assert.strictEqual(omarova.description, '3 briefings, 7 mentions · Deputy Prime Minister');
    // Only the archived briefing names the council's secretary.
    const abenova = people.entities.find((e) => e.label === 'Gulnara Abenova');
    assert.deepStrictEqual(abenova?.files, [{ path: `${FOLDER}/archive/2029-summary.briefing.txt`, mentions: 2 }]);
    assert.ok(api.entityTree.snapshot().groups[2]?.entities.some((e) => e.label === 'Kyzylorda'));

    // "Reveal in Entities View" (from a hover) finds the entity's workspace row and stays in this mode.
    const report = workspaceUri(`${FOLDER}/reports/shardara-release.briefing.txt`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(report));
    assert.strictEqual(await vscode.commands.executeCommand('briefingLens.revealEntity', report.toString(), 'person:Dilnara Omarova'), 'person:Dilnara Omarova');
    // The view reports its selection when the workbench has applied it, a moment after the command returns.
    await until('the workspace row to be selected', () => api.entityTree.selectedEntityIds().join() === 'person:Dilnara Omarova');
    assert.strictEqual(api.entityTree.snapshot().mode, 'workspace');

    assert.strictEqual(await vscode.commands.executeCommand('briefingLens.showDocumentEntities'), 'document');
    assert.strictEqual(api.entityTree.snapshot().mode, 'document');
  });

  it('finds entities and headings of every briefing with Go to Symbol in Workspace, at the right place', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Omarova');
    const ours = symbols.filter((s) => s.name === 'Dilnara Omarova');
    assert.deepStrictEqual(ours.map((s) => relative(s.location.uri)).sort(), INDEXED.slice(1));
    for (const symbol of ours) assert.strictEqual(await textAt(symbol.location), 'Dilnara Omarova');
    assert.ok(ours.every((s) => s.kind === vscode.SymbolKind.Function));
    // VS Code shows the file itself; beside the name goes the role.
    assert.deepStrictEqual([...new Set(ours.map((s) => s.containerName))], ['Deputy Prime Minister']);

    const headings = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'reaction in');
    const reaction = headings.find((s) => s.name === 'Reaction in Kyzylorda');
    assert.ok(reaction, headings.map((s) => s.name).join(', '));
    assert.strictEqual(await textAt(reaction.location), 'Reaction in Kyzylorda');
  });

  it('adds the mentions in other briefings to Find All References, without repeating the open one', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(`${FOLDER}/reports/shardara-release.briefing.txt`));
    await vscode.window.showTextDocument(document);
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      positionOf(document, 'Omarova said'),
    );
    const found = await Promise.all(references.map(async (l) => `${relative(l.uri)}: ${await textAt(l)}`));
    assert.deepStrictEqual(found.sort(), [
      `${FOLDER}/notes/wire-digest.txt: Dilnara Omarova`,
      `${FOLDER}/notes/wire-digest.txt: Omarova`,
      `${FOLDER}/reports/canal-repairs.briefing: Dilnara Omarova`,
      `${FOLDER}/reports/canal-repairs.briefing: Omarova`,
      `${FOLDER}/reports/shardara-release.briefing.txt: Dilnara Omarova`,
      `${FOLDER}/reports/shardara-release.briefing.txt: Omarova`,
      `${FOLDER}/reports/shardara-release.briefing.txt: Omarova`,
    ]);
  });

  it('follows a briefing created, changed and deleted on disk, and a deleted folder', async () => {
    const memo = workspaceUri(`${FOLDER}/live/memo.briefing.txt`);
    const write = (text: string) => vscode.workspace.fs.writeFile(memo, new TextEncoder().encode(text));
    const peopleIn = async (name: string) => {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', name);
      return symbols.filter((s) => s.name === name).map((s) => relative(s.location.uri));
    };
    const lastFullBuild = index.lastBuild();
    await write('CANAL MEMO\n\nPublication: Steppe Water Monitor Issue: 216\n\nDeputy Prime Minister Dilnara Omarova inspected the intake on April 20.\n');
    await waitForIndexed('the new memo', (files) => files.includes(`${FOLDER}/live/memo.briefing.txt`));
    assert.ok((await peopleIn('Dilnara Omarova')).includes(`${FOLDER}/live/memo.briefing.txt`));

    await write('CANAL MEMO\n\nPublication: Steppe Water Monitor Issue: 216\n\nEngineer Bolat Nurlanov inspected the intake on April 20.\n');
    await until('the changed memo', async () => (await peopleIn('Bolat Nurlanov')).length === 1, 20_000);
    assert.ok(!(await peopleIn('Dilnara Omarova')).includes(`${FOLDER}/live/memo.briefing.txt`), 'the old entities of the file are gone');
    assert.strictEqual(index.lastBuild(), lastFullBuild, 'no full build: only the file was indexed again');

    await vscode.workspace.fs.delete(memo);
    await waitForIndexed('the memo to go', (files) => !files.includes(`${FOLDER}/live/memo.briefing.txt`));

    await write('CANAL MEMO\n\nPublication: Steppe Water Monitor Issue: 217\n\nEngineer Bolat Nurlanov reported on April 21.\n');
    await waitForIndexed('the memo again', (files) => files.includes(`${FOLDER}/live/memo.briefing.txt`));
    await vscode.workspace.fs.delete(workspaceUri(`${FOLDER}/live`), { recursive: true });
    assert.deepStrictEqual(await waitForIndexed('the deleted folder to go', (files) => !files.some((f) => f.includes('/live/'))), INDEXED);
  });

  it('reads nothing under node_modules or .git, and lists a folder moved in with its briefings', async () => {
    const text = 'PIPELINE NOTE\n\nPublication: Steppe Water Monitor Issue: 301\n\nEngineer Saule Dzhaksybekova checked the pumps on May 2.\n';
    const put = async (file: string) => {
      await fs.promises.mkdir(path.dirname(workspaceUri(file).fsPath), { recursive: true });
      await fs.promises.writeFile(workspaceUri(file).fsPath, text);
    };
    const ignored = [`${FOLDER}/node_modules/pkg/readme.briefing.txt`, `${FOLDER}/.git/notes.briefing`];
    const moved = `${FOLDER}/moved/inner/pumps.briefing`;
    try {
      for (const file of ignored) await put(file);
      // Written outside the include glob, then moved in whole: one event, for the folder.
      await put('staging/inner/pumps.briefing');
      await fs.promises.rename(workspaceUri('staging').fsPath, workspaceUri(`${FOLDER}/moved`).fsPath);
      const files = await waitForIndexed('the moved folder', (found) => found.includes(moved));
      assert.deepStrictEqual(files, [...INDEXED, moved].sort());
      const report = await vscode.commands.executeCommand<{ briefings: number; files: number }>('briefingLens.rebuildWorkspaceIndex');
      assert.deepStrictEqual({ briefings: report.briefings, files: report.files }, { briefings: INDEXED.length + 1, files: 6 }, 'a full build lists neither');
    } finally {
      for (const folder of ['node_modules', '.git', 'moved']) await fs.promises.rm(workspaceUri(`${FOLDER}/${folder}`).fsPath, { recursive: true, force: true });
      await fs.promises.rm(workspaceUri('staging').fsPath, { recursive: true, force: true });
    }
    assert.deepStrictEqual(await waitForIndexed('the moved folder to go', (found) => found.length === INDEXED.length), INDEXED);
  });

  it("applies the reader's corrections to every indexed briefing", async () => {
    const config = vscode.workspace.getConfiguration('briefingLens');
    const places = async () => {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Kyzylorda');
      return symbols.filter((s) => s.kind === vscode.SymbolKind.Variable && s.name === 'Kyzylorda').length;
    };
    assert.strictEqual(await places(), 2, 'the place in both reports');
    await config.update('dictionary', { notEntities: ['Kyzylorda'] }, vscode.ConfigurationTarget.Global);
    try {
      await until('Kyzylorda to be no entity anywhere', async () => (await places()) === 0, 20_000);
      const heading = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Reaction in');
      assert.ok(heading.some((s) => s.name === 'Reaction in Kyzylorda'), 'headings stay');
    } finally {
      await config.update('dictionary', undefined, vscode.ConfigurationTarget.Global);
    }
    await until('Kyzylorda back', async () => (await places()) === 2, 20_000);
  });

  it('rebuilds on request, analysing every briefing again', async () => {
    await indexedNow();
    const report = await vscode.commands.executeCommand<{ analysed: number; reused: number; briefings: number }>('briefingLens.rebuildWorkspaceIndex');
    assert.deepStrictEqual({ analysed: report.analysed, reused: report.reused, briefings: report.briefings }, { analysed: 4, reused: 0, briefings: 4 });
  });

  it('writes the index to its storage, starts from it when turned on again, and shrugs off a damaged cache file', async () => {
    await indexedNow();
    const cacheUri = index.cacheUri;
    assert.ok(cacheUri, 'the extension has storage for this workspace');
    // JSON lines: a header, then one file's entry per line.
    const [header, ...lines] = new TextDecoder().decode(await vscode.workspace.fs.readFile(cacheUri)).split('\n');
    assert.match(header!, /^\{"format":\d+,"key":"[^"]+"\}$/);
    const cached = lines.map((line) => JSON.parse(line) as { uri: string; kind: string });
    assert.deepStrictEqual(cached.filter((e) => e.kind === 'briefing').map((e) => relative(e.uri)).sort(), INDEXED);

    const turnOn = await setWorkspaceSetting('briefingLens', 'include', '');
    await until('the index to turn off', async () => (await indexedNow()).length === 0 && index.state === 'off');
    await turnOn();
    await waitForIndexed('the index from its cache', (files) => files.length === INDEXED.length);
    assert.deepStrictEqual({ analysed: index.lastBuild()?.analysed, reused: index.lastBuild()?.reused }, { analysed: 0, reused: 5 });

    const turnOnAgain = await setWorkspaceSetting('briefingLens', 'include', '');
    await until('the index to turn off', async () => index.state === 'off');
    await vscode.workspace.fs.writeFile(cacheUri, new TextEncoder().encode('{"format": 2, "key": "trunc'));
    await turnOnAgain();
    await waitForIndexed('the index rebuilt without its cache', (files) => files.length === INDEXED.length);
    assert.strictEqual(index.lastBuild()?.analysed, 4, 'every briefing analysed again (the shopping list is only sniffed)');
  });

  it('lists the workspace again after a burst of file events, finding what the watchers did not report', async function () {
    // Correctness, not speed: a slow machine may take a while to follow thousands of events.
    this.timeout(150_000);
    // Files under unwatched/ raise no events (the runner's files.watcherExclude): as if dropped in a burst.
    const hidden = workspaceUri(`${FOLDER}/unwatched/ferry.briefing.txt`).fsPath;
    const burst = workspaceUri(`${FOLDER}/burst`).fsPath;
    const expected = [...INDEXED, `${FOLDER}/unwatched/ferry.briefing.txt`].sort();
    await fs.promises.mkdir(burst, { recursive: true });
    await indexedNow();
    try {
      fs.writeFileSync(hidden, 'FERRY ROUTE REOPENS\n\nPort director Aidos Temirbayev said ferries to Baku would resume on May 4.\n');
      const notes = Array.from({ length: 1500 }, (_, n) => [path.join(burst, `note-${n}.txt`), `note ${n}: call back about the invoice\n`] as const);
      await writeInRuns(notes);
      assert.deepStrictEqual(await waitForIndexed('the unwatched briefing', (files) => files.length >= expected.length, 60_000), expected);
      // Its deletion raises no event either: the listing after a burst of deletions drops it. (Files one
      // by one: a deleted folder is a single event.)
      fs.rmSync(hidden);
      for (const [file] of notes) fs.rmSync(file);
      assert.deepStrictEqual(await waitForIndexed('the unwatched briefing to go', (files) => files.length === INDEXED.length, 60_000), INDEXED);
    } finally {
      fs.rmSync(hidden, { force: true });
      await fs.promises.rm(burst, { recursive: true, force: true });
    }
  });

  it('finds the 3 briefings among 10,000 files, leaves out one over maxDocumentSize, and lets them go with their folder', async function () {
    // Correctness, not speed: a slow machine may take a while to follow thousands of events.
    this.timeout(150_000);
    const bulk = workspaceUri(`${FOLDER}/bulk`).fsPath;
    const briefingText = (n: number) =>
      `FERRY ROUTE ${n} REOPENS\n\nPublication: Caspian Shipping Notes Issue: ${n}\n\nPort director Aidos Temirbayev said ferries to Baku would resume on May ${n}.\n`;
    const started = Date.now();
    const files = new Map<string, string>();
    for (let n = 0; n < 10_000; n++) {
      // Mostly plain-text notes the index must sniff and reject, and files it must never read.
      const [name, text] = n % 3 === 0 ? [`data-${n}.json`, `{"n": ${n}}\n`] : [`note-${n}.txt`, `note ${n}: call back about the invoice\n`];
      files.set(path.join(bulk, `batch-${Math.floor(n / 100)}`, name), text);
    }
    files.set(path.join(bulk, 'batch-7', 'ferry.briefing.txt'), briefingText(1));
    files.set(path.join(bulk, 'batch-42', 'ferry.briefing'), briefingText(2));
    files.set(path.join(bulk, 'batch-99', 'wire.txt'), `Source: Caspian Shipping Notes\n\n${briefingText(3)}`);
    // Longer than the default maxDocumentSize (5,000,000 characters): left out without being analysed.
    files.set(path.join(bulk, 'batch-0', 'archive.briefing.txt'), `ARCHIVE\n\n${'Ferries ran. '.repeat(400_000)}`);
    try {
      for (let folder = 0; folder < 100; folder++) await fs.promises.mkdir(path.join(bulk, `batch-${folder}`), { recursive: true });
      await writeInRuns([...files]);
      const written = Date.now() - started;
      const expected = [...INDEXED, `${FOLDER}/bulk/batch-42/ferry.briefing`, `${FOLDER}/bulk/batch-7/ferry.briefing.txt`, `${FOLDER}/bulk/batch-99/wire.txt`].sort();
      const indexed = await waitForIndexed('the three bulk briefings', (found) => found.length >= expected.length, 60_000);
      assert.deepStrictEqual(indexed, expected);
      console.log(`      (10,004 files written in ${written} ms; indexed ${Date.now() - started - written} ms later)`);
    } finally {
      await fs.promises.rm(bulk, { recursive: true, force: true });
    }
    assert.deepStrictEqual(await waitForIndexed('the bulk folder to go', (files) => files.length === INDEXED.length, 60_000), INDEXED);
  });
});
