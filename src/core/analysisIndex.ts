// Position look-ups over one analysis, built once per analysis and kept beside it. A hover asks
// what lies at the cursor, and its card which sentence holds each mention and what else those
// sentences name: by scanning, each is proportional to the document (quadratic for the card); with
// spans sorted by start and binary search they stay instant. Built from typed arrays sorted
// natively: a 1 MB briefing has tens of thousands of spans (the hover builds it as each analysis
// arrives, so that no request waits for it).
import { lineStarts } from './text/lines';
import { countAtMost, countBelow, countStartingAtOrBefore } from './text/sorted';
import type { Analysis, Citation, Entity, Figure, Mention, Sentence } from './types';

export interface AnalysisIndex {
  /** The analysis' sentence holding `offset`, if any. */
  sentenceAt(offset: number): Sentence | undefined;
  /** Zero-based line holding `offset` (VS Code's line breaks). */
  lineAt(offset: number): number;
  /** Where each line starts (text/lines.ts `lineStarts`): one table per analysis for every view. */
  readonly lineStarts: readonly number[];
  /** Those starting in [from, to), in increasing order: mentions as positions in `mentionsByStart`, figures and citations as indices into their lists. */
  startingIn(list: 'mentions' | 'figures' | 'citations', from: number, to: number): number[];
  /** Every mention sorted by start, with its entity's index and its place in the entity's list (ties in list order). */
  readonly mentionsByStart: { starts: Int32Array; ends: Int32Array; entity: Int32Array; place: Int32Array };
  /** Whether the figure at this index of analysis.figures lies inside a citation. */
  figureInCitation(figure: number): boolean;
  /**
   * What lies at `offset` (a span touches the offsets from its start to its end, both included: a
   * cursor just after a word still touches it). Where spans touch the same offset, the first in the
   * analysis' own order wins, as a scan of the lists would find it.
   */
  mentionAt(offset: number): { entity: Entity; mention: Mention } | undefined;
  figureAt(offset: number): Figure | undefined;
  citationAt(offset: number): Citation | undefined;
}

const indexes = new WeakMap<Analysis, AnalysisIndex>();

/** Whether the index of `analysis` is built already (a long briefing's takes milliseconds). */
export function isIndexed(analysis: Analysis): boolean {
  return indexes.has(analysis);
}

/** The index of `analysis`, which must be the analysis of `text`. */
export function indexOf(analysis: Analysis, text: string): AnalysisIndex {
  let index = indexes.get(analysis);
  if (!index) {
    index = buildIndex(analysis, text);
    indexes.set(analysis, index);
  }
  return index;
}

/**
 * Spans sorted by start (ties in list order), as parallel typed arrays: `order[k]` is the list
 * position of the k-th span, `starts[k]` and `ends[k]` its bounds.
 */
interface SortedSpans {
  starts: Int32Array;
  ends: Int32Array;
  order: Int32Array;
  /** The longest span: no span starting further back than this can reach an offset. */
  longest: number;
}

/**
 * Sorts spans given in list order by start: with one native numeric sort where the list is not in
 * text order already (figures and citations are), each key packing the start and the list position.
 */
function sortSpans(starts: Int32Array, ends: Int32Array): SortedSpans {
  const count = starts.length;
  let inOrder = true;
  let longest = 0;
  for (let i = 0; i < count; i++) {
    if (i > 0 && starts[i - 1]! > starts[i]!) inOrder = false;
    longest = Math.max(longest, ends[i]! - starts[i]!);
  }
  const order = new Int32Array(count);
  if (inOrder) {
    for (let i = 0; i < count; i++) order[i] = i;
    return { starts, ends, order, longest };
  }
  const keys = new Float64Array(count);
  // start * count + i stays an exact integer (below 2^53) for any text and list a briefing has.
  for (let i = 0; i < count; i++) keys[i] = starts[i]! * count + i;
  keys.sort();
  const sortedStarts = new Int32Array(count);
  const sortedEnds = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const i = keys[k]! % count;
    order[k] = i;
    sortedStarts[k] = starts[i]!;
    sortedEnds[k] = ends[i]!;
  }
  return { starts: sortedStarts, ends: sortedEnds, order, longest };
}

/** The bounds of each span of a list, in one pass over its objects. */
function boundsOf(spans: ReadonlyArray<{ start: number; end: number }>): SortedSpans {
  const starts = new Int32Array(spans.length);
  const ends = new Int32Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    starts[i] = spans[i]!.start;
    ends[i] = spans[i]!.end;
  }
  return sortSpans(starts, ends);
}

function buildIndex(analysis: Analysis, text: string): AnalysisIndex {
  // Mentions in list order, entity by entity: for each, its entity and its place in the entity's list.
  const { entities, figures, citations, sentences } = analysis;
  let total = 0;
  for (const entity of entities) total += entity.mentions.length;
  const starts = new Int32Array(total);
  const ends = new Int32Array(total);
  const entityOf = new Int32Array(total);
  const placeOf = new Int32Array(total);
  let at = 0;
  for (let e = 0; e < entities.length; e++) {
    const list = entities[e]!.mentions;
    for (let j = 0; j < list.length; j++, at++) {
      starts[at] = list[j]!.start;
      ends[at] = list[j]!.end;
      entityOf[at] = e;
      placeOf[at] = j;
    }
  }
  const sorted = { mentions: sortSpans(starts, ends), figures: boundsOf(figures), citations: boundsOf(citations) };
  const byStart = sorted.mentions;
  // Every card asks for a line, and so does every mention row of the Entities view.
  const lines = lineStarts(text);
  let mentionsByStart: AnalysisIndex['mentionsByStart'] | undefined;
  const mentionArrays = () => {
    const entity = new Int32Array(total);
    const place = new Int32Array(total);
    for (let k = 0; k < total; k++) {
      entity[k] = entityOf[byStart.order[k]!]!;
      place[k] = placeOf[byStart.order[k]!]!;
    }
    return (mentionsByStart = { starts: byStart.starts, ends: byStart.ends, entity, place });
  };
  return {
    get mentionsByStart() {
      return mentionsByStart ?? mentionArrays();
    },
    sentenceAt(offset) {
      const i = countStartingAtOrBefore(sentences, offset) - 1;
      const s = sentences[i];
      return s && offset < s.end ? s : undefined;
    },
    lineAt: (offset) => countAtMost(lines, offset) - 1,
    lineStarts: lines,
    startingIn(list, from, to) {
      const { starts, order } = sorted[list];
      const out: number[] = [];
      // Mentions are answered as positions in `mentionsByStart`; figures and citations as list positions.
      for (let k = countBelow(starts, from); k < starts.length && starts[k]! < to; k++) out.push(list === 'mentions' ? k : order[k]!);
      return list === 'mentions' ? out : out.sort((a, b) => a - b);
    },
    figureInCitation(figure) {
      const f = figures[figure]!;
      const i = countStartingAtOrBefore(citations, f.start) - 1;
      // Citations never overlap, so only the last one starting before the figure can hold it.
      return i >= 0 && f.end <= citations[i]!.end;
    },
    mentionAt(offset) {
      const i = firstTouching(byStart, offset);
      if (i === undefined) return undefined;
      const entity = entities[entityOf[i]!]!;
      return { entity, mention: entity.mentions[placeOf[i]!]! };
    },
    figureAt(offset) {
      const i = firstTouching(sorted.figures, offset);
      return i === undefined ? undefined : figures[i];
    },
    citationAt(offset) {
      const i = firstTouching(sorted.citations, offset);
      return i === undefined ? undefined : citations[i];
    },
  };
}

/** The smallest list position among the spans touching `offset`: only those starting within the longest span's length before it can. */
function firstTouching(spans: SortedSpans, offset: number): number | undefined {
  let first: number | undefined;
  for (let k = countAtMost(spans.starts, offset) - 1; k >= 0 && spans.starts[k]! >= offset - spans.longest; k--) {
    if (spans.ends[k]! >= offset && (first === undefined || spans.order[k]! < first)) first = spans.order[k]!;
  }
  return first;
}

