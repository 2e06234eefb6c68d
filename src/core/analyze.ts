import { extractCitations } from './citations';
import { extractEntities } from './entities';
import { TagMemo, type WindowTags } from './entities/tagMemo';
import { extractFigures } from './figures';
import { JoinCache, entityOf, type JoinedEntity, type PartAnalysis, type PlacedPart } from './mergeParts';
import { PartSplitter } from './parts';
import { OutlineCache } from './outlineCache';
import { metadataSections } from './sections';
import { splitSentences } from './sentences';
import { segmentBlocks } from './text/blocks';
import { type TextChange, textChange } from './text/change';
import { detached } from './text/detached';
import type { Analysis, Section } from './types';

/** A document analysed part by part: the outline of the whole text, and each part's own analysis. */
export interface PartedAnalysis {
  sections: Section[];
  parts: PlacedPart[];
  /** The document's entities, joined across parts. */
  entities: JoinedEntity[];
}

/** Analyses one briefing. Pure: the same text always gives the same result, and it never throws on any string. */
export function analyze(text: string): Analysis {
  return joinParts(analyzeParts(text));
}

/** The outline is read from the whole text; everything else part by part (see parts.ts). */
export function analyzeParts(text: string): PartedAnalysis {
  return new PartCache().analyzeParts(text);
}

/** The analysis of the whole document, its spans at document offsets. */
export function joinParts({ sections, parts, entities }: PartedAnalysis): Analysis {
  if (parts.length === 1 && parts[0]!.start === 0) return { ...parts[0]!.analysis, sections };
  return {
    entities: entities.map(entityOf),
    figures: parts.flatMap(({ start, analysis }) => start === 0 ? analysis.figures : analysis.figures.map((f) => ({
      start: f.start + start, end: f.end + start, text: f.text, kind: f.kind, value: f.value, unit: f.unit,
    }))),
    citations: parts.flatMap(({ start, analysis }) => start === 0 ? analysis.citations : analysis.citations.map((c) => ({
      start: c.start + start, end: c.end + start, text: c.text, source: c.source, dates: c.dates,
    }))),
    sentences: parts.flatMap(({ start, analysis }) => start === 0 ? analysis.sentences : analysis.sentences.map((s) => ({
      start: s.start + start, end: s.end + start,
    }))),
    sections,
  };
}

interface CachedPart extends PlacedPart {
  end: number;
  /** compromise's tags its analysis used, kept when the document is being edited. */
  tags?: ReadonlyMap<string, WindowTags>;
}

/** A document's analysis without its outline. */
type PartedBody = Omit<PartedAnalysis, 'sections'>;

/**
 * Keeps the analyses of one document's parts, and its outline, from one version to the next, so
 * that after an edit only the parts whose text changed are analysed again. Holds the latest
 * version's parts only.
 */
export class PartCache {
  private previous: { text: string; parts: CachedPart[] } | undefined;
  private readonly joins = new JoinCache();
  private readonly outline = new OutlineCache();
  private readonly splitter = new PartSplitter();
  /** Parts the last analysis took from the version before, and parts it analysed. */
  reused = 0;
  analysed = 0;
  /** Windows of text the last analysis sent to compromise (with keepTags, the others came from the version before). */
  tagged = 0;

  /**
   * `keepTags`: keep compromise's tags with each part, so that a part analysed again after an edit
   * tags only the words around the edit. For a document being edited: about 8 MB of heap per MB of text.
   */
  constructor(private readonly options: { keepTags?: boolean } = {}) {}

  analyze(text: string): Analysis {
    return joinParts(this.analyzeParts(text));
  }

  analyzeParts(text: string): PartedAnalysis {
    const change = this.previous && textChange(this.previous.text, text);
    return { sections: this.outline.sections(text, change), ...this.analyzeBody(text, change) };
  }

  private analyzeBody(text: string, change: TextChange | undefined): PartedBody {
    const reusable = this.previous && change ? reusableParts(this.previous, text, change) : () => undefined;
    const found = this.splitter.split(text, change).map(({ start, end }) => ({ start, end, reused: reusable(start, end) }));
    const earlierTags = this.options.keepTags ? tagsOfReplaced(this.previous?.parts ?? [], found) : undefined;
    let fresh = 0;
    this.tagged = 0;
    const parts = found.map(({ start, end, reused }): CachedPart => {
      if (reused) return { start, end, analysis: reused.analysis, tags: reused.tags };
      fresh++;
      const memo = earlierTags && new TagMemo(earlierTags);
      const analysis = analyzePart(detached(text.slice(start, end)), memo);
      this.tagged += memo?.tagged ?? 0;
      return { start, end, analysis, tags: memo?.used };
    });
    this.previous = { text, parts };
    this.analysed = fresh;
    this.reused = parts.length - fresh;
    const placed = parts.map(({ start, analysis }) => ({ start, analysis }));
    return { parts: placed, entities: this.joins.join(placed) };
  }
}

/**
 * Finds a part in the previous version, with its analysis. Parts wholly before the edit are where they were,
 * parts wholly after it moved by the edit's length; both are found without reading their text. Other
 * parts are looked up by their text among the previous version's other parts (a paragraph moved, an undo).
 */
function reusableParts(previous: { text: string; parts: readonly CachedPart[] }, text: string, { prefix, suffix }: TextChange) {
  const old = previous.text;
  const shift = text.length - old.length;
  const byStart = new Map(previous.parts.map((p) => [p.start, p]));
  let byText: Map<string, CachedPart> | undefined;
  return (start: number, end: number): CachedPart | undefined => {
    const unchanged = end <= prefix ? byStart.get(start) : start >= text.length - suffix ? byStart.get(start - shift) : undefined;
    const moved = end <= prefix ? 0 : shift;
    if (unchanged && unchanged.end + moved === end) return unchanged;
    byText ??= new Map(previous.parts.filter((p) => p.end > prefix && p.start < old.length - suffix).map((p) => [old.slice(p.start, p.end), p]));
    return byText.get(text.slice(start, end));
  };
}

/** compromise's tags of the previous version's parts that this version does not reuse: those an edit replaced. */
function tagsOfReplaced(previous: readonly CachedPart[], found: ReadonlyArray<{ reused?: CachedPart }>): ReadonlyMap<string, WindowTags> {
  const kept = new Set(found.map(({ reused }) => reused));
  const replaced = previous.filter((p) => !kept.has(p) && p.tags);
  if (replaced.length === 1) return replaced[0]!.tags!;
  const tags = new Map<string, WindowTags>();
  for (const part of replaced) for (const [key, windowTags] of part.tags!) tags.set(key, windowTags);
  return tags;
}

function analyzePart(text: string, memo?: TagMemo): PartAnalysis {
  const blocks = segmentBlocks(text);
  const sentences = splitSentences(text, blocks);
  const citations = extractCitations(text);
  const context = { citations, sections: metadataSections(text, blocks), sentences };
  return { entities: extractEntities(text, context, memo), figures: extractFigures(text, context), citations, sentences };
}
