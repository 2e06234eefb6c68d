// Money: a currency sign, code or word with the amount and its scale: "$3.1 million", "£2m", "$2bn",
// "5 billion tenge", "600 million Swiss francs", "USD 40 million". Signs become ISO codes; currency words
// stay as written.
import type { Token } from './tokens';
import { Candidate, normaliseSpace, scaled } from './candidate';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, CURRENCY_WORDS_AFTER_DIGITS, POUNDS } from './currencies';
import { SCALE_WORDS, SPACED_SCALES } from './lexicon';
import { NumberExpr, follows } from './numbers';

export function readMoney(tokens: readonly Token[], expr: NumberExpr, text: string): Candidate | null {
  let start = -1;
  let unit: string | null = null;
  const before = tokens[expr.first - 1];
  if (before && !tokens[expr.first].paragraphBreak && before.kind === 'punct' && CURRENCY_SYMBOLS.has(before.text)) {
    unit = CURRENCY_SYMBOLS.get(before.text)!;
    start = before.start;
    // "US$5 million": the country prefix belongs to the sign.
    const prefix = tokens[expr.first - 2];
    if (before.joined && prefix?.kind === 'word' && /^(?:US|USD|A|C|HK|NZ|S)$/.test(prefix.text)) start = prefix.start;
  } else if (before && !tokens[expr.first].joined && before.kind === 'word' && CURRENCY_CODES.has(before.text)) {
    unit = before.text;
    start = before.start;
  }
  let end = tokens[expr.last].end;
  let lastToken = expr.last;
  const after = follows(tokens, expr.last + 1);
  if (after && !after.joined && after.kind === 'word') {
    const currencyWord = readCurrencyWord(tokens, expr, text);
    if (currencyWord && (unit === null || CURRENCY_CODES.has(after.text))) {
      unit ??= currencyWord.unit;
      end = currencyWord.end;
      lastToken = currencyWord.lastToken;
    }
  }
  if (unit === null) return null;
  if (start < 0) start = tokens[expr.first].start;
  const value = lastToken === expr.first && expr.value !== null ? scaled(expr.value, sharedScale(tokens, expr.last + 1)) : expr.value;
  return { start, end, kind: 'money', value, unit, lastToken };
}

/** "$1.5 to $2 billion": a bare first amount borrows the scale of the second; 1 when there is none. */
function sharedScale(tokens: readonly Token[], k: number): number {
  const link = follows(tokens, k);
  if (!link || !/^(?:to|and|or|-|–)$/i.test(link.text)) return 1;
  let at = k + 1;
  if (tokens[at]?.kind === 'punct' && CURRENCY_SYMBOLS.has(tokens[at].text)) at++;
  const amount = follows(tokens, at);
  const scale = follows(tokens, at + 1);
  if (amount?.kind !== 'number' || !scale || scale.joined) return 1;
  const word = scale.text.toLowerCase();
  return word === 'dozen' ? 1 : SCALE_WORDS.get(word) ?? SPACED_SCALES.get(word) ?? 1;
}

/** Capitalised words that may name the country of a currency: "Swiss francs", "Hong Kong dollars". */
const MAX_COUNTRY_WORDS = 2;

/** "tenge", "dollars", "U.S. dollars", "Swiss francs", "USD", "pounds sterling" after the amount. */
function readCurrencyWord(tokens: readonly Token[], expr: NumberExpr, text: string): { unit: string; end: number; lastToken: number } | null {
  const k = expr.last + 1;
  const t = tokens[k];
  if (CURRENCY_CODES.has(t.text)) return { unit: t.text, end: t.end, lastToken: k };
  // "U.S. dollars", "US dollars": the country is part of the currency's name.
  const us = /^(?:U\.S\.|US)\s+(dollars?)\b/.exec(text.slice(t.start, t.start + 20));
  if (us) {
    const end = t.start + us[0].length;
    let last = k;
    while (tokens[last + 1] && tokens[last + 1].end <= end) last++;
    return { unit: normaliseSpace(us[0]), end, lastToken: last };
  }
  let word = k;
  while (word - k < MAX_COUNTRY_WORDS && isCountryWord(tokens[word]) && !isCurrencyWord(tokens, expr, word) && follows(tokens, word + 1)?.kind === 'word') word++;
  if (!isCurrencyWord(tokens, expr, word) || tokens[word].joined) return null;
  let last = word;
  if (POUNDS.has(tokens[word].text.toLowerCase()) && follows(tokens, word + 1)?.text.toLowerCase() === 'sterling') last++;
  return { unit: normaliseSpace(text.slice(t.start, tokens[last].end)), end: tokens[last].end, lastToken: last };
}

const isCountryWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(t.text);

function isCurrencyWord(tokens: readonly Token[], expr: NumberExpr, k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  const lower = t.text.toLowerCase();
  if (CURRENCY_WORDS.has(lower)) return true;
  if (POUNDS.has(lower)) {
    // "pounds" weighs when something is "of" it ("2 million pounds of grain") or when no scale marks a sum.
    const next = follows(tokens, k + 1)?.text.toLowerCase();
    if (next === 'sterling') return true;
    const scale = tokens[expr.last].text.toLowerCase();
    return next !== 'of' && (expr.suffixScale !== null || SCALE_WORDS.has(scale) || SPACED_SCALES.has(scale));
  }
  return !expr.spelled && t.text === lower && CURRENCY_WORDS_AFTER_DIGITS.has(lower);
}
