// Percentages: "12%", "7.3%", "40 percent", "40 per cent", "10-percent". The value is the number as written.
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
  let lastToken = -1;
  if (next.text === '%' || next.text === '٪') lastToken = expr.last + 1;
  else if (!next.joined && (word === 'percent' || word === 'pct')) lastToken = expr.last + 1;
  else if (!next.joined && word === 'per' && follows(tokens, expr.last + 2)?.text.toLowerCase() === 'cent') lastToken = expr.last + 2;
  if (lastToken < 0) return null;
  return { start: tokens[expr.first].start, end: tokens[lastToken].end, kind: 'percent', value: expr.value, unit: 'percent', lastToken };
}
