// Reads one number expression from the token stream: digits ("17,000", "3.1 million", "$45m"), words
// ("three", "twenty-seven", "a million"), ranges ("3,000-4,000") and hyphenated forms ("12-man").
import type { Token } from './tokens';
import { scaled } from './candidate';
import { SCALE_WORDS, SMALL_NUMBERS, SPACED_SCALES, SUFFIX_SCALES, TENS } from './lexicon';

export interface NumberExpr {
  /** Token index of the first token ("a" in "a million"). */
  first: number;
  /** Token index of the last token of the number, its scale word included. */
  last: number;
  /** The value, scaled; null for a range. */
  value: number | null;
  range: boolean;
  spelled: boolean;
  /** The digits when the number is a bare integer without separators or scale (a year candidate). */
  plainInteger: string | null;
  /** "$45m": the index of the scale letters glued to the digits; only money may use them. */
  suffixScale: number | null;
  /** "12-man", "six-month": the index of the word after the hyphen. */
  hyphenWord: number | null;
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const isDash = (t: Token | undefined) => !!t && t.joined && (t.text === '-' || t.text === '–');
/** The token at `k` when it continues the current paragraph. */
export const follows = (tokens: readonly Token[], k: number): Token | undefined =>
  k < tokens.length && !tokens[k].paragraphBreak ? tokens[k] : undefined;

export function readNumber(tokens: readonly Token[], i: number): NumberExpr | null {
  const t = tokens[i];
  if (t.kind === 'number') return readDigits(tokens, i);
  if (t.kind === 'word') return readWords(tokens, i);
  return null;
}

const parseDigits = (s: string) => Number(s.replace(/,/g, ''));

/** Digits glued to letters or to an identifier ("FICT4-117", "Su-27", "14/1130Z", "09:15") are not figures. */
function startsCleanly(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.joined) return true;
  const p = tokens[i - 1];
  if (p.kind !== 'punct') return false;
  if (p.text === '#') return false;
  if ('-–/.:'.includes(p.text)) {
    const pp = tokens[i - 2];
    if (!pp || !p.joined || pp.kind === 'punct') return true;
    // "mid-2005", "late-1990s": a time prefix, not an identifier.
    return (p.text === '-' || p.text === '–') && pp.kind === 'word' && /^(?:mid|early|late|pre|post)$/i.test(pp.text);
  }
  return true;
}

function readDigits(tokens: readonly Token[], i: number): NumberExpr | null {
  if (!startsCleanly(tokens, i)) return null;
  const expr: NumberExpr = {
    first: i, last: i, value: parseDigits(tokens[i].text), range: false, spelled: false,
    plainInteger: /^\d+$/.test(tokens[i].text) ? tokens[i].text : null, suffixScale: null, hyphenWord: null,
  };
  const next = tokens[i + 1];
  if (next?.joined) {
    if (next.kind === 'word') {
      // "10th", "1990s", "1952Z" are not amounts; only scale letters, or a percent's "pc", may touch the digits.
      if (/^pct?$/i.test(next.text) && !glued(tokens, i + 1)) return expr;
      if (!SUFFIX_SCALES.has(next.text.toLowerCase())) return null;
      expr.suffixScale = i + 1;
      expr.last = i + 1;
      expr.value = scaled(expr.value!, SUFFIX_SCALES.get(next.text.toLowerCase())!);
      expr.plainInteger = null;
      return glued(tokens, expr.last) ? null : expr;
    }
    if (next.kind === 'number') return null;
    // "the 1990's": a decade, like "1990s".
    if ((next.text === "'" || next.text === '’') && tokens[i + 2]?.joined && tokens[i + 2].text === 's') return null;
    if ((next.text === ':' || next.text === '/') && tokens[i + 2]?.joined && tokens[i + 2].kind === 'number') return null;
    if (isDash(next) && tokens[i + 2]?.joined) {
      const after = tokens[i + 2];
      if (after.kind === 'number') {
        if (isDash(tokens[i + 3]) || (tokens[i + 3]?.joined && tokens[i + 3].kind !== 'punct')) return null;
        Object.assign(expr, { last: i + 2, value: null, range: true, plainInteger: null });
      } else if (after.kind === 'word') {
        // "$1.2-billion": a hyphenated scale word still multiplies.
        const scale = SCALE_WORDS.get(after.text.toLowerCase());
        if (scale && scale !== 12 && !glued(tokens, i + 2)) {
          Object.assign(expr, { last: i + 2, value: scaled(expr.value!, scale), plainInteger: null });
          return expr;
        }
        expr.hyphenWord = i + 2;
        return expr;
      }
    }
  }
  readScaleWord(tokens, expr);
  return expr;
}

/** "3.1 million", "5 billion", "1.5 mln": a scale word after the digits multiplies them. */
function readScaleWord(tokens: readonly Token[], expr: NumberExpr): void {
  const next = follows(tokens, expr.last + 1);
  if (!next || next.joined || next.kind !== 'word') return;
  const scale = SCALE_WORDS.get(next.text.toLowerCase()) ?? SPACED_SCALES.get(next.text.toLowerCase());
  if (!scale || scale === 12) return;
  expr.last++;
  expr.plainInteger = null;
  if (expr.value !== null) expr.value = scaled(expr.value, scale);
}

function glued(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !!next && next.joined && next.kind !== 'punct';
}

/** Words after which "one" is a pronoun or determiner: "no one", "each one", "the one". */
const ONE_AS_PRONOUN_AFTER = new Set(['no', 'any', 'every', 'each', 'which', 'this', 'that', 'the', 'one', 'someone', 'anyone']);
/** Idioms where "one" counts nothing: "one another", "at one point", "on one side", "one way or another". */
const ONE_IDIOM_NOUNS = new Set([
  'another', 'way', 'point', 'side', 'hand', 'thing', 'stage', 'time', 'reason', 'example', 'instance', 'case', 'moment',
  'sort', 'kind', 'form', 'respect', 'sense', 'piece',
]);

function readWords(tokens: readonly Token[], i: number): NumberExpr | null {
  const first = lower(tokens[i]);
  const expr: NumberExpr = {
    first: i, last: i, value: 0, range: false, spelled: true, plainInteger: null, suffixScale: null, hyphenWord: null,
  };
  if (first === 'a' || first === 'an') {
    const next = follows(tokens, i + 1);
    const scale = SCALE_WORDS.get(lower(next));
    if (!next || next.joined || !scale) return null;
    expr.value = scale;
    expr.last = i + 1;
    // "half a million"
    if (lower(tokens[i - 1]) === 'half' && !tokens[i].paragraphBreak) {
      expr.first = i - 1;
      expr.value = scale / 2;
    }
  } else if (SMALL_NUMBERS.has(first)) {
    if (tokens[i].joined && tokens[i - 1].kind !== 'punct') return null;
    if (first === 'one' && (ONE_AS_PRONOUN_AFTER.has(lower(tokens[i - 1])) || ONE_IDIOM_NOUNS.has(lower(follows(tokens, i + 1))))) return null;
    if (!readWordSequence(tokens, expr)) return null;
  } else {
    return null;
  }
  // "a hundred thousand", "three million": further scale words multiply. ("several hundred" never starts a number.)
  for (let next = follows(tokens, expr.last + 1); next && !next.joined && SCALE_WORDS.has(lower(next)) && lower(next) !== 'dozen'; next = follows(tokens, expr.last + 1)) {
    expr.value = scaled(expr.value!, SCALE_WORDS.get(lower(next))!);
    expr.last++;
  }
  if (isDash(tokens[expr.last + 1]) && tokens[expr.last + 2]?.joined && tokens[expr.last + 2].kind === 'word') {
    expr.hyphenWord = expr.last + 2;
  }
  if (glued(tokens, expr.last) && expr.hyphenWord === null) return null;
  return expr;
}

/** "twenty-seven", "twenty five", "two hundred and fifty", "three thousand": small numbers joined by scale words. */
function readWordSequence(tokens: readonly Token[], expr: NumberExpr): boolean {
  let total = 0;
  let current = 0;
  // What may come next: a small number, or (after a tens word) a unit, or nothing small at all.
  let accept: 'small' | 'unit' | 'scale' = 'small';
  let afterScale = false;
  for (let k = expr.first; ; k++) {
    const t = k === expr.first ? tokens[k] : follows(tokens, k);
    if (!t || t.kind !== 'word' || (k !== expr.first && t.joined)) break;
    const word = lower(t);
    const small = SMALL_NUMBERS.get(word);
    if (small !== undefined && (accept === 'small' || (accept === 'unit' && small < 10))) {
      let value = small;
      if (TENS.has(word) && isDash(tokens[k + 1]) && tokens[k + 2]?.joined) {
        const unit = SMALL_NUMBERS.get(lower(tokens[k + 2]));
        if (unit !== undefined && unit < 10) {
          value += unit;
          k += 2;
        }
      }
      current += value;
      expr.last = k;
      accept = TENS.has(word) && value === small ? 'unit' : 'scale';
      afterScale = false;
    } else if (word === 'hundred' && current > 0 && current < 100) {
      current *= 100;
      expr.last = k;
      accept = 'small';
      afterScale = true;
    } else if (word !== 'hundred' && word !== 'dozen' && SCALE_WORDS.has(word) && current > 0) {
      total += current * SCALE_WORDS.get(word)!;
      current = 0;
      expr.last = k;
      accept = 'small';
      afterScale = true;
    } else if (word === 'and' && afterScale && SMALL_NUMBERS.has(lower(follows(tokens, k + 1)))) {
      afterScale = false;
    } else {
      break;
    }
  }
  expr.value = total + current;
  return expr.value > 0;
}
