// Entity mentions as editor tokens: one token per mention per line (editors cannot colour across
// a line break), in text order, never overlapping. A long briefing is coloured a screenful at a
// time: the mentions are sorted once per analysis, and a range's first mention is found by binary
// search, so a range costs what it shows rather than what the document holds.
import { indexOf } from './analysisIndex';
import { lineEnd } from './text/lines';
import { countAtMost } from './text/sorted';
import type { Analysis, EntityType } from './types';

export interface EntityToken {
  line: number;
  character: number;
  length: number;
  type: EntityType;
  /** The entity's first mention in the document. */
  firstMention: boolean;
  /** A watched entity's mention starts here (or, at the start of a line, runs on through it). */
  watched: boolean;
}

/** Offsets [start, end) of the text. */
export interface TokenRange {
  start: number;
  end: number;
}

/** Mentions that become tokens, sorted by start: none overlaps another, so their ends are sorted too. */
interface Spans {
  starts: Int32Array;
  ends: Int32Array;
  types: EntityType[];
  firstMention: Uint8Array;
}

interface TokenTable {
  textLength: number;
  all: Spans;
  /** The same choice made among watched entities alone (see watchedAt). */
  watched: Spans;
}

const tables = new WeakMap<Analysis, TokenTable>();

/** Every token of the text. */
export function entityTokens(analysis: Analysis, text: string): EntityToken[] {
  return entityTokensInRange(analysis, text, { start: 0, end: text.length });
}

/** The tokens that overlap the range, whole, in text order: exactly those entityTokens gives there. */
export function entityTokensInRange(analysis: Analysis, text: string, range: TokenRange): EntityToken[] {
  const { all, watched } = tableOf(analysis, text);
  // The analysis index's line table: lines are found by binary search, never by walking the text.
  const starts = indexOf(analysis, text).lineStarts;
  const nextStart = (line: number) => (line + 1 < starts.length ? starts[line + 1]! : text.length + 1);
  const tokens: EntityToken[] = [];
  let line = Math.max(0, countAtMost(starts, range.start) - 1);
  for (let i = countAtMost(all.ends, range.start); i < all.starts.length && all.starts[i]! < range.end; i++) {
    const start = all.starts[i]!;
    const end = all.ends[i]!;
    while (nextStart(line) <= start) line++;
    // One token per line the mention crosses; the line breaks themselves are left out.
    for (let l = line; ; l++) {
      const lineStart = starts[l]!;
      const from = Math.max(start, lineStart);
      const to = Math.min(end, lineEnd(text, starts, l));
      if (to > from && from < range.end && to > range.start) {
        tokens.push({
          line: l,
          character: from - lineStart,
          length: to - from,
          type: all.types[i]!,
          firstMention: all.firstMention[i] === 1,
          watched: watchedAt(watched, from, from === lineStart),
        });
      }
      if (nextStart(l) >= end || nextStart(l) >= range.end) break;
    }
  }
  return tokens;
}

const NO_SPANS: Spans = { starts: new Int32Array(0), ends: new Int32Array(0), types: [], firstMention: new Uint8Array(0) };

function tableOf(analysis: Analysis, text: string): TokenTable {
  let table = tables.get(analysis);
  if (!table || table.textLength !== text.length) {
    table = {
      textLength: text.length,
      all: tokenSpans(analysis, text, () => true),
      // Most briefings watch no one: nothing to find then.
      watched: analysis.entities.some((e) => e.watched) ? tokenSpans(analysis, text, (watched) => watched) : NO_SPANS,
    };
    tables.set(analysis, table);
  }
  return table;
}

/**
 * The mentions of the entities `include` keeps that become tokens. A mention nested in or
 * overlapping an earlier one would make overlapping tokens: the earlier (at one start, the longer,
 * then the first listed) wins. Empty, reversed and out-of-text spans colour nothing. The mentions
 * come sorted from the analysis' index, which the hover builds for each analysis too.
 */
function tokenSpans(analysis: Analysis, text: string, include: (watched: boolean) => boolean): Spans {
  const { entities } = analysis;
  const sorted = indexOf(analysis, text).mentionsByStart;
  const order: number[] = [];
  for (let k = 0; k < sorted.starts.length; k++) {
    const start = sorted.starts[k]!;
    const end = sorted.ends[k]!;
    if (include(entities[sorted.entity[k]!]!.watched === true) && start >= 0 && end > start && end <= text.length) order.push(k);
  }
  const n = order.length;
  // Mentions sharing a start (nested by corrections, say): the longer first, else in listing order.
  for (let j = 1; j < n; j++) {
    for (let i = j; i > 0 && sorted.starts[order[i - 1]!] === sorted.starts[order[i]!] && sorted.ends[order[i - 1]!]! < sorted.ends[order[i]!]!; i--) {
      [order[i - 1], order[i]] = [order[i]!, order[i - 1]!];
    }
  }
  const kept: Spans = { starts: new Int32Array(n), ends: new Int32Array(n), types: [], firstMention: new Uint8Array(n) };
  let covered = 0;
  for (const k of order) {
    if (sorted.starts[k]! < covered) continue;
    const m = kept.types.length;
    kept.starts[m] = sorted.starts[k]!;
    kept.ends[m] = sorted.ends[k]!;
    kept.firstMention[m] = sorted.place[k] === 0 ? 1 : 0;
    kept.types.push(entities[sorted.entity[k]!]!.type);
    covered = sorted.ends[k]!;
  }
  const m = kept.types.length;
  return { starts: kept.starts.subarray(0, m), ends: kept.ends.subarray(0, m), types: kept.types, firstMention: kept.firstMention.subarray(0, m) };
}

/**
 * Whether a token starting at `offset` is watched: the tokens watched entities would get on their
 * own include one starting there. That is a watched mention starting at `offset`, or, for a token
 * at the start of a line, one running on from an earlier line through it.
 */
function watchedAt(watched: Spans, offset: number, atLineStart: boolean): boolean {
  const i = countAtMost(watched.ends, offset);
  if (i >= watched.starts.length) return false;
  const start = watched.starts[i]!;
  return start === offset || (atLineStart && start < offset);
}
