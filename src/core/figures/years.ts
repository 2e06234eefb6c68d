// A bare year is a date when it names a time: "in 1998", "since 2001", "the spring of 1996", "beyond 2030",
// "$45m in 2005". A year range ("2001-2005", "1993-94") is one date. Decades ("1990s") never get here.
import type { Token } from './tokens';
import type { Candidate } from './candidate';
import { YEAR_PREPOSITIONS } from './lexicon';
import type { NumberExpr } from './numbers';

const isYear = (digits: string) => /^(?:1[89]|20)\d\d$/.test(digits);

export function readYear(tokens: readonly Token[], expr: NumberExpr): Candidate | null {
  if (expr.spelled || expr.suffixScale !== null || expr.hyphenWord !== null) return null;
  const first = tokens[expr.first].text;
  if (expr.range) {
    const second = tokens[expr.last].text;
    if (!isYear(first) || !(isYear(second) || /^\d\d$/.test(second))) return null;
  } else if (expr.plainInteger === null || !isYear(expr.plainInteger)) {
    return null;
  }
  return { start: tokens[expr.first].start, end: tokens[expr.last].end, kind: 'date', value: null, unit: null, lastToken: expr.last };
}

/**
 * Whether the number is a year even when a plural noun follows: a preposition or season before it
 * ("in 1998 troops left"), or a modern year written without a thousands comma ("the 2005 elections",
 * "restate 2003 results") — edited English writes the count as "2,005".
 */
export function yearIsMarked(tokens: readonly Token[], expr: NumberExpr): boolean {
  if (expr.plainInteger !== null && /^(?:19|20)\d\d$/.test(expr.plainInteger)) return true;
  const before = tokens[expr.first - 1];
  return !!before && before.kind === 'word' && YEAR_PREPOSITIONS.has(before.text.toLowerCase());
}
