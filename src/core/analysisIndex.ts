// Position look-ups over one analysis, built once per analysis and kept beside it. A hover card
// asks which sentence holds each mention and what else those sentences name: by scanning, that is
// quadratic in a long document's size; with sorted spans and binary search it stays instant.
import { lineStarts } from './text/lines';
import type { Analysis, Sentence } from './types';

interface Spanned {
  start: number;
  end: number;
}

export interface AnalysisIndex {
  /** The analysis' sentence holding `offset`, if any. */
  sentenceAt(offset: number): Sentence | undefined;
  /** Zero-based line holding `offset` (VS Code's line breaks). */
  lineAt(offset: number): number;
  /** Indices into `items` (sorted by start) of those starting in [from, to). */
  startingIn(list: 'mentions' | 'figures' | 'citations', from: number, to: number): number[];
  /** Every mention with its entity's index, sorted by start. */
  readonly mentions: ReadonlyArray<{ start: number; end: number; entity: number }>;
  /** Whether the figure at this index of analysis.figures lies inside a citation. */
  figureInCitation(figure: number): boolean;
}

const indexes = new WeakMap<Analysis, AnalysisIndex>();

/** The index of `analysis`, which must be the analysis of `text`. */
export function indexOf(analysis: Analysis, text: string): AnalysisIndex {
  let index = indexes.get(analysis);
  if (!index) {
    index = buildIndex(analysis, text);
    indexes.set(analysis, index);
  }
  return index;
}

function buildIndex(analysis: Analysis, text: string): AnalysisIndex {
  const mentions = analysis.entities
    .flatMap((e, entity) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start);
  const sorted = {
    mentions: mentions.map((m, i) => ({ start: m.start, i })),
    figures: byStart(analysis.figures),
    citations: byStart(analysis.citations),
  };
  const sentences = analysis.sentences;
  const citations = analysis.citations;
  let starts: Array<{ start: number }> | undefined;
  return {
    mentions,
    sentenceAt(offset) {
      const i = lastStartingAtOrBefore(sentences, offset);
      const s = sentences[i];
      return s && offset < s.end ? s : undefined;
    },
    lineAt(offset) {
      starts ??= lineStarts(text).map((start) => ({ start }));
      return lastStartingAtOrBefore(starts, offset);
    },
    startingIn(list, from, to) {
      const items = sorted[list];
      const out: number[] = [];
      for (let k = firstStartingAtOrAfter(items, from); k < items.length && items[k]!.start < to; k++) out.push(items[k]!.i);
      return out.sort((a, b) => a - b);
    },
    figureInCitation(figure) {
      const f = analysis.figures[figure]!;
      const i = lastStartingAtOrBefore(citations, f.start);
      // Citations never overlap, so only the last one starting before the figure can hold it.
      return i >= 0 && f.end <= citations[i]!.end;
    },
  };
}

function byStart(items: readonly Spanned[]): Array<{ start: number; i: number }> {
  return items.map((s, i) => ({ start: s.start, i })).sort((a, b) => a.start - b.start || a.i - b.i);
}

/** Index of the last item with start <= offset in a list sorted by start, or -1. */
function lastStartingAtOrBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function firstStartingAtOrAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
