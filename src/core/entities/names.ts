// Word-level tests shared by the rules: is this word a title, a known name, a first name?
import { ORG_NAMES } from './lexicons/organizations';
import { FIRST_NAMES, HONORIFICS, TITLE_HEADS } from './lexicons/people';
import { PLACE_NAMES } from './lexicons/places';
import { lexiconTags } from './nlp';

/** Abbreviated ranks written with a hyphen: "Lt.-General", "Maj.-Gen.", "Col.-General". */
const ABBREVIATED_RANK = /^\p{Lu}\p{Ll}{1,4}\.-\p{Lu}\p{Ll}*\.?$/u;

export function isTitleWord(word: string): boolean {
  return TITLE_HEADS.has(word) || isHonorific(word);
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word) || ABBREVIATED_RANK.test(word);
}

/** Known as a single-word place or organisation (case-insensitive for words in capitals). */
export function isKnownName(word: string): boolean {
  if (PLACE_NAMES.has(word) || ORG_NAMES.has(word)) return true;
  if (word.length > 1 && word === word.toUpperCase()) {
    const title = word.charAt(0) + word.slice(1).toLowerCase();
    return PLACE_NAMES.has(title) || ORG_NAMES.has(title);
  }
  return false;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** Looks a name up as written, or title-cased when written in capitals ("KAZAKHSTAN"). */
export function lexiconKind(name: string): 'place' | 'organization' | undefined {
  for (const form of name === name.toUpperCase() ? [name, name.split(' ').map(titleCase).join(' ')] : [name]) {
    if (PLACE_NAMES.has(form)) return 'place';
    if (ORG_NAMES.has(form)) return 'organization';
  }
  return undefined;
}

export function isFirstName(word: string): boolean {
  if (FIRST_NAMES.has(word)) return true;
  return lexiconTags(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}
