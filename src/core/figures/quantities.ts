// Quantities: a number and the thing counted, when the noun follows ("17,000 pistols", "three small
// family-owned Caspian ferry operators", "a million tonnes"), and hyphenated counts ("12-man" → men).
import type { Token } from './tokens';
import { Candidate, normaliseSpace } from './candidate';
import { NON_UNIT_HYPHEN_WORDS, pluralize } from './lexicon';
import { nounPhraseAfter } from './nounPhrases';
import type { NumberExpr } from './numbers';

export function readQuantity(tokens: readonly Token[], expr: NumberExpr, text: string): Candidate | null {
  if (expr.suffixScale !== null) return null;
  const start = tokens[expr.first].start;
  if (expr.hyphenWord !== null) {
    const word = tokens[expr.hyphenWord].text;
    if (NON_UNIT_HYPHEN_WORDS.has(word.toLowerCase()) || /(?:ed|ing|ly|est)$/i.test(word) || word.length < 2) return null;
    if (tokens[expr.hyphenWord + 1]?.joined && tokens[expr.hyphenWord + 1].text === '-') return null;
    return { start, end: tokens[expr.hyphenWord].end, kind: 'quantity', value: expr.value, unit: pluralize(word), lastToken: expr.hyphenWord };
  }
  const phrase = nounPhraseAfter(tokens, expr.last + 1, text, expr.value);
  if (!phrase) return null;
  return {
    start,
    end: tokens[phrase.last].end,
    kind: 'quantity',
    value: expr.value,
    unit: normaliseSpace(phrase.words.join(' ')),
    lastToken: phrase.last,
  };
}
