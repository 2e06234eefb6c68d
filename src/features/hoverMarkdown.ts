// The text of hover cards, as Markdown. Pure (no vscode import) so unit tests read exactly what a
// reader sees; hover.ts wraps it in a MarkdownString trusted for our two commands only.
import type { EntityCard } from '../core/entityCard';
import { clip } from '../core/snippet';
import type { Citation, Figure } from '../core/types';
import { Command } from './ids';

const SENTENCE_CHARS = 160;

/** Escapes Markdown syntax so names and quotes from the text render literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** "a, b, c and 2 more" */
function listed(items: string[], total: number): string {
  return total > items.length ? `${items.join(', ')} and ${total - items.length} more` : items.join(', ');
}

/** Lines of a paragraph, kept as separate lines by Markdown's trailing double space. */
function block(lines: (string | undefined)[]): string | undefined {
  const present = lines.filter((line): line is string => line !== undefined);
  return present.length > 0 ? present.join('  \n') : undefined;
}

/** `watched`: the reader put the entity on the watchlist (a correction, not part of the engine's card). */
export function entityCardMarkdown(card: EntityCard & { watched?: boolean }, documentUri: string): string {
  const figures = card.figures.map((f) => `${escapeMarkdown(f.text)} (${f.kind})`);
  const citations = card.citations.map((c) => escapeMarkdown(c.text));
  const companions = card.companions.map((c) => `${escapeMarkdown(c.name)} (${c.sentences})`);
  // Few paragraphs and short lines: a hover shown above the first lines of a file has little room,
  // and the command links at the end must stay in view.
  const facts = [
    card.role ? `Role: ${escapeMarkdown(card.role)}` : undefined,
    card.aliases.length > 0 ? `Also: ${card.aliases.map(escapeMarkdown).join(', ')}` : undefined,
    `Mentions: ${card.mentionCount}`,
  ];
  const paragraphs = [
    block([`**${escapeMarkdown(card.name)}** · ${card.type}${card.watched ? ' · ★ watched' : ''}`, facts.filter(Boolean).join(' · ')]),
    card.firstMention
      ? `First mention, line ${card.firstMention.line + 1}: *${escapeMarkdown(clip(card.firstMention.sentence, SENTENCE_CHARS))}*`
      : undefined,
    block([
      companions.length > 0 ? `Often named with: ${companions.join(', ')}` : undefined,
      figures.length > 0 ? `Figures: ${listed(figures, card.figureTotal)}` : undefined,
      citations.length > 0 ? `Citations: ${listed(citations, card.citationTotal)}` : undefined,
    ]),
    [
      commandLink('Show all mentions', Command.showAllMentions, [documentUri, card.id]),
      commandLink('Reveal in Entities view', Command.revealEntity, [documentUri, card.id]),
    ].join(' · '),
  ];
  return paragraphs.filter((p): p is string => p !== undefined).join('\n\n');
}

export function figureMarkdown(figure: Figure): string {
  return [
    `**${escapeMarkdown(figure.text)}** · ${figure.kind}`,
    block([
      `Value: ${figure.value === null ? 'not stated' : formatNumber(figure.value)}`,
      figure.unit ? `Unit: ${escapeMarkdown(figure.unit)}` : undefined,
    ]),
  ].join('\n\n');
}

export function citationMarkdown(citation: Citation): string {
  return [
    `**Citation** · ${escapeMarkdown(citation.source)}`,
    block([
      `Source: ${escapeMarkdown(citation.source)}`,
      `Dates: ${citation.dates.length > 0 ? citation.dates.map(escapeMarkdown).join(', ') : 'none given'}`,
    ]),
  ].join('\n\n');
}
