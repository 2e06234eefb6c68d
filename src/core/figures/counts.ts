// Counts: a bare number whose noun stands elsewhere. "(3,080)" after "light flack jackets" gives the count
// 3,080 of "light flack jackets"; "none of the three" takes its unit from the earlier "three members".
import type { Token } from './tokens';
import { Candidate, normaliseSpace } from './candidate';
import { NOUN_PHRASE_STOPS } from './lexicon';
import { nounPhraseAfter, nounPhraseBefore } from './nounPhrases';
import { NumberExpr, follows, readNumber } from './numbers';

/** "(3,080)" right after a plural noun phrase, and not the area code of a phone number. */
export function readParenthesisedCount(tokens: readonly Token[], expr: NumberExpr, text: string): Candidate | null {
  if (expr.suffixScale !== null || expr.hyphenWord !== null || expr.range) return null;
  const open = tokens[expr.first - 1];
  const close = tokens[expr.last + 1];
  if (!open || open.text !== '(' || !tokens[expr.first].joined || !close || close.text !== ')' || !close.joined) return null;
  if (open.joined || open.paragraphBreak) return null;
  const after = follows(tokens, expr.last + 2);
  if (after?.kind === 'number') return null;
  const inList = !!after && (after.text === ',' || after.text === ';' || /^(?:and|or)$/i.test(after.text));
  const phrase = nounPhraseBefore(tokens, expr.first - 2, text, inList);
  if (!phrase) return null;
  const unit = normaliseSpace(phrase.words.join(' '));
  return { start: tokens[expr.first].start, end: tokens[expr.last].end, kind: 'count', value: expr.value, unit, lastToken: expr.last };
}

const MAX_LOOK_BACK = 40;

/** "the three" with no noun after it, referring back to an earlier quantity of the same value. */
export function readBackReference(tokens: readonly Token[], expr: NumberExpr, earlier: readonly Candidate[]): Candidate | null {
  if (expr.value === null || expr.hyphenWord !== null || expr.suffixScale !== null) return null;
  if (tokens[expr.first - 1]?.text.toLowerCase() !== 'the') return null;
  const next = follows(tokens, expr.last + 1);
  if (next && next.kind === 'word' && !NOUN_PHRASE_STOPS.has(next.text.toLowerCase())) return null;
  // Only a recent quantity can be meant; the bound also keeps long documents linear.
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - MAX_LOOK_BACK); i--) {
    const q = earlier[i];
    if (q.kind === 'quantity' && q.value === expr.value) {
      return { start: tokens[expr.first].start, end: tokens[expr.last].end, kind: 'count', value: expr.value, unit: q.unit, lastToken: expr.last };
    }
  }
  return null;
}

/** "120 of the 150 seats", "19 of its reservists": the part counts the whole's noun. */
export function readPartitiveCount(tokens: readonly Token[], expr: NumberExpr, text: string): Candidate | null {
  if (expr.value === null || expr.hyphenWord !== null || expr.suffixScale !== null) return null;
  // "one of the largest banks" singles one out rather than counting.
  if (expr.spelled && expr.value === 1) return null;
  const of = follows(tokens, expr.last + 1);
  const determiner = follows(tokens, expr.last + 2);
  const whole = follows(tokens, expr.last + 3);
  if (of?.text.toLowerCase() !== 'of' || !determiner || !/^(?:the|its|their|his|her|our|these|those)$/i.test(determiner.text) || !whole) return null;
  const wholeNumber = readNumber(tokens, expr.last + 3);
  if (wholeNumber && (wholeNumber.value === null || wholeNumber.hyphenWord !== null)) return null;
  const phrase = wholeNumber
    ? nounPhraseAfter(tokens, wholeNumber.last + 1, text, wholeNumber.value)
    : nounPhraseAfter(tokens, expr.last + 3, text, null);
  if (!phrase) return null;
  const unit = normaliseSpace(phrase.words.join(' '));
  return { start: tokens[expr.first].start, end: tokens[expr.last].end, kind: 'count', value: expr.value, unit, lastToken: expr.last };
}
