import { extractCitations } from './citations';
import { extractEntities } from './entities';
import { extractFigures } from './figures';
import { extractSections } from './sections';
import { splitSentences } from './sentences';
import type { Analysis } from './types';

/** Analyses one briefing. Pure: the same text always gives the same result, and it never throws on any string. */
export function analyze(text: string): Analysis {
  const sentences = splitSentences(text);
  const sections = extractSections(text);
  const citations = extractCitations(text);
  const entities = extractEntities(text, { citations, sections, sentences });
  const figures = extractFigures(text, { citations, sections, sentences });
  return { entities, figures, citations, sections, sentences };
}
