// Semantic tokens of a long briefing come a range at a time (what the editor shows), of a short one
// whole; asked the way VS Code asks, through its commands, in the real extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import type { BriefingLensApi } from '../../src/features/api';
import { WHOLE_DOCUMENT_LIMIT } from '../../src/features/semanticTokens';
import { extensionApi, showFixture, until, writeWorkspaceFile } from './support';

/** A paragraph of a long fictional digest; some open with an astral character, so UTF-16 offsets matter. */
const paragraph = (i: number) =>
  `${i % 7 === 0 ? '🛰 ' : ''}Item ${i}. Foreign Minister Anna Kowalczyk met officials of the Velmora Port Authority in Gdansk on May 4, ` +
  `and Rokas Petrauskas answered from Vilnius.\n\n`;

const LONG = Array.from({ length: 2000 }, (_, i) => paragraph(i)).join('');

interface Token {
  offset: number;
  length: number;
  type: string;
  modifiers: string[];
}

function decode(document: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const result: Token[] = [];
  for (let i = 0, line = 0, character = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, bits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => bits & (1 << bit));
    result.push({ offset: document.offsetAt(new vscode.Position(line, character)), length, type: legend.tokenTypes[type], modifiers });
  }
  return result;
}

async function rangeTokens(document: vscode.TextDocument, range: vscode.Range): Promise<Token[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentRangeSemanticTokensLegend', document.uri, range);
  // Undefined while an edit's analysis is still being made.
  const tokens = await until('range tokens', () =>
    vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentRangeSemanticTokens', document.uri, range),
  );
  return decode(document, tokens, legend);
}

async function wholeTokens(document: vscode.TextDocument): Promise<Token[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await until('whole-document tokens', () =>
    vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri),
  );
  return decode(document, tokens, legend);
}

const shown = (document: vscode.TextDocument, tokens: Token[]) =>
  tokens.map((t) => `${t.type}:${t.offset}:${document.getText(new vscode.Range(document.positionAt(t.offset), document.positionAt(t.offset + t.length)))}`);

/** The analysis's mentions that overlap [start, end), as `type:offset:text` (none of these names spans a line). */
function mentionsIn(analysis: Analysis, start: number, end: number): string[] {
  return analysis.entities.flatMap((e) => e.mentions.filter((m) => m.start < end && m.end > start).map((m) => `${e.type}:${m.start}:${m.text}`));
}

async function analysed(api: BriefingLensApi, document: vscode.TextDocument): Promise<Analysis> {
  return until('the analysis of the current version', async () => {
    const analysis = await api.analysisOf(document);
    return analysis !== undefined && analysis.entities.length > 0 && analysis;
  }, 60_000);
}

async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('semantic tokens by range', () => {
  let api: BriefingLensApi;

  before(async () => {
    api = await extensionApi();
  });

  describe('on a briefing longer than the whole-document limit', () => {
    let document: vscode.TextDocument;
    let analysis: Analysis;

    before(async function () {
      this.timeout(90_000);
      assert.ok(LONG.length > WHOLE_DOCUMENT_LIMIT, `${LONG.length} characters`);
      const uri = await writeWorkspaceFile('range-tokens-digest.briefing.txt', LONG);
      document = (await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri))).document;
      analysis = await analysed(api, document);
    });
    after(() => revertAndClose(document));

    it('colours a range far down with exactly the mentions there, first mentions unmarked', async () => {
      const range = new vscode.Range(3000, 0, 3040, 0);
      const tokens = await rangeTokens(document, range);
      const expected = mentionsIn(analysis, document.offsetAt(range.start), document.offsetAt(range.end));
      assert.ok(['person', 'organization', 'place'].every((type) => expected.some((m) => m.startsWith(`${type}:`))), expected.join('\n'));
      assert.deepStrictEqual(shown(document, tokens).sort(), expected.sort());
      assert.ok(tokens.every((t) => t.modifiers.length === 0), 'the first mentions are on the first lines');
    });

    it('colours the first lines with their first mentions marked', async () => {
      const range = new vscode.Range(0, 0, 2, 0);
      const tokens = await rangeTokens(document, range);
      assert.deepStrictEqual(shown(document, tokens).sort(), mentionsIn(analysis, 0, document.offsetAt(range.end)).sort());
      const kowalczyk = tokens.find((t) => t.type === 'person' && t.offset === document.getText().indexOf('Anna Kowalczyk'));
      assert.deepStrictEqual(kowalczyk?.modifiers, ['firstMention']);
    });

    it('leaves the whole document to the ranges: VS Code gets no whole-document answer to keep', async () => {
      const whole = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri).then(
        (tokens) => tokens,
        (error: Error) => error,
      );
      assert.ok(whole === undefined || whole instanceof Error, 'no whole-document tokens');
    });

    it('colours a name typed far down once its analysis is made', async function () {
      this.timeout(60_000);
      const line = 3100;
      const editor = await vscode.window.showTextDocument(document);
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), 'Deputy Minister Saule Nurlanova flew to Tallinn. ')));
      const range = new vscode.Range(line, 0, line + 1, 0);
      const at = document.offsetAt(new vscode.Position(line, 0));
      const tokens = await until('a token on the typed name', async () => {
        const found = await rangeTokens(document, range);
        return found.some((t) => t.offset >= at && t.offset < at + 48 && t.type === 'person') && found;
      }, 30_000);
      const fresh = await analysed(api, document);
      assert.deepStrictEqual(shown(document, tokens).sort(), mentionsIn(fresh, at, document.offsetAt(range.end)).sort());
    });
  });

  describe('on a short briefing', () => {
    it('still answers for the whole document, as the ranges do over the whole text', async () => {
      const document = (await showFixture('harbour-talks.briefing.txt')).document;
      const analysis = await analysed(api, document);
      const whole = await wholeTokens(document);
      assert.deepStrictEqual(shown(document, whole).sort(), mentionsIn(analysis, 0, document.getText().length).sort());
      const all = new vscode.Range(0, 0, document.lineCount, 0);
      assert.deepStrictEqual(await rangeTokens(document, document.validateRange(all)), whole);
    });

    it('keeps answering whole once an edit makes it long: VS Code would ask no ranges for it', async function () {
      this.timeout(90_000);
      const uri = await writeWorkspaceFile('range-tokens-growing.briefing.txt', paragraph(0));
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const document = editor.document;
      await analysed(api, document);
      assert.ok((await wholeTokens(document)).length > 0);
      assert.ok(await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), LONG)));
      const last = document.getText().lastIndexOf('Rokas Petrauskas');
      const tokens = await until('whole-document tokens of the grown text', async () => {
        const found = await wholeTokens(document);
        return found.some((t) => t.offset === last) && found;
      }, 60_000);
      const analysis = await analysed(api, document);
      assert.deepStrictEqual(shown(document, tokens).sort(), mentionsIn(analysis, 0, document.getText().length).sort());
      await revertAndClose(document);
    });
  });
});
