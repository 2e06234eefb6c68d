// Bad input in the real editor: empty, huge, binary, badly encoded and multilingual files. For each,
// what the reader sees (analysis, colours, hover, status bar), that the file is left as it was, and
// that the CLI reads the same bytes to the same text, so its offsets are the editor's.
// Big and binary inputs are generated here, in the throwaway workspace, never committed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { decodeBytes } from '../../src/cli/decode';
import type { Analysis } from '../../src/core/types';
import type { BriefingLensApi } from '../../src/features/api';
import { statusOf, type Status } from '../../src/features/statusBar';
import { closeAllEditors, extensionApi, until, workspaceUri } from './support';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/bad-input');
const GRAIN = fs.readFileSync(path.join(FIXTURES, 'grain-tariff.briefing.txt'), 'utf8');
const MULTILINGUAL = fs.readFileSync(path.join(FIXTURES, 'border-trade-multilingual.briefing.txt'), 'utf8');
const PROSE = 'Transport Minister Dana Ospanova told deputies in Astana on March 12 that 4,500 wagons were held at Dostyk. ';

/** Writes straight to disk (the workspace is local to the extension host): fast for big files. */
function writeBytes(name: string, bytes: Uint8Array | string): vscode.Uri {
  const uri = workspaceUri(name);
  fs.writeFileSync(uri.fsPath, bytes);
  return uri;
}

async function show(uri: vscode.Uri): Promise<vscode.TextDocument> {
  return (await vscode.window.showTextDocument(uri)).document;
}

const encode = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const [lo, hi] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    bytes.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}

/** Binary junk without zero bytes: VS Code's own binary check (a NUL among the first bytes) lets it through. */
function junk(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 11;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = 1 + ((x >>> 16) % 255);
  }
  return bytes;
}

/** Every span of the analysis, as a range of the document, holds exactly the text the span says. */
function assertRangesTrue(document: vscode.TextDocument, analysis: Analysis): void {
  for (const span of [...analysis.entities.flatMap((e) => e.mentions), ...analysis.figures, ...analysis.citations]) {
    const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    assert.strictEqual(document.getText(range), span.text, `${span.start}-${span.end}`);
  }
}

async function analysed(api: BriefingLensApi, document: vscode.TextDocument): Promise<Analysis> {
  return until('the analysis of the current version', () => api.analysisOf(document), 60_000);
}

interface Token {
  offset: number;
  length: number;
  type: string;
}

async function semanticTokens(document: vscode.TextDocument): Promise<Token[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await until('semantic tokens', () =>
    vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri),
  );
  const result: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    result.push({ offset: document.offsetAt(new vscode.Position(line, character)), length, type: legend.tokenTypes[type] });
  }
  return result;
}

/** Each colour lies on a mention of an entity of its type, and every mention is coloured. */
async function assertTokensOnMentions(document: vscode.TextDocument, analysis: Analysis): Promise<Token[]> {
  const tokens = await semanticTokens(document);
  for (const token of tokens) {
    const owner = analysis.entities.find((e) => e.type === token.type && e.mentions.some((m) => m.start <= token.offset && token.offset + token.length <= m.end));
    assert.ok(owner, `token at ${token.offset} "${document.getText().slice(token.offset, token.offset + token.length)}" lies on a mention`);
  }
  for (const mention of analysis.entities.flatMap((e) => e.mentions)) {
    assert.ok(tokens.some((t) => t.offset === mention.start), `"${mention.text}" at ${mention.start} is coloured`);
  }
  return tokens;
}

async function hoverText(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** The status bar's words for the document, from the extension's own rule and its analysis. */
async function statusFor(api: BriefingLensApi, document: vscode.TextDocument): Promise<Status | undefined> {
  const analysis = document.languageId === 'briefing' ? await analysed(api, document) : undefined;
  return statusOf(document, { isTooLarge: () => false, latest: () => ({ version: document.version, analysis: analysis!, text: document.getText() }) });
}

/** What the CLI reads from the same bytes is what the editor holds. */
function assertCliReadsAsEditor(bytes: Uint8Array, document: vscode.TextDocument): void {
  const decoded = decodeBytes(bytes);
  assert.ok(decoded.ok, 'the CLI reads it');
  assert.strictEqual(decoded.text, document.getText(), 'the CLI decodes the bytes to the text the editor holds');
}

describe('bad input in the editor', () => {
  let api: BriefingLensApi;

  before(async () => {
    api = await extensionApi();
  });
  afterEach(closeAllEditors);

  it('an empty briefing: an empty analysis, no colours, no card, no outline, counts of 0', async () => {
    const document = await show(writeBytes('bad-empty.briefing.txt', ''));
    const analysis = await analysed(api, document);
    assert.deepStrictEqual([analysis.entities, analysis.figures, analysis.citations, analysis.sections], [[], [], [], []]);
    assert.deepStrictEqual(await semanticTokens(document), []);
    assert.strictEqual(await hoverText(document, 0), '');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.strictEqual(symbols?.length ?? 0, 0);
    assert.strictEqual((await statusFor(api, document))?.text, '$(person) 0  $(organization) 0  $(location) 0');
    assert.strictEqual(document.isDirty, false);
    const plain = await show(writeBytes('bad-empty.txt', ''));
    assert.strictEqual(plain.languageId, 'plaintext', 'an empty .txt stays plain text');
  });

  it('a briefing whose first analysis is still running says so in the status bar, then shows its counts', async () => {
    const document = await show(writeBytes('bad-slow.briefing.txt', 'Minister Dana Ospanova met deputies in Astana.\n'));
    assert.strictEqual(statusOf(document, { isTooLarge: () => false, latest: () => undefined })?.text, '$(sync~spin) Briefing Lens: analysing');
    assert.strictEqual((await statusFor(api, document))?.text, '$(person) 1  $(organization) 0  $(location) 1');
  });

  it('a 50 MB briefing is not analysed when it opens; "Analyse This Briefing Anyway" is there for it', async function () {
    this.timeout(120_000);
    const before = await api.engineStats();
    // 50 million characters: VS Code hands files up to 50 MiB to extensions, this is just under.
    const uri = writeBytes('bad-50mb.briefing.txt', PROSE.repeat(Math.ceil(50_000_000 / PROSE.length)).slice(0, 50_000_000));
    try {
      const document = await show(uri);
      const analysis = await api.analysisOf(document);
      assert.deepStrictEqual(analysis?.entities, [], 'not analysed');
      assert.strictEqual(await hoverText(document, PROSE.indexOf('Ospanova') + 2), '', 'no card');
      const stats = await api.engineStats();
      assert.ok(stats.documents <= before.documents, 'the engine was not handed the text');
      assert.strictEqual(stats.queued, 0);
      assert.ok((await vscode.commands.getCommands(true)).includes('briefingLens.analyseAnyway'));
      const status = statusOf(document, { isTooLarge: () => true, latest: () => ({ version: document.version, analysis: analysis!, text: '' }) });
      assert.strictEqual(status?.text, '$(warning) Briefing Lens: not analysed');
      assert.strictEqual(status?.command, 'briefingLens.analyseAnyway');
      assert.match(status?.tooltip ?? '', /50\.0 million characters, more than briefingLens\.maxDocumentSize/);
      assert.strictEqual(document.isDirty, false);
    } finally {
      await closeAllEditors();
      fs.unlinkSync(uri.fsPath);
    }
  });

  it('a single 5 MB line that reads like a briefing: detected from its opening, then not analysed', async function () {
    this.timeout(60_000);
    const line = `Publication: Central Asia Desk Review. ${PROSE.repeat(Math.ceil(5_000_000 / PROSE.length))}`;
    const document = await show(writeBytes('bad-5mb-line.txt', line));
    // VS Code reopens a document in its new language as the same object.
    await until('the .txt to read as a briefing', () => document.languageId === 'briefing', 20_000);
    assert.strictEqual(document.lineCount, 1);
    assert.deepStrictEqual((await api.analysisOf(document))?.entities, [], 'over briefingLens.maxDocumentSize');
    assert.strictEqual(await hoverText(document, line.indexOf('Ospanova') + 2), '');
    assert.strictEqual(document.isDirty, false);
  });

  it('a single 200 KB line is analysed: ranges, colours and cards land on the names far along it', async function () {
    this.timeout(90_000);
    const line = PROSE.repeat(Math.ceil(200_000 / PROSE.length)).trimEnd();
    const document = await show(writeBytes('bad-long-line.briefing.txt', line));
    const analysis = await analysed(api, document);
    const minister = analysis.entities.find((e) => e.name === 'Dana Ospanova');
    assert.ok(minister && minister.mentions.length > 1000, 'the minister on every sentence of the line');
    assertRangesTrue(document, analysis);
    await assertTokensOnMentions(document, analysis);
    const last = minister.mentions[minister.mentions.length - 1];
    assert.ok(last.start > 190_000);
    assert.match(await hoverText(document, last.start + 3), /Dana Ospanova/);
  });

  it('a binary file with zero bytes: VS Code refuses it as text, so it never reaches the extension', async () => {
    const uri = writeBytes('bad-archive.briefing.txt', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0, ...junk(500)]));
    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(uri)), /binary/);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
  });

  it('binary junk named as a briefing is read as plain text, not coloured, and the status bar says why', async () => {
    const uri = writeBytes('bad-junk.briefing.txt', junk(3000));
    await vscode.window.showTextDocument(uri);
    const document = await until('the junk to be read as plain text', () => {
      const open = vscode.window.activeTextEditor?.document;
      return open?.uri.toString() === uri.toString() && open.languageId === 'plaintext' && open;
    });
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(!tokens || tokens.data.length === 0, 'no colours on noise');
    assert.notStrictEqual(api.entityTree.snapshot().uri, uri.toString(), 'the Entities view does not list it');
    const status = await statusFor(api, document);
    assert.strictEqual(status?.text, '$(warning) Briefing Lens: not text');
    assert.match(status?.tooltip ?? '', /binary data, not text/);
    assert.strictEqual(document.isDirty, false);
  });

  it('binary junk renamed .txt stays plain text, and Briefing Lens says nothing about it', async () => {
    const document = await show(writeBytes('bad-junk.txt', junk(3000)));
    assert.strictEqual(document.languageId, 'plaintext');
    assert.strictEqual(await statusFor(api, document), undefined);
  });

  it('invalid UTF-8: the names are found where the editor shows them, and the status bar offers another encoding', async () => {
    const at = GRAIN.indexOf('Transport');
    const bytes = new Uint8Array([...encode(GRAIN.slice(0, at)), 0xc3, 0x28, 0xff, 0xfe, 0x20, ...encode(GRAIN.slice(at))]);
    const document = await show(writeBytes('bad-invalid-utf8.briefing.txt', bytes));
    assert.ok(document.getText().includes('\uFFFD'));
    const analysis = await analysed(api, document);
    assert.ok(analysis.entities.some((e) => e.name === 'Dana Ospanova'));
    assertRangesTrue(document, analysis);
    await assertTokensOnMentions(document, analysis);
    const status = await statusFor(api, document);
    assert.match(status?.text ?? '', /^\$\(warning\) \$\(person\) \d+ /);
    // C3 without its continuation, FF and FE: three runs, each shown as one U+FFFD.
    assert.match(status?.tooltip ?? '', /3 runs of bytes are not valid UTF-8/);
    assert.strictEqual(status?.command, 'workbench.action.editor.changeEncoding');
    assert.ok((await vscode.commands.getCommands(true)).includes('workbench.action.editor.changeEncoding'));
    assertCliReadsAsEditor(bytes, document);
  });

  for (const order of ['le', 'be'] as const) {
    it(`UTF-16 ${order.toUpperCase()} with a byte-order mark reads as UTF-8 does, and a .txt one is detected`, async () => {
      const bytes = utf16(MULTILINGUAL, order);
      const document = await show(writeBytes(`bad-utf16${order}.briefing.txt`, bytes));
      assert.strictEqual(document.getText(), MULTILINGUAL);
      const reference = await vscode.workspace.openTextDocument(writeBytes(`bad-utf8-for-${order}.briefing.txt`, MULTILINGUAL));
      const [analysis, expected] = [await analysed(api, document), await analysed(api, reference)];
      assert.deepStrictEqual(analysis.entities, expected.entities);
      assertCliReadsAsEditor(bytes, document);
      await vscode.window.showTextDocument(writeBytes(`bad-utf16${order}.txt`, bytes));
      await until('the UTF-16 .txt to read as a briefing', () => vscode.window.activeTextEditor?.document.languageId === 'briefing');
    });
  }

  it('mixed line endings: made one as VS Code opens the file, which stays untouched; ranges, colours and cards hold', async () => {
    // Three of five breaks are CR-based, so VS Code holds the text with CRLF; one is an old Mac CR.
    const lines = GRAIN.split('\n');
    const breaks = ['\r\n', '\n', '\r\n', '\r', '\n', '\r\n', '\n'];
    const mixed = lines.map((l, i) => l + (i < lines.length - 1 ? breaks[i % breaks.length] : '')).join('');
    const uri = writeBytes('bad-mixed-eol.briefing.txt', mixed);
    const document = await show(uri);
    assert.strictEqual(document.getText(), lines.join('\r\n'));
    assert.strictEqual(document.isDirty, false, 'nothing to save: the file is not rewritten');
    const analysis = await analysed(api, document);
    assertRangesTrue(document, analysis);
    await assertTokensOnMentions(document, analysis);
    const sadykov = document.getText().lastIndexOf('Sadykov');
    assert.match(await hoverText(document, sadykov + 2), /Erlan Sadykov/);
    assertCliReadsAsEditor(encode(mixed), document);
    await closeAllEditors();
    assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), mixed, 'the file on disk keeps its bytes');
  });

  it('old Mac line endings (CR only): VS Code holds them as CRLF, and the CLI counts them the same', async () => {
    const bytes = encode(GRAIN.replace(/\n/g, '\r'));
    const document = await show(writeBytes('bad-cr.briefing.txt', bytes));
    assert.strictEqual(document.getText(), GRAIN.replace(/\n/g, '\r\n'));
    assertRangesTrue(document, await analysed(api, document));
    assertCliReadsAsEditor(bytes, document);
  });

  describe('Cyrillic, Kazakh, Chinese and emoji', () => {
    let document: vscode.TextDocument;
    let analysis: Analysis;

    before(async () => {
      document = await show(writeBytes('bad-multilingual.briefing.txt', MULTILINGUAL));
      analysis = await analysed(api, document);
    });

    it('every mention range holds its name, in UTF-16 code units, after emoji and flags', () => {
      assertRangesTrue(document, analysis);
      const names = analysis.entities.map((e) => e.name);
      for (const name of ['Dana Ospanova', 'Нұрлан Ермеков', 'Almaty']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    });

    it('colours land on the names, not shifted by the surrogate pairs before them', async () => {
      const tokens = await assertTokensOnMentions(document, analysis);
      const text = document.getText();
      const afterFlag = text.indexOf('Ospanova said');
      assert.ok(tokens.some((t) => t.offset === afterFlag && t.length === 'Ospanova'.length && t.type === 'person'));
      const kazakh = text.indexOf('Нұрлан Ермеков');
      assert.ok(tokens.some((t) => t.offset === kazakh && text.slice(t.offset, t.offset + t.length) === 'Нұрлан Ермеков'));
    });

    it('cards and go-to-definition find the right names after emoji', async () => {
      const text = document.getText();
      assert.match(await hoverText(document, text.lastIndexOf('Ospanova') + 1), /Dana Ospanova/);
      assert.match(await hoverText(document, text.indexOf('Ермеков would') + 1), /Нұрлан Ермеков/);
      const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        document.uri,
        document.positionAt(text.indexOf('Ермеков would') + 2),
      );
      const target = definitions.map((d) => ('targetRange' in d ? d.targetSelectionRange ?? d.targetRange : d.range))[0];
      assert.strictEqual(document.getText(target), 'Нұрлан Ермеков');
    });
  });
});
