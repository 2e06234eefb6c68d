// Colours every entity mention by type through semantic tokens; package.json maps the token types
// to TextMate scopes so that themes without semantic rules still show three colours.
import * as vscode from 'vscode';
import { entityTokens } from '../core/entityTokens';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from './ids';
import type { Settings } from './settings';

const legend = new vscode.SemanticTokensLegend([...SEMANTIC_TOKEN_TYPES], [...SEMANTIC_TOKEN_MODIFIERS]);

const FIRST_MENTION_BIT = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('firstMention');

class EntitySemanticTokens implements vscode.DocumentSemanticTokensProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  async provideDocumentSemanticTokens(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.SemanticTokens> {
    const analysis = await this.analyses.current(document, token);
    const builder = new vscode.SemanticTokensBuilder(legend);
    for (const t of entityTokens(analysis, document.getText())) {
      builder.push(t.line, t.character, t.length, SEMANTIC_TOKEN_TYPES.indexOf(t.type), t.firstMention ? FIRST_MENTION_BIT : 0);
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
