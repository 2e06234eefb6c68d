// What a hover card says about one entity, computed from the analysis alone so the editor,
// tests and any later front end read the same facts.
import { sentenceAt } from './lookup';
import { oneLine } from './snippet';
import { lineOfOffset, splitLines } from './text/lines';
import type { Analysis, Citation, Entity, EntityType, Figure, Sentence } from './types';

export interface Companion {
  id: string;
  name: string;
  type: EntityType;
  /** Sentences naming both entities. */
  sentences: number;
}

export interface EntityCard {
  id: string;
  name: string;
  type: EntityType;
  role?: string;
  aliases: string[];
  mentionCount: number;
  /** The sentence of the first mention, on one line, with its zero-based line number. */
  firstMention?: { line: number; sentence: string };
  /** Entities most often named in the same sentences, most frequent first. */
  companions: Companion[];
  /** Figures and citations inside sentences that mention the entity, in text order (the first few). */
  figures: Figure[];
  citations: Citation[];
  /** How many there are in all, shown as "and N more". */
  figureTotal: number;
  citationTotal: number;
}

const MAX_COMPANIONS = 5;
/** A hover card must stay short enough to show its command links without scrolling. */
const MAX_ITEMS = 4;

function within(sentence: Sentence, span: { start: number; end: number }): boolean {
  return span.start >= sentence.start && span.start < sentence.end;
}

function dedupeSentences(sentences: Sentence[]): Sentence[] {
  const seen = new Set<string>();
  return sentences.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function companionsOf(analysis: Analysis, entity: Entity, sentences: Sentence[]): Companion[] {
  const companions: Companion[] = [];
  for (const other of analysis.entities) {
    if (other.id === entity.id) continue;
    const shared = sentences.filter((s) => other.mentions.some((m) => within(s, m))).length;
    if (shared > 0) companions.push({ id: other.id, name: other.name, type: other.type, sentences: shared });
  }
  companions.sort((a, b) => b.sentences - a.sentences || a.name.localeCompare(b.name));
  return companions.slice(0, MAX_COMPANIONS);
}

export function describeEntity(analysis: Analysis, text: string, entity: Entity): EntityCard {
  const sentences = dedupeSentences(entity.mentions.map((m) => sentenceAt(analysis, text, m.start)));
  const first = entity.mentions[0];
  const firstSentence = first ? sentenceAt(analysis, text, first.start) : undefined;
  const inSentences = (span: { start: number; end: number }) => sentences.some((s) => within(s, span));
  // A date inside a citation is already shown with the citation; listing it again reads as a repeat.
  const inCitation = (figure: Figure) => analysis.citations.some((c) => c.start <= figure.start && figure.end <= c.end);
  const figures = analysis.figures.filter((figure) => inSentences(figure) && !inCitation(figure));
  const citations = analysis.citations.filter(inSentences);
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    role: entity.role,
    aliases: entity.aliases,
    mentionCount: entity.mentions.length,
    firstMention:
      first && firstSentence
        ? {
            line: lineOfOffset(splitLines(text), first.start),
            sentence: oneLine(text.slice(firstSentence.start, firstSentence.end)),
          }
        : undefined,
    companions: companionsOf(analysis, entity, sentences),
    figures: figures.slice(0, MAX_ITEMS),
    citations: citations.slice(0, MAX_ITEMS),
    figureTotal: figures.length,
    citationTotal: citations.length,
  };
}
