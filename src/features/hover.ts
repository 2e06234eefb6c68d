// Hover cards on entity mentions, citations and figures.
import * as vscode from 'vscode';
import { describeEntity } from '../core/entityCard';
import { citationAt, figureAt, mentionAt } from '../core/lookup';
import type { DocumentAnalyses } from './analyses';
import { citationMarkdown, entityCardMarkdown, figureMarkdown } from './hoverMarkdown';
import { Command, LANGUAGE_ID } from './ids';
import { rangeOf } from './ranges';
import type { Settings } from './settings';

function markdown(value: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(value);
  // Command links run only our own two commands; anything else in the card stays inert.
  result.isTrusted = { enabledCommands: [Command.showAllMentions, Command.revealEntity] };
  return result;
}

class BriefingHover implements vscode.HoverProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const analysis = await this.analyses.current(document, token);
    const offset = document.offsetAt(position);
    // A source inside a citation is also an organization: the entity card says more.
    const hit = mentionAt(analysis, offset);
    if (hit) {
      const card = describeEntity(analysis, this.analyses.textOf(document, analysis), hit.entity);
      const watched = hit.entity.watched === true;
      return new vscode.Hover(markdown(entityCardMarkdown({ ...card, watched }, document.uri.toString())), rangeOf(document, hit.mention));
    }
    const citation = citationAt(analysis, offset);
    if (citation) return new vscode.Hover(markdown(citationMarkdown(citation)), rangeOf(document, citation));
    const figure = figureAt(analysis, offset);
    if (figure) return new vscode.Hover(markdown(figureMarkdown(figure)), rangeOf(document, figure));
    return undefined;
  }
}

export function registerHover(deps: { analyses: DocumentAnalyses; settings: Settings }): vscode.Disposable {
  return deps.settings.toggle('hover', () =>
    vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, new BriefingHover(deps.analyses)),
  );
}
