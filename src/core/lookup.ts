// Finds what the analysis says about a position in the text: the shared question behind hover,
// go to definition, references and highlights.
import { indexOf } from './analysisIndex';
import type { Analysis, Citation, Entity, Figure, Mention, Sentence } from './types';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

/** Spans are half-open, but a cursor just after the last character still "touches" the word. */
function touches(span: { start: number; end: number }, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function mentionAt(analysis: Analysis, offset: number): MentionHit | undefined {
  for (const entity of analysis.entities) {
    const mention = entity.mentions.find((m) => touches(m, offset));
    if (mention) return { entity, mention };
  }
  return undefined;
}

export function figureAt(analysis: Analysis, offset: number): Figure | undefined {
  return analysis.figures.find((figure) => touches(figure, offset));
}

export function citationAt(analysis: Analysis, offset: number): Citation | undefined {
  return analysis.citations.find((citation) => touches(citation, offset));
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
