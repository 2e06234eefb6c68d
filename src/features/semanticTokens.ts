// Colours every entity mention by type through semantic tokens; package.json maps the token types
// to TextMate scopes so that themes without semantic rules still show three colours.
//
// A briefing up to WHOLE_DOCUMENT_LIMIT characters is coloured whole, in one answer; a longer one a
// screenful at a time, as VS Code asks for what the editor shows (again on scroll and after edits).
// VS Code 1.139 (DocumentSemanticTokensFeature, ViewportSemanticTokensContribution) takes any
// whole-document answer, an empty list or null included, as the document's complete colours and
// then asks for no range again; a thrown cancellation changes nothing, so the ranges keep coming.
import * as vscode from 'vscode';
import { indexOf, isIndexed } from '../core/analysisIndex';
import { entityTokens, entityTokensInRange, type EntityToken, type TokenRange } from '../core/entityTokens';
import type { Analysis } from '../core/types';
import { lengthOf, type DocumentAnalyses } from './analyses';
import { LANGUAGE_ID, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from './ids';
import type { Settings } from './settings';

const legend = new vscode.SemanticTokensLegend([...SEMANTIC_TOKEN_TYPES], [...SEMANTIC_TOKEN_MODIFIERS]);

const FIRST_MENTION_BIT = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('firstMention');
const WATCHED_BIT = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('watched');

/**
 * Longest briefing coloured in one answer: forty times a typical briefing (3–6 KB), where a whole
 * answer costs the extension host a few milliseconds; past it, the cost of colouring grows with
 * the document while what a reader sees does not.
 */
export const WHOLE_DOCUMENT_LIMIT = 256 * 1024;

function encode(tokens: EntityToken[]): vscode.SemanticTokens {
  const builder = new vscode.SemanticTokensBuilder(legend);
  for (const t of tokens) {
    const modifiers = (t.firstMention ? FIRST_MENTION_BIT : 0) | (t.watched ? WATCHED_BIT : 0);
    builder.push(t.line, t.character, t.length, SEMANTIC_TOKEN_TYPES.indexOf(t.type), modifiers);
  }
  return builder.build();
}

class EntitySemanticTokens implements vscode.DocumentSemanticTokensProvider, vscode.DocumentRangeSemanticTokensProvider {
  /**
   * New corrections change the tokens of documents whose text did not change. VS Code listens to
   * this on range providers too since late 2025 (microsoft/vscode#268140; not in @types/vscode
   * 1.90): older versions repaint a long briefing's ranges only on the next scroll or edit.
   */
  readonly onDidChangeSemanticTokens: vscode.Event<void>;
  /**
   * Documents VS Code holds whole-document colours for: it keeps treating those as complete after
   * edits, so one that grows past the limit must still be answered whole, or new text would stay
   * uncoloured. VS Code forgets when the document closes, and so does this (the same object lives as long).
   */
  private readonly answeredWhole = new WeakSet<vscode.TextDocument>();

  constructor(private readonly analyses: DocumentAnalyses) {
    this.onDidChangeSemanticTokens = analyses.onDidApplyCorrections;
  }

  /**
   * The current analysis, its index built: colours come from the index's sorted mentions. When the
   * colours ask first (before the hover's turn builds it), the index is built in a turn of its own.
   */
  private async indexed(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<Analysis> {
    const analysis = await this.analyses.current(document, token);
    if (analysis.entities.length === 0 || isIndexed(analysis)) return analysis;
    indexOf(analysis, this.analyses.textOf(document, analysis));
    await this.analyses.nextTurn();
    if (token.isCancellationRequested || document.isClosed) throw new vscode.CancellationError();
    return analysis;
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    // Refused before waiting for the analysis: VS Code asks for the ranges meanwhile.
    if (lengthOf(document) > WHOLE_DOCUMENT_LIMIT && !this.answeredWhole.has(document)) throw new vscode.CancellationError();
    const analysis = await this.indexed(document, token);
    // A briefing too large to analyse, or without names: nothing to colour, and no reason to read its text.
    const tokens = encode(analysis.entities.length === 0 ? [] : entityTokens(analysis, this.analyses.textOf(document, analysis)));
    this.answeredWhole.add(document);
    return tokens;
  }

  async provideDocumentRangeSemanticTokens(
    document: vscode.TextDocument,
    range: vscode.Range,
    token: vscode.CancellationToken,
  ): Promise<vscode.SemanticTokens> {
    const analysis = await this.indexed(document, token);
    if (analysis.entities.length === 0) return encode([]);
    return encode(entityTokensInRange(analysis, this.analyses.textOf(document, analysis), rangeOf(document, document.validateRange(range))));
  }
}

function rangeOf(document: vscode.TextDocument, range: vscode.Range): TokenRange {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export function registerSemanticTokens(deps: { analyses: DocumentAnalyses; settings: Settings }): vscode.Disposable {
  return deps.settings.toggle('semanticHighlighting', () => {
    const provider = new EntitySemanticTokens(deps.analyses);
    const selector = { language: LANGUAGE_ID };
    return vscode.Disposable.from(
      vscode.languages.registerDocumentSemanticTokensProvider(selector, provider, legend),
      vscode.languages.registerDocumentRangeSemanticTokensProvider(selector, provider, legend),
    );
  });
}
