// Bare counts: a number with no noun after it whose noun stands elsewhere in the sentence. "passed by
// 64 votes to 19" (19 votes), "trimmed its staff by 2,400 to 61,700 employees" (2,400 employees), "raised
// the number of cadets to 310" (310 cadets), "asked for 6,000 police but needed at least 4,200" (4,200 police).
import type { Token } from './tokens';
import { Candidate, normaliseSpace } from './candidate';
import { CLAUSE_VERBS, NOUN_PHRASE_STOPS, TIME_UNITS } from './lexicon';
import { readMoney } from './money';
import { nounPhraseAfter } from './nounPhrases';
import { NumberExpr, follows, readNumber } from './numbers';
import { isReferenceNumber } from './references';

/** Words that set one number against another: "64 votes to 19", "300 and 450 volunteers". */
const BACK_LINKS = new Set(['to', 'and', 'or', 'against', 'versus', 'vs', 'from']);
const AHEAD_LINKS = new Set(['to', 'and', 'or']);
/** Words of change before an amount: what follows "to" is then a level ("rose 12 points to 1,240"). */
const CHANGE_WORDS = new Set([
  'rose', 'fell', 'climbed', 'gained', 'lost', 'dropped', 'added', 'jumped', 'slipped', 'slid', 'shed', 'soared', 'plunged',
  'increased', 'decreased', 'declined', 'eased', 'edged', 'firmed', 'up', 'down', 'off',
]);
/** Words after which a lone number is an age, a rank, a score or a level ("closed at 5,616"), not a count. */
const NOT_A_COUNT_AFTER = new Set(['aged', 'age', 'ages', 'ranked', 'rank', 'number', 'scored', 'score', 'top', 'no', 'at']);
/** Nouns that name a count: "the number of cadets", "the figure", "the total". */
const TALLY_NOUNS = new Set(['number', 'numbers', 'figure', 'total', 'tally', 'count', 'toll', 'strength', 'headcount']);
/** Words after a number that announce a noun still to come. */
const DETERMINER_LIKE = new Set(['other', 'such', 'additional', 'further', 'own']);
/** Words after a lone number that make it the subject: "six were wounded", "two others", "a dozen more". */
const SUBJECT_FOLLOWERS = new Set(['were', 'was', 'are', 'had', 'have', 'more', 'others', 'of']);
/** Hedges that point a number back at a noun named earlier, even in the sentence before. */
const HEDGES = new Set(['least', 'most', 'about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'than']);
const MAX_YEARS_BETWEEN = 3;
/** How far back a sentence start is sought; also keeps the scan linear. */
const MAX_SENTENCE_TOKENS = 60;

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

export function readBareCount(tokens: readonly Token[], expr: NumberExpr, text: string, earlier: readonly Candidate[]): Candidate | null {
  // A lone "one" is a pronoun, a lone "1" a label, far more often than either is a count; a count is whole.
  if (expr.value === null || expr.value < 2 || !Number.isInteger(expr.value) || expr.hyphenWord !== null || expr.suffixScale !== null) return null;
  if (/\./.test(tokens[expr.first].text) || amongNumbers(tokens, expr)) return null;
  const next = follows(tokens, expr.last + 1);
  if (next && (next.kind === 'number' || (next.kind === 'word' && !NOUN_PHRASE_STOPS.has(lower(next)) && !isVerb(next)))) return null;
  // "two other girls", "three such cases": a noun follows after all.
  if (DETERMINER_LIKE.has(lower(next))) return null;
  const before = tokens[expr.first].paragraphBreak ? undefined : tokens[expr.first - 1];
  if (NOT_A_COUNT_AFTER.has(lower(before))) return null;
  const linked = unitOfLinkedFigure(tokens, expr, earlier);
  // "rose 12 points to 1,240": a figure right before the link decides alone, a level is no count.
  if (linked === null) return null;
  const ahead = unitAhead(tokens, expr, text);
  // "from 25 to 38 years", "by 500 to 39,200 rupees": a figure after the link that counts nothing decides too.
  if (ahead === null) return null;
  const unit =
    linked ??
    ahead ??
    unitOfNumberOf(tokens, expr, text, earlier) ??
    (pointsBack(before, next) ? unitOfEarlierFigure(tokens, expr, earlier, HEDGES.has(lower(before)) ? 2 : 1) : null);
  if (unit === null) return null;
  return { start: tokens[expr.first].start, end: tokens[expr.last].end, kind: 'count', value: expr.value, unit, lastToken: expr.last };
}

/** Tables, scores and phone numbers: another number right before or after ("71 70 289", "(613) 235-6745"). */
function amongNumbers(tokens: readonly Token[], expr: NumberExpr): boolean {
  const near = [tokens[expr.first - 1], tokens[expr.last + 1]];
  if (near[0]?.kind === 'punct') near.push(tokens[expr.first - 2]);
  if (near[1]?.kind === 'punct') near.push(tokens[expr.last + 2]);
  return near.some((t) => t?.kind === 'number');
}

/**
 * Whether a lone number reads as a count of something named before: after a hedge ("at least 4,200") or a
 * linking word ("… in 2001 and 900 in 2005"), as the object of a verb ("poisoned 157", "wounding 20"), or as
 * a subject ("six were hurt", "120 returned", "a dozen more").
 */
function pointsBack(before: Token | undefined, next: Token | undefined): boolean {
  const word = lower(before);
  if (HEDGES.has(word) || BACK_LINKS.has(word) || (before?.kind === 'word' && /^\p{Ll}+(?:ed|ing)$/u.test(before.text))) return true;
  return SUBJECT_FOLLOWERS.has(lower(next)) || (!!next && isVerb(next));
}

/** A verb after a lone number makes it a subject: "120 returned", "28 remain". */
const isVerb = (t: Token): boolean => t.kind === 'word' && (CLAUSE_VERBS.has(t.text) || /^\p{Ll}{3,}ed$/u.test(t.text));

const counted = (c: Candidate | undefined): c is Candidate => !!c && (c.kind === 'quantity' || c.kind === 'count') && c.unit !== null;

/**
 * "64 votes to 19": the noun of the figure right before the linking word; null when that figure is no
 * count or states a change ("rose 12 points to 1,240" gives a level); undefined when no figure is there.
 */
function unitOfLinkedFigure(tokens: readonly Token[], expr: NumberExpr, earlier: readonly Candidate[]): string | null | undefined {
  if (!BACK_LINKS.has(lower(tokens[expr.first - 1]))) return undefined;
  const last = earlier[earlier.length - 1];
  if (!last || last.lastToken !== expr.first - 2 || last.kind === 'date') return undefined;
  if (!counted(last)) return null;
  let first = last.lastToken;
  while (first > 0 && tokens[first].start > last.start) first--;
  return CHANGE_WORDS.has(lower(tokens[first - 1])) ? null : last.unit;
}

/**
 * "by 2,400 to 61,700 employees", "between 300 and 450 volunteers": the noun of the number after the linking
 * word; null when that number is a sum, a time or a span of time; undefined when no number follows.
 */
function unitAhead(tokens: readonly Token[], expr: NumberExpr, text: string): string | null | undefined {
  const link = follows(tokens, expr.last + 1);
  if (!link || !AHEAD_LINKS.has(lower(link)) || !follows(tokens, expr.last + 2)) return undefined;
  const other = readNumber(tokens, expr.last + 2);
  if (!other || other.value === null || other.hyphenWord !== null || other.suffixScale !== null) return undefined;
  if (isReferenceNumber(tokens, other, text) || readMoney(tokens, other, text)) return null;
  const phrase = nounPhraseAfter(tokens, other.last + 1, text, other.value);
  if (!phrase) return undefined;
  return TIME_UNITS.has(lower(tokens[phrase.last])) ? null : normaliseSpace(phrase.words.join(' '));
}

/**
 * "raised the number of cadets to 310": the noun after "number of" in the same sentence. "By 2023 the
 * figure had reached 165,000": a bare "the figure" or "the total" points at the last quantity, which may
 * stand in the sentence before.
 */
function unitOfNumberOf(tokens: readonly Token[], expr: NumberExpr, text: string, earlier: readonly Candidate[]): string | null {
  const from = sentenceStart(tokens, expr.first, 1);
  for (let k = expr.first - 2; k >= from; k--) {
    if (!TALLY_NOUNS.has(lower(tokens[k]))) continue;
    if (lower(tokens[k + 1]) === 'of') {
      const phrase = nounPhraseAfter(tokens, k + 2, text, null);
      return phrase && phrase.last < expr.first ? normaliseSpace(phrase.words.join(' ')) : null;
    }
    return /^(?:the|that|this|its|their)$/.test(lower(tokens[k - 1])) ? unitOfEarlierFigure(tokens, expr, earlier, 2) : null;
  }
  return null;
}

/** "asked for 6,000 police but needed at least 4,200": the nearest earlier figure, if it counts something. */
function unitOfEarlierFigure(tokens: readonly Token[], expr: NumberExpr, earlier: readonly Candidate[], sentences: number): string | null {
  const from = sentenceStart(tokens, expr.first, sentences);
  // Years between do not interrupt ("1,200 tanks in 2001 and 900 in 2005"); the look-back is bounded.
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - MAX_YEARS_BETWEEN - 1); i--) {
    const c = earlier[i];
    if (c.lastToken < from) return null;
    if (c.kind !== 'date') return counted(c) ? c.unit : null;
  }
  return null;
}

/** The first token of the sentence holding token `k`, or of the one before when `sentences` is 2. */
function sentenceStart(tokens: readonly Token[], k: number, sentences: number): number {
  let found = 0;
  const limit = Math.max(0, k - MAX_SENTENCE_TOKENS * sentences);
  for (let i = k; i > limit; i--) {
    if (tokens[i].paragraphBreak) return i;
    const p = tokens[i - 1];
    if (p.kind === 'punct' && /^[.!?]$/.test(p.text) && /^[\p{Lu}\d"“‘']/u.test(tokens[i].text) && ++found === sentences) return i;
  }
  return limit;
}
