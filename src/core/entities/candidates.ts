// Finds runs of name-like tokens: capitalised words joined by spaces (a wrapped line included) and by
// the few lower-case connectors that occur inside names ("Centre for Border Studies",
// "Press and Information Committee", "Nezavisimaya gazeta", "Ludwig van Beethoven").
import type { Doc } from './document';
import { opensIndentedParagraph } from './tokens';
import { isDemonym } from './lexicons/demonyms';
import { BUSINESS_HEADS, COMPANY_SUFFIXES, LOWERCASE_NAME_PARTS, ORG_HEADS, ORG_NAMES, UNIT_HEADS } from './lexicons/organizations';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicons/people';
import { COMPASS_WORDS, PLACE_HEADS, PLACE_NAMES, REGION_HEADS, STATE_WORDS } from './lexicons/places';
import { LABEL_WORDS, METADATA_KEYS, MONTHS, STOP_CAPS, WEEKDAYS } from './lexicons/words';
import { isCommonWord } from './nlp';
import { isFirstName, isKnownName, isTitleWord } from './names';

/** Token indices, inclusive, of one run. */
export interface Run {
  first: number;
  last: number;
}

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le',
  'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'ten', 'zu', 'y']);
const OF_WORDS = new Set(['of', 'for', 'on']);
/** Tags that mark a capitalised sentence opener as an ordinary word ("Reacting", "Evidently"). */
const WORD_CLASS_TAGS = ['Verb', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord',
  'Modal', 'Copula', 'Adjective', 'Plural'];
const NAME_CLASS_TAGS = ['Person', 'Place', 'Organization', 'FirstName', 'LastName', 'Country', 'City', 'Region'];

function isMetadataKey(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  for (let k = i + 1; k < doc.tokens.length && k <= i + 2; k++) {
    const next = doc.tokens[k]!;
    if (next.text === ':' && next.line === t.line) return METADATA_KEYS.has(t.text) || (k === i + 1 && isLineStart(doc, i) && !isKnownName(t.text));
    if (next.kind !== 'word' || !METADATA_KEYS.has(next.text)) return false;
  }
  return false;
}

/** "BM-27", "FBIS-EEU-97-104": letters glued to a number are a code or an identifier; "UPDATE 2-" flags a wire
 * headline. */
export function isCodePart(doc: Doc, i: number): boolean {
  const [dash, num] = [doc.tokens[i + 1], doc.tokens[i + 2]];
  if (dash?.text === '-' && dash.gapBefore === '' && num?.kind === 'num' && num.gapBefore === '' &&
    /^[\d.,]+$/.test(num.text)) return true;
  const [flag, flagDash, headline] = [doc.tokens[i + 1], doc.tokens[i + 2], doc.tokens[i + 3]];
  return doc.tokens[i]!.upper && doc.tokens[i]!.kind === 'word' && isLineStart(doc, i) && flag?.kind === 'num' &&
    /^\d{1,2}$/.test(flag.text) && flagDash?.text === '-' && flagDash.gapBefore === '' && headline?.gapBefore === '' && headline.cap;
}

/** "FACT SHEET:", "Press Release:": label words before a colon, at the start of a line or of a front-matter title
 * ('title: "FACT SHEET: …'). */
function isLabel(doc: Doc, i: number): boolean {
  let first = i;
  while (first > i - 3 && first > 0 && LABEL_WORDS.has(doc.tokens[first - 1]!.text.toLowerCase()) && !isLineStart(doc, first)) first--;
  if (!isLineStart(doc, first) && !afterTitleKey(doc, first)) return false;
  for (let k = first; k < first + 4 && k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.text === ':' && k > i) return true;
    if (t.kind !== 'word' || !LABEL_WORDS.has(t.text.toLowerCase())) return false;
  }
  return false;
}

/** Token i opens the value of a front-matter title: 'title: "…'. */
function afterTitleKey(doc: Doc, i: number): boolean {
  let k = i - 1;
  if (doc.tokens[k] && /^["'“]$/.test(doc.tokens[k]!.text)) k--;
  return doc.tokens[k]?.text === ':' && /^(?:title|headline)$/i.test(doc.tokens[k - 1]?.text ?? '') && isLineStart(doc, k - 1);
}

function isLineStart(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  return !prev || prev.line !== doc.tokens[i]!.line;
}

/** "East Kazakhstan", "Inner Mongolia": a compass word before a known place. */
function opensCompassPlace(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  return COMPASS_WORDS.has(doc.tokens[i]!.text) && next !== undefined && /^[ \t]+$/.test(next.gapBefore) &&
    (PLACE_NAMES.has(next.text) || knownNameLength(doc, i + 1) > 0);
}

/** Can token i be part of a name (leaving the question of which kind to later rules)? */
function isNameToken(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'abbr') || !t.cap) return false;
  if (doc.upperLines.has(t.line)) return false;
  if (MONTHS.has(t.text) || WEEKDAYS.has(t.text)) return false;
  if (isTitleWord(t.text) || leadsToTitle(doc, i)) return true;
  // An initial: "A. K. Baimenov" (before the stop words, which hold the article "A").
  if (t.kind === 'word' && /^\p{Lu}$/u.test(t.text) && doc.tokens[i + 1]?.text === '.' && doc.tokens[i + 2]?.cap &&
    doc.tokens[i + 1]!.gapBefore === '') return true;
  if (STOP_CAPS.has(t.text) || isMetadataKey(doc, i) || isCodePart(doc, i) || isLabel(doc, i)) return false;
  // "Tripoli-based", "Kremlin-backed": adjectives built on a name.
  if (/-\p{Ll}+$/u.test(t.text)) return false;
  if (t.kind === 'word' && t.text.length === 1) return doc.tokens[i + 1]?.text === '.' && t.text !== 'I';
  if (isKnownName(t.text) || knownNameLength(doc, i) > 0 || opensCompassPlace(doc, i)) return true;
  if ((t.sentenceStart || doc.headingLines.has(t.line)) && !t.upper) {
    if (isCommonWord(t.text)) return false;
    const tags = doc.tagsAt(i);
    // A word the text capitalises mid-sentence too ("Arunas Valiukas … Valiukas said") is a name whatever its tags.
    if (WORD_CLASS_TAGS.some((x) => tags.has(x)) && !NAME_CLASS_TAGS.some((x) => tags.has(x)) && !isDemonym(t.text) &&
      !doc.midSentenceNames.has(t.text)) return false;
  }
  return true;
}

/** "Foreign" in "Foreign Minister X", "Deputy Prime" in "Deputy Prime Minister": modifiers a title follows. */
function leadsToTitle(doc: Doc, i: number): boolean {
  for (let k = i; k < doc.tokens.length && k < i + 5; k++) {
    const w = doc.tokens[k]!.text;
    if (k > i && isTitleWord(w)) return true;
    if (!TITLE_MODIFIERS.has(w)) return false;
  }
  return false;
}

/** The gap between two tokens can sit inside a name: spaces, or one line break inside a paragraph. */
function joinableGap(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  const prev = doc.tokens[k - 1]!;
  if (t.gapBefore.length === 0 && prev.kind !== 'punct') return true;
  if (!/^\s+$/.test(t.gapBefore) || /\n[ \t]*\r?\n/.test(t.gapBefore)) return false;
  if (t.line !== prev.line && opensIndentedParagraph(doc.text, prev, t.gapBefore)) return false;
  if (t.line !== prev.line && (doc.headingLines.has(prev.line) || doc.headingLines.has(t.line))) return false;
  // A name does not run on into a dateline or a capitals word on the next line ("Anvar Rahimov\nKHOROG").
  if (t.line !== prev.line && t.upper !== prev.upper) return false;
  return true;
}

/** "of" continues a name after an organisation or place head anywhere in it ("Ministry of Health of the
 * Kyrgyz Republic"), or right after a title ("Minister of Defence"), but not after a person's name. */
function hasHead(doc: Doc, first: number, last: number): boolean {
  if (TITLE_HEADS.has(doc.tokens[last]!.text)) return true;
  for (let k = first; k <= last; k++) {
    const w = doc.tokens[k]!.text;
    if (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || STATE_WORDS.has(w)) return true;
  }
  return false;
}

const MULTI_WORD_NAMES: ReadonlyMap<string, number> = (() => {
  const firsts = new Map<string, number>();
  for (const name of [...PLACE_NAMES, ...ORG_NAMES]) {
    const words = name.split(' ');
    if (words.length > 1) firsts.set(words[0]!, Math.max(firsts.get(words[0]!) ?? 0, words.length));
  }
  return firsts;
})();

/** The number of tokens of the known multi-word name ("United States", "New York") that token i opens, or 0:
 * such a name is taken whole even where "United" alone would be an ordinary word (a heading, a sentence start). */
function knownNameLength(doc: Doc, i: number): number {
  const max = MULTI_WORD_NAMES.get(doc.tokens[i]!.text);
  let found = 0;
  for (let len = 2; max && len <= max + 2 && i + len - 1 < doc.tokens.length; len++) {
    const text = doc.text.slice(doc.tokens[i]!.start, doc.tokens[i + len - 1]!.end).replace(/(?:\s|\\_)+/g, ' ');
    if (PLACE_NAMES.has(text) || ORG_NAMES.has(text)) found = len;
  }
  return found;
}

/** Finds every run of name tokens in the document, in order. */
/** Tokens in the longest name: "Ministry of Road and Transport Development of the Kyrgyz Republic" has 11. */
const MAX_RUN_TOKENS = 24;

export function findRuns(doc: Doc): Run[] {
  const runs: Run[] = [];
  const n = doc.tokens.length;
  let i = 0;
  while (i < n) {
    if (!isNameToken(doc, i)) { i++; continue; }
    let last = i;
    // No name runs longer; the bound keeps the rules on a run (which try its prefixes) linear on a page of capitals.
    while (last - i + 1 < MAX_RUN_TOKENS) {
      const next = extend(doc, i, last);
      if (next < 0) break;
      last = next;
    }
    const parts = splitCoordination(doc, { first: i, last });
    parts[0] = withOrdinal(doc, parts[0]!);
    runs.push(...parts);
    i = last + 1;
  }
  return runs;
}

/** "305th Military Base", "41st Brigade": a unit's ordinal belongs to its name. */
function withOrdinal(doc: Doc, run: Run): Run {
  const ordinal = doc.tokens[run.first - 1];
  if (!ordinal || !isOrdinal(ordinal.text) || !/^[ \t]+$/.test(doc.tokens[run.first]!.gapBefore)) return run;
  return UNIT_HEADS.has(doc.tokens[run.last]!.text) ? { first: run.first - 1, last: run.last } : run;
}

export function isOrdinal(word: string): boolean {
  return /^\d+(?:st|nd|rd|th)$/.test(word);
}

/** The index the run [first, last] can extend to, or -1. */
function extend(doc: Doc, first: number, last: number): number {
  const tokens = doc.tokens;
  const k = last + 1;
  const t = tokens[k];
  if (!t || t.kind === 'poss') return -1;
  if (k < first + knownNameLength(doc, first)) return k;
  if (isNameToken(doc, k) && joinableGap(doc, k) && !isDemonymAfterName(doc, last, k)) return k;
  // After a first name any capitalised word is the surname ("Anna Field", "Mark Stone").
  if (t.cap && t.kind === 'word' && !t.sentenceStart && !doc.upperLines.has(t.line) && isFirstName(tokens[last]!.text) &&
    !isTitleWord(tokens[last]!.text) && joinableGap(doc, k) && t.line === tokens[last]!.line && !/-\p{Ll}+$/u.test(t.text) &&
    !MONTHS.has(t.text) && !WEEKDAYS.has(t.text) && !/^(?:The|A|An|And|Or|Of|In|On|At|To|For|But)$/.test(t.text)) return k;
  const lower = t.text;
  if (t.kind === 'word' && LOWERCASE_NAME_PARTS.has(lower) && joinableGap(doc, k)) return k;
  // An initial: "John F. Kennedy".
  if (t.text === '.' && tokens[last]!.text.length === 1 && t.gapBefore === '' && isNameToken(doc, k + 1) &&
    joinableGap(doc, k + 1)) return k + 1;
  if (t.text === '&' && isNameToken(doc, k + 1) && /^ ?$/.test(t.gapBefore)) return k + 1;
  if (t.kind !== 'word' || t.cap || !joinableGap(doc, k)) return -1;
  let m = k + 1;
  if (OF_WORDS.has(lower) && tokens[m]?.text === 'the' && joinableGap(doc, m)) m++;
  // "Pieter van der Velde": particles may come in pairs.
  if (PARTICLES.has(lower)) while (tokens[m] && PARTICLES.has(tokens[m]!.text) && joinableGap(doc, m)) m++;
  if (!isNameToken(doc, m) || !joinableGap(doc, m)) return -1;
  // "Jalal Region of Kyrgyzstan" is a region and the country it lies in.
  if (lower === 'of' && last > first && REGION_HEADS.has(tokens[last]!.text)) return -1;
  // "Dow Chemical Co of the United States": an abbreviated legal form ends a company's name.
  if (lower === 'of' && COMPANY_SUFFIXES.has(tokens[last]!.text) && !/^(?:Company|Corporation)$/.test(tokens[last]!.text)) return -1;
  if (OF_WORDS.has(lower)) return hasHead(doc, first, last) || continuesKnownName(doc, first, m) ? m : -1;
  if (lower === 'in') return continuesKnownName(doc, first, m) ? m : -1;
  if (lower === 'and') return m;
  if (PARTICLES.has(lower)) return m;
  return -1;
}

/** A demonym after a completed name starts something else: prose never writes "Erlan Sadykov Kazakh …", but a
 * heading may run a name into the next phrase ("Talks With Wang Lin Chinese Delegation"). */
function isDemonymAfterName(doc: Doc, last: number, k: number): boolean {
  const prev = doc.tokens[last]!.text;
  const next = doc.tokens[k + 1];
  // "MIAT Mongolian Airlines" stays one name: the demonym leads to an organisation head.
  if (next && ORG_HEADS.has(next.text) && joinableGap(doc, k + 1)) return false;
  return isDemonym(doc.tokens[k]!.text) && !TITLE_MODIFIERS.has(prev) && !isDemonym(prev) && !isCommonWord(prev);
}

/** The run so far plus its continuation is the start of a known multi-word name ("Horn of Africa"). */
function continuesKnownName(doc: Doc, first: number, m: number): boolean {
  const prefix = doc.text.slice(doc.tokens[first]!.start, doc.tokens[m]!.end).replace(/\s+/g, ' ');
  for (const name of [...PLACE_NAMES, ...ORG_NAMES]) if (name.startsWith(prefix)) return true;
  return false;
}

/** "Ministry of Oil and Gas": an "of" before the "and" makes one name of the coordination. */
function beforeHasOf(doc: Doc, first: number, k: number): boolean {
  for (let j = first; j < k; j++) if (doc.tokens[j]!.text === 'of' || doc.tokens[j]!.text === 'for') return true;
  return false;
}

/** Splits a run at an "and" that does not join two halves of one organisation name: "Press and Information
 * Committee" stays whole, "Tajikistan and Kyrgyzstan" and "Kazakh TV and Radio" do not. */
function splitCoordination(doc: Doc, run: Run): Run[] {
  for (let k = run.first + 1; k < run.last; k++) {
    const t = doc.tokens[k]!;
    if (t.text !== 'and') continue;
    let nextAnd = k + 1;
    while (nextAnd <= run.last && doc.tokens[nextAnd]!.text !== 'and') nextAnd++;
    const after = { first: k + 1, last: nextAnd - 1 };
    const isHead = (w: string): boolean => ORG_HEADS.has(w) || BUSINESS_HEADS.has(w);
    const endsInHead = isHead(doc.tokens[after.last]!.text) && after.last > after.first;
    // "Tessaro Capital and Brandwell Holdings": two complete names, each with its own head.
    const proper = (x: { text: string }): boolean => !isHead(x.text) && !isDemonym(x.text) && !isCommonWord(x.text);
    const legalForm = COMPANY_SUFFIXES.has(doc.tokens[k - 1]!.text);
    const twoNames = endsInHead && isHead(doc.tokens[k - 1]!.text) && !beforeHasOf(doc, run.first, k) &&
      (legalForm || doc.tokens.slice(run.first, k - 1).some(proper)) && proper(doc.tokens[k + 1]!);
    // "Ministry of Trade and Industry" is one name; "Department of Commerce and Mongolia" is two.
    const afterText = doc.text.slice(doc.tokens[after.first]!.start, doc.tokens[after.last]!.end);
    const afterWords = afterText.split(/\s+/);
    const beforeAnd = doc.tokens.slice(run.first, k);
    // A minister's portfolio may run on to the name: "Minister of Road and Transport Development X Y".
    const titlePortfolio = beforeAnd.some((x, j) => TITLE_HEADS.has(x.text) && /^(?:of|for)$/.test(beforeAnd[j + 1]?.text ?? ''));
    const insideOf = beforeAnd.some((x) => x.text === 'of' || x.text === 'for') &&
      !isKnownName(afterText) && doc.tokens[after.last + 1]?.kind !== 'poss' && (afterWords.length <= 3 || titlePortfolio) &&
      !afterWords.some((w) => isTitleWord(w) || /^\p{Ll}/u.test(w));
    if ((endsInHead && !twoNames) || insideOf) continue;
    return [{ first: run.first, last: k - 1 }, ...splitCoordination(doc, { first: k + 1, last: run.last })];
  }
  return [run];
}
