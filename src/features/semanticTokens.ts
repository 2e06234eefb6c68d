// Colours every entity mention by type through semantic tokens; package.json maps the token types
// to TextMate scopes so that themes without semantic rules still show three colours.
import * as vscode from 'vscode';
import { entityTokens } from '../core/entityTokens';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from './ids';
import type { Settings } from './settings';

const legend = new vscode.SemanticTokensLegend([...SEMANTIC_TOKEN_TYPES], [...SEMANTIC_TOKEN_MODIFIERS]);

const FIRST_MENTION_BIT = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('firstMention');
const WATCHED_BIT = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('watched');

class EntitySemanticTokens implements vscode.DocumentSemanticTokensProvider {
  /** New corrections change the tokens of documents whose text did not change. */
  readonly onDidChangeSemanticTokens: vscode.Event<void>;

  constructor(private readonly analyses: DocumentAnalyses) {
    this.onDidChangeSemanticTokens = analyses.onDidApplyCorrections;
  }

  async provideDocumentSemanticTokens(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.SemanticTokens> {
    const analysis = await this.analyses.current(document, token);
    const builder = new vscode.SemanticTokensBuilder(legend);
    // A briefing too large to analyse, or without names: nothing to colour, and no reason to copy its text.
    if (analysis.entities.length === 0) return builder.build();
    const text = document.getText();
    // Tokens never overlap, so a watched entity's tokens are found again by position.
    const at = (t: { line: number; character: number }) => `${t.line}:${t.character}`;
    const watchedEntities = analysis.entities.filter((e) => e.watched);
    const watched = new Set(watchedEntities.length > 0 ? entityTokens({ ...analysis, entities: watchedEntities }, text).map(at) : []);
    for (const t of entityTokens(analysis, text)) {
      const modifiers = (t.firstMention ? FIRST_MENTION_BIT : 0) | (watched.has(at(t)) ? WATCHED_BIT : 0);
      builder.push(t.line, t.character, t.length, SEMANTIC_TOKEN_TYPES.indexOf(t.type), modifiers);
    }
    return builder.build();
  }
}

export function registerSemanticTokens(deps: { analyses: DocumentAnalyses; settings: Settings }): vscode.Disposable {
  return deps.settings.toggle('semanticHighlighting', () =>
    vscode.languages.registerDocumentSemanticTokensProvider(
      { language: LANGUAGE_ID },
      new EntitySemanticTokens(deps.analyses),
      legend,
    ),
  );
}
