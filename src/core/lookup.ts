// Finds what the analysis says about a position in the text: the shared question behind hover,
// go to definition, references and highlights.
import { indexOf } from './analysisIndex';
import type { Analysis, Entity, Mention, Sentence } from './types';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

/**
 * The mention at `offset` (a cursor just after a name still touches it), from the analysis' index:
 * `text` is the text it was made from.
 */
export function mentionAt(analysis: Analysis, text: string, offset: number): MentionHit | undefined {
  return indexOf(analysis, text).mentionAt(offset);
}

export function entityById(analysis: Analysis, id: string): Entity | undefined {
  return analysis.entities.find((entity) => entity.id === id);
}

/**
 * The sentence holding `offset`; when the engine found none there (a headline, a list line),
 * the line itself stands in, so co-occurrence and context still work.
 */
export function sentenceAt(analysis: Analysis, text: string, offset: number): Sentence {
  const sentence = indexOf(analysis, text).sentenceAt(offset);
  if (sentence) return sentence;
  const start = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const newline = text.indexOf('\n', offset);
  let end = newline < 0 ? text.length : newline;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}
