// Numbers that are labels, not amounts: "No. 5", "page 10", "Article 5", "Polar Link 2", "10 a.m.".
import type { Token } from './tokens';
import { CAPITALISED_FUNCTION_WORDS, MONTH_WORDS, REFERENCE_WORDS, WEEKDAYS } from './lexicon';
import type { NumberExpr } from './numbers';

/** Words that put a four-digit number on the clock: "at 1930 hours", "until 0500 hours". */
const TIME_PREPOSITIONS = new Set(['at', 'from', 'until', 'till', 'before', 'after', 'since', 'between']);
const TIME_OF_DAY = /^\s*(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|hrs\b|o['’]clock\b|local time\b)/i;

export function isReferenceNumber(tokens: readonly Token[], expr: NumberExpr, text: string): boolean {
  const t = tokens[expr.first];
  if (expr.spelled) return false;
  const before = tokens[expr.first - 1];
  if (before && !t.paragraphBreak) {
    if (before.kind === 'punct' && before.text === '.' && before.joined) {
      const word = tokens[expr.first - 2];
      if (word?.kind === 'word' && REFERENCE_WORDS.has(word.text.toLowerCase())) return true;
    }
    if (before.kind === 'word' && !t.joined && isNameWord(before.text)) return true;
  }
  return TIME_OF_DAY.test(text.slice(tokens[expr.last].end, tokens[expr.last].end + 12)) || isMilitaryTime(tokens, expr);
}

/** "0600", "at 1930 hours", "from 2200 hours": four digits naming a time of day, zero-padded or after a word of time. */
function isMilitaryTime(tokens: readonly Token[], expr: NumberExpr): boolean {
  const digits = expr.plainInteger;
  if (digits === null || !/^(?:[01]\d|2[0-3])[0-5]\d$/.test(digits)) return false;
  // Nobody writes a count with a leading zero.
  if (digits.startsWith('0')) return true;
  if (!/^hours?$/i.test(tokens[expr.last + 1]?.text ?? '')) return false;
  const before = tokens[expr.first - 1]?.text.toLowerCase() ?? '';
  if (TIME_PREPOSITIONS.has(before)) return true;
  // "between 2200 and 2330 hours": the second time of a pair.
  return (before === 'and' || before === 'to') && /^\d{4}$/.test(tokens[expr.first - 2]?.text ?? '');
}

/** A word that makes the number after it a label: a reference word, or a capitalised name ("Link 2"). */
function isNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (REFERENCE_WORDS.has(lower)) return true;
  if (!/^\p{Lu}/u.test(word) || /['’]s$/.test(word)) return false;
  return !CAPITALISED_FUNCTION_WORDS.has(lower) && !MONTH_WORDS.has(lower) && !WEEKDAYS.has(lower);
}
