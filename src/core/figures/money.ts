// Money: a currency sign, code or word with the amount and its scale: "$3.1 million", "£2m", "$2bn",
// "5 billion tenge", "USD 40 million". Signs become ISO codes; currency words stay as written.
import type { Token } from '../text/tokens';
import { Candidate, normaliseSpace } from './candidate';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS } from './lexicon';
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
    const currencyWord = readCurrencyWord(tokens, expr.last + 1, text);
    if (currencyWord && (unit === null || CURRENCY_CODES.has(after.text))) {
      unit ??= currencyWord.unit;
      end = currencyWord.end;
      lastToken = currencyWord.lastToken;
    }
  }
  if (unit === null) return null;
  if (start < 0) start = tokens[expr.first].start;
  return { start, end, kind: 'money', value: expr.value, unit, lastToken };
}

/** "tenge", "dollars", "U.S. dollars", "USD" after the amount. */
function readCurrencyWord(tokens: readonly Token[], k: number, text: string): { unit: string; end: number; lastToken: number } | null {
  const t = tokens[k];
  if (CURRENCY_CODES.has(t.text)) return { unit: t.text, end: t.end, lastToken: k };
  if (CURRENCY_WORDS.has(t.text.toLowerCase())) return { unit: t.text, end: t.end, lastToken: k };
  // "U.S. dollars", "US dollars": the country is part of the currency's name.
  const tail = /^(?:U\.S\.|US)\s+(dollars?)\b/.exec(text.slice(t.start, t.start + 20));
  if (!tail) return null;
  const end = t.start + tail[0].length;
  let last = k;
  while (tokens[last + 1] && tokens[last + 1].end <= end) last++;
  return { unit: normaliseSpace(tail[0]), end, lastToken: last };
}
