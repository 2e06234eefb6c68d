// compromise as one signal: part-of-speech and name tags for each token, computed block by block
// (paragraphs, cut further when long) so the cost stays linear in the text's size.
import nlp from 'compromise';
import { COUNTRY_NAMES, PLACE_NAMES } from './lexicons/places';
import { ORG_NAMES } from './lexicons/organizations';
import { FIRST_NAMES } from './lexicons/people';
import type { TagMemo, WindowTags } from './tagMemo';
import type { Token } from './tokens';

type Lexicon = Record<string, string>;
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** Tags compromise attached to a word in its lexicon, before any context ([] when it does not know it). */
export function lexiconTags(word: string): readonly string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'Country', 'City',
  'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Honorific', 'Demonym', 'Acronym', 'Abbreviation']);

/** A word compromise knows only as an ordinary English word ("Such", "Reacting", "Partners"). */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

/** Teach compromise our generic gazetteer once, at module load: compromise keeps one global world.
 * Only entries that cannot be ordinary English words are added, so other users of compromise see no change. */
function registerLexicon(): void {
  const words: Lexicon = {};
  const add = (name: string, tag: string): void => {
    const key = name.toLowerCase();
    if (lexiconTags(key).length === 0 && (key.includes(' ') || tag === 'FirstName')) words[key] = tag;
  };
  for (const name of FIRST_NAMES) add(name, 'FirstName');
  for (const name of PLACE_NAMES) add(name, COUNTRY_NAMES.has(name) ? 'Country' : 'Place');
  for (const name of ORG_NAMES) add(name, 'Organization');
  nlp.plugin({ words });
}
registerLexicon();

interface Term {
  tags: string[];
  offset: { start: number; length: number };
}

/**
 * compromise's tags for tokens[from..to] (inclusive), read from one call on that stretch of text, or
 * from `memo` when an earlier analysis tagged the same stretch cut into the same tokens.
 */
export function tagRange(masked: string, tokens: readonly Token[], from: number, to: number, lowerCase = false, memo?: TagMemo): WindowTags {
  if (!memo) return tagStretch(masked, tokens, from, to, lowerCase);
  const s = tokens[from]!.start;
  let key = `${lowerCase ? 'l' : 'c'}${masked.slice(s, tokens[to]!.end)}\u0000`;
  for (let k = from + 1; k <= to; k++) key += `${tokens[k]!.start - s},`;
  return memo.tags(key, () => tagStretch(masked, tokens, from, to, lowerCase));
}

function tagStretch(masked: string, tokens: readonly Token[], from: number, to: number, lowerCase: boolean): Array<ReadonlySet<string>> {
  const tags: Array<ReadonlySet<string>> = [];
  for (let k = from; k <= to; k++) tags.push(EMPTY);
  const s = tokens[from]!.start;
  let terms: Term[];
  try {
    const stretch = masked.slice(s, tokens[to]!.end);
    const view = nlp.tokenize(lowerCase ? stretch.toLowerCase() : stretch);
    view.compute(['lexicon', 'preTagger']);
    const json = view.json({ offset: true, terms: { offset: true } }) as Array<{ terms: Term[] }>;
    terms = json.flatMap((sentence) => sentence.terms);
  } catch {
    return tags; // compromise failing on an odd stretch only loses this signal
  }
  let k = from;
  for (const term of terms) {
    const ts = s + term.offset.start;
    const te = ts + Math.max(term.offset.length, 1);
    while (k <= to && tokens[k]!.start < ts) k++;
    const set = new Set(term.tags);
    for (let j = k; j <= to && tokens[j]!.start < te; j++) tags[j - from] = set;
  }
  return tags;
}

const EMPTY: ReadonlySet<string> = new Set();
