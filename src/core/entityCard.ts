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

// The first card of an entity with hundreds of mentions is gathered while the reader waits: the
// loops below count over the index's typed arrays instead of building sets per sentence.

/** The sentences of the entity's mentions, each once, in the order of its mentions. */
function sentencesOf(analysis: Analysis, text: string, index: AnalysisIndex, entity: Entity): Sentence[] {
  const sentences: Sentence[] = [];
  // The analysis' sentences are the same objects each time; a line standing in for one is made anew.
  const seen = new Set<Sentence>();
  const seenLines = new Set<string>();
  for (const m of entity.mentions) {
    const sentence = index.sentenceAt(m.start);
    if (sentence) {
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      sentences.push(sentence);
      continue;
    }
    const line = sentenceAt(analysis, text, m.start);
    const key = `${line.start}:${line.end}`;
    if (seenLines.has(key)) continue;
    seenLines.add(key);
    sentences.push(line);
  }
  return sentences;
}

/** Entities that have a mention starting in the same sentences, with how many sentences each shares. */
function companionsOf(analysis: Analysis, index: AnalysisIndex, entity: Entity, sentences: readonly Sentence[]): Companion[] {
  const shared = new Int32Array(analysis.entities.length);
  // The last sentence (by its place in `sentences`, plus one) that counted each entity: once per sentence.
  const countedIn = new Int32Array(analysis.entities.length);
  const mentionEntity = index.mentionsByStart.entity;
  sentences.forEach((s, i) => {
    for (const k of index.startingIn('mentions', s.start, s.end)) {
      const other = mentionEntity[k]!;
      if (countedIn[other] === i + 1) continue;
      countedIn[other] = i + 1;
      shared[other]!++;
    }
  });
  const companions: Companion[] = [];
  shared.forEach((count, i) => {
    const other = analysis.entities[i]!;
    if (count > 0 && other.id !== entity.id) companions.push({ id: other.id, name: other.name, type: other.type, sentences: count });
  });
  companions.sort((a, b) => b.sentences - a.sentences || a.name.localeCompare(b.name));
  return companions.slice(0, MAX_COMPANIONS);
}

/** Indices into the list of the items starting inside any of the sentences, in the list's order. */
function startingInAny(index: AnalysisIndex, list: 'figures' | 'citations', sentences: readonly Sentence[]): number[] {
  const found: number[] = [];
  for (const s of sentences) for (const i of index.startingIn(list, s.start, s.end)) found.push(i);
  const sorted = Int32Array.from(found).sort();
  const unique: number[] = [];
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) unique.push(sorted[k]!);
  return unique;
}

export function describeEntity(analysis: Analysis, text: string, entity: Entity): EntityCard {
  const index = indexOf(analysis, text);
  const sentences = sentencesOf(analysis, text, index, entity);
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
