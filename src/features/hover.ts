// Hover cards on entity mentions, citations and figures.
import * as vscode from 'vscode';
import { indexOf } from '../core/analysisIndex';
import { describeEntity, type EntityCard } from '../core/entityCard';
import type { Analysis, Entity } from '../core/types';
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

/**
 * Cards described so far, per analysis: a reader hovers the same names again and again, and the
 * card of an entity with hundreds of mentions takes milliseconds to gather.
 */
const cards = new WeakMap<Analysis, Map<Entity, EntityCard>>();

function cardOf(analysis: Analysis, text: string, entity: Entity): EntityCard {
  let described = cards.get(analysis);
  if (!described) cards.set(analysis, (described = new Map()));
  let card = described.get(entity);
  if (!card) described.set(entity, (card = describeEntity(analysis, text, entity)));
  return card;
}

/** Its state is the shared analyses and the module's caches: the test API's instance answers exactly as the registered one. */
export class BriefingHover implements vscode.HoverProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken = new vscode.CancellationTokenSource().token,
  ): Promise<vscode.Hover | undefined> {
    const analysis = await this.analyses.current(document, token);
    // Nothing to show (a briefing too large to analyse unasked): nor any reason to read its text.
    if (analysis.entities.length === 0 && analysis.figures.length === 0 && analysis.citations.length === 0) return undefined;
    const text = this.analyses.textOf(document, analysis);
    const index = indexOf(analysis, text);
    const offset = document.offsetAt(position);
    // A source inside a citation is also an organization: the entity card says more.
    const hit = index.mentionAt(offset);
    if (hit) {
      const watched = hit.entity.watched === true;
      const card = { ...cardOf(analysis, text, hit.entity), watched };
      return new vscode.Hover(markdown(entityCardMarkdown(card, document.uri.toString())), rangeOf(document, hit.mention));
    }
    const citation = index.citationAt(offset);
    if (citation) return new vscode.Hover(markdown(citationMarkdown(citation)), rangeOf(document, citation));
    const figure = index.figureAt(offset);
    if (figure) return new vscode.Hover(markdown(figureMarkdown(figure)), rangeOf(document, figure));
    return undefined;
  }
}

/**
 * Builds the position index of each new analysis just after it arrives, in a task of its own: it
 * takes milliseconds on a long briefing, which the first hover on the analysis would wait for.
 */
function indexEachAnalysis(analyses: DocumentAnalyses): vscode.Disposable {
  return analyses.onDidChange(({ uri }) => {
    void analyses.nextTurn().then(() => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      // The newest analysis held, with the text it was made from (the event's may be superseded).
      const held = document && !document.isClosed ? analyses.latest(document) : undefined;
      if (held) indexOf(held.analysis, held.text);
    });
  });
}

export function registerHover(deps: { analyses: DocumentAnalyses; settings: Settings }): vscode.Disposable {
  return deps.settings.toggle('hover', () =>
    vscode.Disposable.from(
      vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, new BriefingHover(deps.analyses)),
      indexEachAnalysis(deps.analyses),
    ),
  );
}
