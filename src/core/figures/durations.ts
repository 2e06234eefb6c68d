// Amounts of time: "12 months", "two years", "six-month" (value 6, unit "months"). The unit is plural.
import type { Token } from './tokens';
import type { Candidate } from './candidate';
import { TIME_UNITS } from './lexicon';
import { NumberExpr, follows } from './numbers';

export function readDuration(tokens: readonly Token[], expr: NumberExpr): Candidate | null {
  if (expr.suffixScale !== null) return null;
  let unitToken: number;
  if (expr.hyphenWord !== null) {
    unitToken = expr.hyphenWord;
    // "a 50-year-old man" gives an age, not a span of time.
    const more = tokens[unitToken + 1];
    if (more?.joined && more.text === '-' && tokens[unitToken + 2]?.text.toLowerCase() === 'old') return null;
  } else {
    const next = follows(tokens, expr.last + 1);
    if (!next || next.joined || next.kind !== 'word') return null;
    unitToken = expr.last + 1;
  }
  const unit = TIME_UNITS.get(tokens[unitToken].text.toLowerCase());
  if (!unit) return null;
  return { start: tokens[expr.first].start, end: tokens[unitToken].end, kind: 'duration', value: expr.value, unit, lastToken: unitToken };
}
