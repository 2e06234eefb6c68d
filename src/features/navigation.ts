// Go to Definition (an entity's first mention), Find All References (every mention) and
// document highlights for entity mentions.
import * as vscode from 'vscode';
import { mentionAt, type MentionHit } from '../core/lookup';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID } from './ids';
import { locationOf, rangeOf } from './ranges';
import type { Settings } from './settings';

class EntityNavigation
  implements vscode.DefinitionProvider, vscode.ReferenceProvider, vscode.DocumentHighlightProvider
{
  constructor(private readonly analyses: DocumentAnalyses) {}

  private async hitAt(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<MentionHit | undefined> {
    const analysis = await this.analyses.current(document, token);
    return mentionAt(analysis, this.analyses.textOf(document, analysis), document.offsetAt(position));
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) {
    const hit = await this.hitAt(document, position, token);
    return hit ? locationOf(document, hit.entity.mentions[0]) : undefined;
  }

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ) {
    const hit = await this.hitAt(document, position, token);
    if (!hit) return undefined;
    // The first mention plays the declaration's part.
    const mentions = context.includeDeclaration ? hit.entity.mentions : hit.entity.mentions.slice(1);
    return mentions.map((mention) => locationOf(document, mention));
  }

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) {
    const hit = await this.hitAt(document, position, token);
    return hit?.entity.mentions.map(
      (mention, i) =>
        new vscode.DocumentHighlight(
          rangeOf(document, mention),
          i === 0 ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read,
        ),
    );
  }
}

export function registerNavigation(deps: { analyses: DocumentAnalyses; settings: Settings }): vscode.Disposable {
  return deps.settings.toggle('navigation', () => {
    const provider = new EntityNavigation(deps.analyses);
    const selector = { language: LANGUAGE_ID };
    return vscode.Disposable.from(
      vscode.languages.registerDefinitionProvider(selector, provider),
      vscode.languages.registerReferenceProvider(selector, provider),
      vscode.languages.registerDocumentHighlightProvider(selector, provider),
    );
  });
}
