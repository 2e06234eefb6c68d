// Percentages: "12%", "7.3%", "40 percent", "40 per cent", "10-percent", "5pc", "2.5 percentage points". The
// value is the number as written.
import type { Token } from '../text/tokens';
import type { Candidate } from './candidate';
import { NumberExpr, follows } from './numbers';

export function readPercent(tokens: readonly Token[], expr: NumberExpr): Candidate | null {
  if (expr.suffixScale !== null) return null;
  // "a 10-percent rise"
  if (expr.hyphenWord !== null && /^(?:percent|pct)$/i.test(tokens[expr.hyphenWord].text)) {
    const end = tokens[expr.hyphenWord].end;
    return { start: tokens[expr.first].start, end, kind: 'percent', value: expr.value, unit: 'percent', lastToken: expr.hyphenWord };
  }
  const next = follows(tokens, expr.last + 1);
  if (!next) return null;
  const word = next.text.toLowerCase();
  const second = follows(tokens, expr.last + 2)?.text.toLowerCase();
  let lastToken = -1;
  let unit = 'percent';
  if (next.text === '%' || next.text === '٪') lastToken = expr.last + 1;
  // "5pc", "5pct": British and wire shorthand written against the digits.
  else if (next.joined && (word === 'pc' || word === 'pct')) lastToken = expr.last + 1;
  else if (!next.joined && (word === 'percent' || word === 'pct')) lastToken = expr.last + 1;
  else if (!next.joined && word === 'per' && second === 'cent') lastToken = expr.last + 2;
  else if (!next.joined && word === 'percentage' && (second === 'point' || second === 'points')) {
    lastToken = expr.last + 2;
    unit = 'percentage points';
  }
  if (lastToken < 0) return null;
  return { start: tokens[expr.first].start, end: tokens[lastToken].end, kind: 'percent', value: expr.value, unit, lastToken };
}
