// compromise as one signal: part-of-speech and name tags for each token, computed block by block
// (paragraphs, cut further when long) so the cost stays linear in the text's size.
import nlp from 'compromise';
import { COUNTRY_NAMES, PLACE_NAMES } from './lexicons/places';
import { ORG_NAMES } from './lexicons/organizations';
import { FIRST_NAMES } from './lexicons/people';
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

/** A word compromise knows only as an ordinary English word ("Such", "Responding", "Allies"). */
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

const MAX_BLOCK = 4000;

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Cuts the text into paragraph blocks no longer than MAX_BLOCK, breaking long ones after a sentence end. */
function blocks(masked: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const paragraph = /\n[ \t]*(?:\r?\n)+/g;
  let start = 0;
  const pushCut = (from: number, to: number): void => {
    let s = from;
    while (to - s > MAX_BLOCK) {
      const window = masked.slice(s, s + MAX_BLOCK);
      let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('.\n'), window.lastIndexOf('\n'));
      if (cut < MAX_BLOCK / 4) cut = window.lastIndexOf(' ');
      if (cut < MAX_BLOCK / 4) cut = MAX_BLOCK - 1;
      out.push([s, s + cut + 1]);
      s += cut + 1;
    }
    if (to > s) out.push([s, to]);
  };
  for (let m = paragraph.exec(masked); m; m = paragraph.exec(masked)) {
    pushCut(start, m.index);
    start = m.index + m[0].length;
  }
  pushCut(start, masked.length);
  return out.filter(([s, e]) => /\p{L}/u.test(masked.slice(s, e)));
}

/** compromise's tags for each token (index-aligned with `tokens`; empty where it has none). */
export function tagTokens(masked: string, tokens: readonly Token[]): Array<ReadonlySet<string>> {
  const tags: Array<ReadonlySet<string>> = tokens.map(() => EMPTY);
  let ti = 0;
  for (const [s, e] of blocks(masked)) {
    const block = masked.slice(s, e);
    let terms: Term[];
    try {
      const json = nlp(block).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Term[] }>;
      terms = json.flatMap((sentence) => sentence.terms);
    } catch {
      continue; // compromise failing on an odd block only loses this signal
    }
    for (const term of terms) {
      const ts = s + term.offset.start;
      const te = ts + Math.max(term.offset.length, 1);
      while (ti < tokens.length && tokens[ti]!.start < ts) ti++;
      const set = new Set(term.tags);
      for (let k = ti; k < tokens.length && tokens[k]!.start < te; k++) tags[k] = set;
    }
  }
  return tags;
}

const EMPTY: ReadonlySet<string> = new Set();
