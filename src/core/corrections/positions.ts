// A set of positions in a text, a bit each: which characters some spans cover, asked of tens of
// thousands of mentions without a search each (a megabyte's set is 128 KB).
import type { Span } from '../types';

export class Positions {
  private readonly bits: Uint32Array;

  constructor(textLength: number) {
    this.bits = new Uint32Array((textLength >> 5) + 1);
  }

  add(span: Span): void {
    for (let at = span.start; at < span.end; at = nextWord(at)) this.bits[at >> 5]! |= mask(at, span.end);
  }

  /** Whether any character of the span is in the set. */
  touches(span: Span): boolean {
    for (let at = span.start; at < span.end; at = nextWord(at)) if (this.bits[at >> 5]! & mask(at, span.end)) return true;
    return false;
  }
}

const nextWord = (at: number) => ((at >> 5) + 1) << 5;

/** The bits of positions `at` up to `end` (exclusive) within the 32-bit word holding `at`. */
function mask(at: number, end: number): number {
  const from = at & 31;
  const to = Math.min(end - (at - from), 32);
  // (1 << 32) would be 1: the whole rest of the word is 0 - (1 << from), as a 32-bit integer.
  return (to === 32 ? 0 : 1 << to) - (1 << from);
}
