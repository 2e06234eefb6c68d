import { extractCitations } from './citations';
import { extractEntities } from './entities';
import { extractFigures } from './figures';
import { mergeParts, type PartAnalysis } from './mergeParts';
import { splitParts } from './parts';
import { extractSections } from './sections';
import { splitSentences } from './sentences';
import type { Analysis, Section } from './types';

/** Analyses one briefing. Pure: the same text always gives the same result, and it never throws on any string. */
export function analyze(text: string): Analysis {
  return analyzeInParts(text).analysis;
}

/**
 * Keeps the analyses of one document's parts from one version to the next, so that after an edit
 * only the parts whose text changed are analysed again. Holds the latest version's parts only.
 */
export class PartCache {
  private previous = new Map<string, PartAnalysis>();
  /** Parts the last analysis took from the version before, and parts it analysed. */
  reused = 0;
  analysed = 0;

  analyze(text: string): Analysis {
    const previous = this.previous;
    const { analysis, parts, fresh, total } = analyzeInParts(text, previous);
    this.previous = parts;
    this.analysed = fresh;
    this.reused = total - fresh;
    return analysis;
  }
}

/** The outline is read from the whole text; everything else part by part (see parts.ts). */
function analyzeInParts(text: string, reusable?: ReadonlyMap<string, PartAnalysis>): { analysis: Analysis; parts: Map<string, PartAnalysis>; fresh: number; total: number } {
  const sections = extractSections(text);
  const metadata = sections.filter((s) => s.kind === 'metadata');
  const parts = new Map<string, PartAnalysis>();
  let fresh = 0;
  const placed = splitParts(text).map(({ start, end }) => {
    const own = metadata
      .filter((s) => s.start < end && s.end > start)
      .map((s) => ({ ...s, start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start, children: [] }));
    // The metadata lines limit which figures a part holds, so they are part of what it is.
    const key = `${own.map((s) => `${s.start}-${s.end}`).join(',')}\u0000${text.slice(start, end)}`;
    let analysis = reusable?.get(key);
    if (!analysis) {
      analysis = analyzePart(text.slice(start, end), own);
      fresh++;
    }
    parts.set(key, analysis);
    return { start, analysis };
  });
  return { analysis: { ...mergeParts(placed), sections }, parts, fresh, total: placed.length };
}

function analyzePart(text: string, sections: readonly Section[]): PartAnalysis {
  const sentences = splitSentences(text);
  const citations = extractCitations(text);
  const context = { citations, sections, sentences };
  return { entities: extractEntities(text, context), figures: extractFigures(text, context), citations, sentences };
}
