// The counted noun phrase next to a number: the words after it up to the head noun ("14 Toyota pickup
// trucks last spring" → "Toyota pickup trucks"), or the words before a parenthesised count
// ("thermal blankets (4,150)").
import type { Token } from './tokens';
import {
  AREA_VOLUME_PREFIXES, CLAUSE_VERBS, LENGTH_UNITS, MEASURE_UNITS, MODIFIER_PLURALS, MONTH_WORDS, NOUN_PHRASE_STOPS, WEEKDAYS, isPluralNoun,
} from './lexicon';
import { follows } from './numbers';

export interface NounPhrase {
  /** Token index of the first and last token of the phrase. */
  first: number;
  last: number;
  /** The words, whitespace normalised. */
  words: string[];
}

const MAX_WORDS = 6;
/** Verbs of handing over that precede a listed item: "supplied radios (350)". */
const TRANSFER_VERBS = new Set([
  'requested', 'received', 'ordered', 'delivered', 'supplied', 'bought', 'purchased', 'needed', 'included',
  'transferred', 'provided', 'seized', 'captured', 'destroyed', 'allocated', 'handed', 'shipped', 'listed', 'asked',
]);
/** Adjective and participle endings: a singular head may not look like these ("one official" is missed, "one Russian" is no count). */
const ADJECTIVE_ENDING = /(?:al|ive|ous|ful|ic|able|ible|ese|ian|ish|ed|ing|ly|ern)$/i;

interface Word {
  first: number;
  last: number;
  text: string;
}

/**
 * A word starting at token `k`, joining hyphenated parts ("state-owned") and model designations
 * ("T-72", "MiG-29s", "K9", "A400M") and a plural possessive's apostrophe ("officers'"); null at punctuation.
 */
function wordAt(tokens: readonly Token[], k: number, text: string): Word | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  let last = k;
  for (;;) {
    const next = tokens[last + 1];
    if (next?.joined && next.kind !== 'punct') last++;
    else if (next?.joined && next.text === '-' && tokens[last + 2]?.joined && tokens[last + 2].kind !== 'punct') last += 2;
    // "officers' families": a plural possessive belongs to the phrase; its noun comes next.
    else if (next?.joined && /^['’]$/.test(next.text) && /s$/i.test(tokens[last].text) && tokens[last + 2]?.kind === 'word' && !tokens[last + 2].joined) {
      last++;
      break;
    } else break;
  }
  return { first: k, last, text: text.slice(t.start, tokens[last].end) };
}

/** The plural test on the last part of a compound: "state-owned banks" → "banks"; "MiG-29s" is plural too. */
const isPluralWord = (word: string): boolean => /-\d+s$/.test(word) || isPluralNoun(word.slice(word.lastIndexOf('-') + 1));

const isStop = (word: string) => {
  const lower = word.toLowerCase();
  return NOUN_PHRASE_STOPS.has(lower) || MONTH_WORDS.has(lower) || WEEKDAYS.has(lower) || /['’]s$/.test(lower);
};

/** The noun phrase that starts at token `k`, for a count of `value` (null for a range). */
export function nounPhraseAfter(tokens: readonly Token[], k: number, text: string, value: number | null): NounPhrase | null {
  const words: Word[] = [];
  let at = k;
  while (words.length < MAX_WORDS) {
    const t = follows(tokens, at);
    if (!t || t.joined) break;
    const word = wordAt(tokens, at, text);
    if (!word || isStop(word.text)) break;
    words.push(word);
    at = word.last + 1;
  }
  if (words.length === 0) return null;
  let head = -1;
  if (MEASURE_UNITS.has(words[0].text)) head = 0;
  else if (AREA_VOLUME_PREFIXES.has(words[0].text) && words.length > 1 && LENGTH_UNITS.has(words[1].text)) head = 1;
  else if (value === 1) head = singularHead(words);
  else head = pluralHead(words);
  if (head < 0) return null;
  const kept = words.slice(0, head + 1);
  return { first: kept[0].first, last: kept[head].last, words: kept.map((w) => w.text) };
}

/**
 * The noun phrase that ends at token `k` (the word before "(3,080)"), up to four words back. Its last word
 * must look plural unless `inList` says the parenthesis sits in a list ("body armour (1,200), radios (350)").
 */
export function nounPhraseBefore(tokens: readonly Token[], k: number, text: string, inList: boolean): NounPhrase | null {
  const words: Word[] = [];
  let at = k;
  while (words.length < 4 && at >= 0) {
    let first = at;
    while (first >= 2 && tokens[first].joined && tokens[first - 1].text === '-' && tokens[first - 1].joined && tokens[first - 2].kind === 'word') first -= 2;
    const word = wordAt(tokens, first, text);
    if (!word || word.last !== at || isStop(word.text)) break;
    // A participle is an adjective next to the head ("armoured vehicles") but a verb further back
    // ("requested body armour").
    if (/ed$/i.test(word.text) && (words.length >= 2 || TRANSFER_VERBS.has(word.text.toLowerCase()))) break;
    words.unshift(word);
    if (tokens[first].paragraphBreak || tokens[first].joined) break;
    at = first - 1;
  }
  if (words.length === 0) return null;
  if (!inList && !isPluralWord(words[words.length - 1].text)) return null;
  return { first: words[0].first, last: words[words.length - 1].last, words: words.map((w) => w.text) };
}

/** "one soldier died": the phrase ends before the first verb form; its last word must not be an adjective. */
function singularHead(words: readonly Word[]): number {
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (!words[i].text.includes('-') && /(?:ed|ing|s)$/i.test(words[i].text)) {
      end = i;
      break;
    }
  }
  if (end > 3 || ADJECTIVE_ENDING.test(words[end - 1].text)) return -1;
  return end - 1;
}

/**
 * The head of a counted phrase is its last plural ("45 mortar tubes", "three small family-owned … ferry operators").
 * In a capitalised headline a verb may stand between two plurals ("Seven Parties Submit Candidate Lists"):
 * there the first plural is the head.
 */
function pluralHead(words: readonly Word[]): number {
  let first = -1;
  let last = -1;
  words.forEach((w, i) => {
    if (!isPluralWord(w.text)) return;
    if (first < 0) first = i;
    last = i;
  });
  if (first !== last && words.slice(first).every((w) => /^\p{Lu}/u.test(w.text))) return first;
  // "180,000 households pay heating bills": a verb after a plural ends the phrase there.
  for (let i = first; i >= 0 && i < last; i++) {
    if (isPluralWord(words[i].text) && !MODIFIER_PLURALS.has(words[i].text.toLowerCase()) && opensClause(words[i + 1].text)) return i;
  }
  return last;
}

/** A verb of the plural subject before it: from the list, or a past form in "-ed" ("pensioners faced"). */
const opensClause = (word: string): boolean => CLAUSE_VERBS.has(word.toLowerCase()) || (/^\p{Ll}+ed$/u.test(word) && word.length > 4);
