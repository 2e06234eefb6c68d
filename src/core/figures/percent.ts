// Percentages: "12%", "7.3%", "40 percent", "40 per cent", "10-percent", "5pc", "2.5 percentage points". The
// value is the number as written.
import type { Token } from './tokens';
import type { Candidate } from './candidate';
import { NumberExpr, follows } from './numbers';

export function readPercent(tokens: readonly Token[], expr: NumberExpr): Candidate | null {
  if (expr.suffixScale !== null) return null;
  // "a 10-percent rise", "a 2.5-per-cent rise", "a 3 percentage-point drop"
  if (expr.hyphenWord !== null) {
    const h = expr.hyphenWord;
    const word = tokens[h].text.toLowerCase();
    const joinedWord = (k: number, pattern: RegExp) => !!tokens[k] && tokens[k].joined && pattern.test(tokens[k].text);
    let lastToken = -1;
    if (word === 'percent' || word === 'pct') lastToken = h;
    else if (word === 'per' && joinedWord(h + 1, /^-$/) && joinedWord(h + 2, /^cent$/i)) lastToken = h + 2;
    else if (word === 'per' && follows(tokens, h + 1)?.text.toLowerCase() === 'cent') lastToken = h + 1;
    if (lastToken < 0) return null;
    return { start: tokens[expr.first].start, end: tokens[lastToken].end, kind: 'percent', value: expr.value, unit: 'percent', lastToken };
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
  } else if (!next.joined && word === 'percentage' && tokens[expr.last + 2]?.text === '-' && /^points?$/i.test(tokens[expr.last + 3]?.text ?? '')) {
    // "a 3 percentage-point drop"
    lastToken = expr.last + 3;
    unit = 'percentage points';
  }
  if (lastToken < 0) return null;
  return { start: tokens[expr.first].start, end: tokens[lastToken].end, kind: 'percent', value: expr.value, unit, lastToken };
}
