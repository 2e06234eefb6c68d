// Entity mentions as editor tokens: one token per mention per line (editors cannot colour across
// a line break), in text order, never overlapping. A long briefing is coloured a screenful at a
// time: the mentions are sorted once per analysis, and a range's first mention is found by binary
// search, so a range costs what it shows rather than what the document holds.
import { indexOf } from './analysisIndex';
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

/**
 * Offsets [start, end) of the text, with the line holding `start` and the offset that line starts
 * at: the editor knows its lines, and counting them here would walk the text from its beginning.
 */
export interface TokenRange {
  start: number;
  end: number;
  line: number;
  lineStart: number;
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
  return entityTokensInRange(analysis, text, { start: 0, end: text.length, line: 0, lineStart: 0 });
}

/** The tokens that overlap the range, whole, in text order: exactly those entityTokens gives there. */
export function entityTokensInRange(analysis: Analysis, text: string, range: TokenRange): EntityToken[] {
  const { all, watched } = tableOf(analysis, text);
  const tokens: EntityToken[] = [];
  const lines = new LineCursor(text, range.line, range.lineStart);
  for (let i = countAtMost(all.ends, range.start); i < all.starts.length && all.starts[i]! < range.end; i++) {
    const start = all.starts[i]!;
    const end = all.ends[i]!;
    lines.moveTo(Math.max(start, range.lineStart));
    // One token per line the mention crosses; the line breaks themselves are left out.
    for (;;) {
      const from = Math.max(start, lines.start);
      const to = Math.min(end, lines.end);
      if (to > from && from < range.end && to > range.start) {
        tokens.push({
          line: lines.line,
          character: from - lines.start,
          length: to - from,
          type: all.types[i]!,
          firstMention: all.firstMention[i] === 1,
          watched: watchedAt(watched, from, from === lines.start),
        });
      }
      if (lines.next >= end || lines.next >= range.end) break;
      lines.advance();
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

/** Walks a text's lines forward, as VS Code counts them ("\r\n", "\n" and a lone "\r" each end one). */
class LineCursor {
  /** Offset just past the line's last character, its line break left out. */
  end = 0;
  /** Where the following line starts; past the text's end on the last line. */
  next = 0;
  private readonly breaks = /\r\n?|\n/g;

  constructor(
    private readonly text: string,
    public line: number,
    public start: number,
  ) {
    this.findEnd();
  }

  /** Moves on to the line holding `offset`, which must not lie before the current line. */
  moveTo(offset: number): void {
    while (this.next <= offset) this.advance();
  }

  advance(): void {
    this.line++;
    this.start = this.next;
    this.findEnd();
  }

  private findEnd(): void {
    this.breaks.lastIndex = this.start;
    const found = this.breaks.exec(this.text);
    this.end = found ? found.index : this.text.length;
    this.next = found ? found.index + found[0].length : this.text.length + 1;
  }
}
