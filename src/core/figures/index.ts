// Figures: numbers a reader wants to find again — quantities, counts, money, percentages, durations and
// dates — following shared/spec/annotation-guidelines.md. One pass over the tokens; written dates are
// found first and claim their digits.
import type { ExtractionContext } from '../context';
import { Token, tokenize } from './tokens';
import type { Figure } from '../types';
import { readBareCount } from './bareCounts';
import type { Candidate } from './candidate';
import { readBackReference, readParenthesisedCount, readPartitiveCount } from './counts';
import { findDates } from './dates';
import { readDuration } from './durations';
import { readMoney } from './money';
import { NumberExpr, readNumber } from './numbers';
import { readPercent } from './percent';
import { readQuantity } from './quantities';
import { isReferenceNumber } from './references';
import { readYear, yearIsMarked } from './years';
import { figureZones, zoneAt } from './zones';

export function extractFigures(text: string, ctx: ExtractionContext): Figure[] {
  const zones = figureZones(text, ctx.sections);
  const dates: Candidate[] = findDates(text)
    .filter((d) => zoneAt(zones, d.start)?.datesOnly !== false)
    .map((d) => ({ start: d.start, end: d.end, kind: 'date', value: null, unit: null, lastToken: -1 }));
  const tokens = tokenize(text);
  const others: Candidate[] = [];
  let nextDate = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'punct') continue;
    while (nextDate < dates.length && dates[nextDate].end <= token.start) nextDate++;
    if (nextDate < dates.length && dates[nextDate].start <= token.start) continue;
    if (zoneAt(zones, token.start)) continue;
    const expr = readNumber(tokens, i);
    if (!expr) continue;
    const found = classify(tokens, expr, text, others);
    // A figure never swallows a written date that follows it.
    if (!found || (nextDate < dates.length && found.end > dates[nextDate].start)) continue;
    others.push(found);
    i = Math.max(i, found.lastToken);
  }
  return withoutOverlaps([...dates, ...others]).map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    kind: c.kind,
    value: c.value,
    unit: c.unit,
  }));
}

/** The rules in order of precedence: money, then labels are dropped, then percent, duration, year, quantity, counts. */
function classify(tokens: readonly Token[], expr: NumberExpr, text: string, earlier: readonly Candidate[]): Candidate | null {
  const money = readMoney(tokens, expr, text);
  if (money) return money;
  if (isReferenceNumber(tokens, expr, text)) return null;
  return (
    readPercent(tokens, expr) ??
    readDuration(tokens, expr) ??
    (yearIsMarked(tokens, expr) ? readYear(tokens, expr) : null) ??
    readQuantity(tokens, expr, text) ??
    readParenthesisedCount(tokens, expr, text) ??
    readPartitiveCount(tokens, expr, text) ??
    readYear(tokens, expr) ??
    readBackReference(tokens, expr, earlier) ??
    readBareCount(tokens, expr, text, earlier)
  );
}

function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) if (kept.length === 0 || c.start >= kept[kept.length - 1].end) kept.push(c);
  return kept;
}
