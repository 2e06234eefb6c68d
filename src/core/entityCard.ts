// What a hover card says about one entity, computed from the analysis alone so the editor,
// tests and any later front end read the same facts.
import { type AnalysisIndex, indexOf } from './analysisIndex';
import { sentenceAt } from './lookup';
import { oneLine } from './snippet';
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

function dedupeSentences(sentences: Sentence[]): Sentence[] {
  const seen = new Set<string>();
  return sentences.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Entities that have a mention starting in the same sentences, with how many sentences each shares. */
function companionsOf(analysis: Analysis, index: AnalysisIndex, entity: Entity, sentences: Sentence[]): Companion[] {
  const shared = new Map<number, number>();
  for (const s of sentences) {
    const named = new Set(index.startingIn('mentions', s.start, s.end).map((m) => index.mentions[m]!.entity));
    for (const other of named) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const companions: Companion[] = [];
  for (const [i, count] of shared) {
    const other = analysis.entities[i]!;
    if (other.id !== entity.id) companions.push({ id: other.id, name: other.name, type: other.type, sentences: count });
  }
  companions.sort((a, b) => b.sentences - a.sentences || a.name.localeCompare(b.name));
  return companions.slice(0, MAX_COMPANIONS);
}

/** Indices into the list of the items starting inside any of the sentences, in the list's order. */
function startingInAny(index: AnalysisIndex, list: 'figures' | 'citations', sentences: readonly Sentence[]): number[] {
  const found = new Set(sentences.flatMap((s) => index.startingIn(list, s.start, s.end)));
  return [...found].sort((a, b) => a - b);
}

export function describeEntity(analysis: Analysis, text: string, entity: Entity): EntityCard {
  const index = indexOf(analysis, text);
  const sentences = dedupeSentences(entity.mentions.map((m) => sentenceAt(analysis, text, m.start)));
  const first = entity.mentions[0];
  const firstSentence = first ? sentenceAt(analysis, text, first.start) : undefined;
  // A date inside a citation is already shown with the citation; listing it again reads as a repeat.
  const figures = startingInAny(index, 'figures', sentences).filter((f) => !index.figureInCitation(f)).map((f) => analysis.figures[f]!);
  const citations = startingInAny(index, 'citations', sentences).map((c) => analysis.citations[c]!);
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
            line: index.lineAt(first.start),
            sentence: oneLine(text.slice(firstSentence.start, firstSentence.end)),
          }
        : undefined,
    companions: companionsOf(analysis, index, entity, sentences),
    figures: figures.slice(0, MAX_ITEMS),
    citations: citations.slice(0, MAX_ITEMS),
    figureTotal: figures.length,
    citationTotal: citations.length,
  };
}
