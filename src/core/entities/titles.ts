// Cuts titles, honorifics and leading demonyms out of a run, so that a span covers only the name:
// "Kazakhstan Interior Minister Zautbek Turisbekov" → place "Kazakhstan", person "Zautbek Turisbekov"
// with role "Interior Minister"; "Lt.-General Bolat Sembinov" → "Bolat Sembinov" (the rank is no part of the name).
import type { Run } from './candidates';
import { isFirstName, isHonorific, isKnownName, isTitleWord, lexiconKind } from './names';
import { isCommonWord } from './nlp';
import type { Doc } from './document';
import { isDemonym, NAME_ADJECTIVES } from './lexicons/demonyms';
import { COMPANY_SUFFIXES, GENERIC_HEADS, MEDIA_HEADS, ORG_HEADS, ORG_NAMES } from './lexicons/organizations';
import { REPRESENTATIVE_TITLES, TITLE_HEADS, TITLE_MODIFIERS, TITLE_UNITS } from './lexicons/people';
import { COMPASS_WORDS, COUNTRY_NAMES, PLACE_HEADS, PLACE_NAMES } from './lexicons/places';
import { MISC_HEADS } from './lexicons/words';

/** A stretch of a run that names one thing (its kind decided later). */
export interface Piece extends Run {
  /** The title the text puts before this name ("Interior Minister"). */
  role?: string;
  /** A title or honorific stood right before it, so it names a person. */
  titled: boolean;
}

const COURTESY = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Sir', 'Dame', 'Messrs', 'Messrs.',
  'Mme', 'Mme.', 'Mlle', 'Herr', 'Monsieur', 'Madame', 'Senor', 'Señor', 'Lord', 'Lady']);

function words(doc: Doc, run: Run): number[] {
  const out: number[] = [];
  for (let k = run.first; k <= run.last; k++) if (doc.tokens[k]!.kind !== 'punct') out.push(k);
  return out;
}

/** Text of tokens first..last as written, with whitespace runs (and escaped "\\_") made single spaces. */
export function spanText(doc: Doc, first: number, last: number): string {
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end).replace(/(?:\s|\\_)+/g, ' ');
}

/** The whole run is one known multi-word name ("General Motors", "Secretary General"…) when the lexicon says so. */
function isWholeKnown(doc: Doc, run: Run): boolean {
  const text = spanText(doc, run.first, run.last);
  return PLACE_NAMES.has(text) || ORG_NAMES.has(text);
}

/** Is token k a title word, or a modifier that leads to one within the run ("Deputy Defense Minister")? */
function startsTitle(doc: Doc, ws: number[], at: number): boolean {
  for (let p = at; p < ws.length; p++) {
    const w = doc.tokens[ws[p]!]!.text;
    if (isTitleWord(w)) return true;
    if (!TITLE_MODIFIERS.has(w)) return false;
  }
  return false;
}

/** End (exclusive, in `ws`) of the title starting at `at`: modifiers, heads, honorifics and an "of …" tail made
 * of title words ("Minister of Foreign Affairs", "Secretary of the Treasury"). */
function titleEnd(doc: Doc, ws: number[], at: number): number {
  let p = at;
  let lastHead = -1;
  while (p < ws.length) {
    const w = doc.tokens[ws[p]!]!.text;
    if (isTitleWord(w)) { lastHead = p; p++; continue; }
    if (TITLE_MODIFIERS.has(w) && startsTitle(doc, ws, p)) { p++; continue; }
    if ((w === 'of' || w === 'for') && lastHead === p - 1) {
      let q = p + 1;
      if (doc.tokens[ws[q]!]?.text === 'the') q++;
      const tailStart = q;
      while (q < ws.length && isTitleTailWord(doc.tokens[ws[q]!]!.text)) q++;
      if (q > tailStart) { p = q; continue; }
    }
    break;
  }
  return lastHead < 0 ? at : Math.max(p, lastHead + 1);
}

/** Words that can follow "Minister of" / "Secretary of the" as part of the title rather than a name. */
function isTitleTailWord(word: string): boolean {
  if (isKnownName(word)) return false;
  return TITLE_MODIFIERS.has(word) || ORG_HEADS.has(word) || /^(?:Affairs|Situations|State|Treasury|Interior|Staff|Defen[cs]e|Justice|Commerce)$/.test(word);
}

/** The role a title gives: position heads win over honorifics and ranks; courtesy titles are no role. */
function roleOf(doc: Doc, ws: number[], from: number, to: number, countryBefore: string | undefined): string | undefined {
  let end = to;
  while (end > from && isHonorific(doc.tokens[ws[end - 1]!]!.text) && !TITLE_HEADS.has(doc.tokens[ws[end - 1]!]!.text)) end--;
  let start = from;
  if (end === from) {
    end = to;
    while (start < end && COURTESY.has(doc.tokens[ws[start]!]!.text)) start++;
    if (start === end) return undefined;
  }
  const role = spanText(doc, ws[start]!, ws[end - 1]!);
  const head = doc.tokens[ws[end - 1]!]!.text;
  return countryBefore && REPRESENTATIVE_TITLES.has(head) ? `${countryBefore} ${role}` : role;
}

/** Splits a run into the pieces that name things, dropping titles and demonyms. */
export function segmentRun(doc: Doc, run: Run): Piece[] {
  if (isWholeKnown(doc, run)) return [{ ...run, titled: false }];
  const ws = words(doc, run);
  for (let p = 0; p < ws.length; p++) {
    if (!isTitleWord(doc.tokens[ws[p]!]!.text) && !(TITLE_MODIFIERS.has(doc.tokens[ws[p]!]!.text) && startsTitle(doc, ws, p))) continue;
    if (doc.tokens[ws[p]!]!.text === 'General' && p + 1 < ws.length && ORG_HEADS.has(doc.tokens[ws[ws.length - 1]!]!.text)) continue;
    const end = titleEnd(doc, ws, p);
    const start = unitTitleStart(doc, ws, p);
    const before = start > 0 ? splitPrefix(doc, { first: run.first, last: ws[start - 1]! }) : [];
    const country = start > 0 ? spanText(doc, ws[0]!, ws[start - 1]!) : undefined;
    const role = roleOf(doc, ws, start, end, country && isKnownName(country) ? country : undefined);
    if (end >= ws.length) return before;
    if (/^\p{Ll}/u.test(doc.tokens[ws[end]!]!.text)) return [...before, ...afterTitleOf(doc, ws, end, run, role)];
    const rest = segmentRun(doc, { first: ws[end]!, last: run.last });
    if (rest.length > 0 && rest[0]!.first === ws[end]) rest[0] = { ...rest[0]!, role, titled: true };
    return [...before, ...rest];
  }
  return splitPrefix(doc, run);
}

/** "UNHCR Mission Director": after an acronym or a known organisation, a unit word opens the title. */
function unitTitleStart(doc: Doc, ws: number[], p: number): number {
  if (p < 2 || !TITLE_UNITS.has(doc.tokens[ws[p - 1]!]!.text)) return p;
  const org = spanText(doc, ws[0]!, ws[p - 2]!);
  const acronym = p === 2 && /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(org);
  return acronym || lexiconKind(org) === 'organization' ? p - 1 : p;
}

/** What follows "Minister of …" in one run: "Minister of Road and Transport Development Delgersaikhan
 * Bayanbaatar" ends with the person, whose role takes in the rest; "Archbishop of Cape Town" names a place. */
function afterTitleOf(doc: Doc, ws: number[], end: number, run: Run, role: string | undefined): Piece[] {
  let q = end;
  while (q < ws.length && /^\p{Ll}/u.test(doc.tokens[ws[q]!]!.text)) q++;
  if (q >= ws.length) return [];
  const tail = { first: ws[q]!, last: run.last };
  if (isWholeKnown(doc, tail)) return [{ ...tail, titled: false }];
  // The person is the last few name-like words, starting at a first name when there is one.
  let p = ws.length;
  while (p - 1 > q && ws.length - p < 3 && isPlainNameWord(doc.tokens[ws[p - 1]!]!.text)) p--;
  const firstName = ws.slice(p).findIndex((k) => isFirstName(doc.tokens[k]!.text));
  if (firstName > 0) p += firstName;
  if (p >= ws.length || p === q) return splitPrefix(doc, tail);
  const middle = { first: ws[q]!, last: ws[p - 1]! };
  // The portfolio ("Road and Transport Development") belongs to the role unless it is a known name ("Russia").
  const middleText = spanText(doc, middle.first, middle.last);
  const middleIsTitle = !lexiconKind(middleText) && !ORG_HEADS.has(doc.tokens[middle.last]!.text);
  const person: Piece = { first: ws[p]!, last: run.last, titled: true };
  if (middleIsTitle) return [{ ...person, role: role ? `${role} ${spanText(doc, ws[end]!, middle.last)}` : undefined }];
  return [...splitPrefix(doc, middle), { ...person, role }];
}

/** A capitalised word that can be part of a person's name (not a title word, head noun or known name). */
function isPlainNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !isTitleWord(word) && !TITLE_MODIFIERS.has(word) && !ORG_HEADS.has(word) &&
    !isKnownName(word) && !isTitleTailWord(word) && !isCommonWord(word);
}

/** Drops leading demonyms and splits a leading known place from the name after it:
 * "Kazakh Defence Ministry" → "Defence Ministry"; "Paris Le Monde" → "Paris" + "Le Monde";
 * "Georgian Parliament" → nothing; "Kazakh TV", "Almaty TV", "Almaty Region" stay whole. */
function splitPrefix(doc: Doc, run: Run): Piece[] {
  if (isWholeKnown(doc, run) || isCompassPlace(doc, run)) return [{ ...run, titled: false }];
  const ws = words(doc, run);
  let p = 0;
  const lastWord = doc.tokens[ws[ws.length - 1]!]!.text;
  // "European Union Border Assistance Mission", "Arab League": a regional adjective opens an organisation's name.
  const opensOrgName = (q: number): boolean => NAME_ADJECTIVES.has(doc.tokens[ws[q]!]!.text) && q + 1 < ws.length &&
    (ORG_HEADS.has(lastWord) || lexiconKind(spanText(doc, ws[q]!, run.last)) === 'organization');
  while (p < ws.length && isDemonym(doc.tokens[ws[p]!]!.text) && !opensOrgName(p)) p++;
  if (p > 0) {
    if (p === ws.length) return [];
    if (p === ws.length - 1 && MEDIA_HEADS.has(lastWord)) return [{ ...run, titled: false }];
    if (p === ws.length - 1 && GENERIC_HEADS.has(lastWord)) return [];
    return splitPrefix(doc, { first: ws[p]!, last: run.last });
  }
  // A country used attributively is its own mention ("Kazakhstan Interior Ministry"); a city or region at the
  // front belongs to the name ("Eurasia Daily Monitor", "Almaty TV") unless what follows is a known name or is
  // written differently ("Paris Le Monde", "Almaty STEPPE HERALD").
  if (isCompanyWithPlace(doc, run, ws)) return [{ ...run, titled: false }];
  for (let q = ws.length - 2; q >= 0; q--) {
    const prefix = spanText(doc, ws[0]!, ws[q]!);
    if (!PLACE_NAMES.has(prefix) && !isUpperPlace(prefix)) continue;
    const rest = ws.slice(q + 1);
    const next = doc.tokens[rest[0]!]!.text;
    if (next === 'of' || next === 'and' || next === '&') break;
    if (rest.length === 1 && (PLACE_HEADS.has(next) || MEDIA_HEADS.has(next) || GENERIC_HEADS.has(next) || MISC_HEADS.has(next))) break;
    const restText = spanText(doc, rest[0]!, run.last);
    const country = COUNTRY_NAMES.has(prefix) || isUpperPlace(prefix);
    const otherCase = restText === restText.toUpperCase() && prefix !== prefix.toUpperCase();
    if (!country && !ORG_NAMES.has(restText) && !otherCase) break;
    return [{ first: ws[0]!, last: ws[q]!, titled: false }, ...splitPrefix(doc, { first: rest[0]!, last: run.last })];
  }
  return [{ ...run, titled: false }];
}

/** A place inside a company's name stays inside: "Mongolia National Mining Corporation", "Kazakhstan Temir Zholy
 * (KTZ)" — a legal form at the end, or an acronym after the name that spells its place too. */
function isCompanyWithPlace(doc: Doc, run: Run, ws: number[]): boolean {
  if (ws.length < 2) return false;
  if (COMPANY_SUFFIXES.has(doc.tokens[ws[ws.length - 1]!]!.text)) return true;
  const [open, acronym, close] = [doc.tokens[run.last + 1], doc.tokens[run.last + 2], doc.tokens[run.last + 3]];
  if (open?.text !== '(' || close?.text !== ')' || !acronym?.upper) return false;
  const initials = ws.map((k) => doc.tokens[k]!.text).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
  return initials.length >= 3 && initials === acronym.text;
}

/** "East Kazakhstan", "Inner Mongolia": a compass word and a known place make one place. */
export function isCompassPlace(doc: Doc, run: Run): boolean {
  const first = doc.tokens[run.first]!;
  return run.last > run.first && COMPASS_WORDS.has(first.text) && PLACE_NAMES.has(spanText(doc, run.first + 1, run.last));
}

function isUpperPlace(word: string): boolean {
  return word === word.toUpperCase() && PLACE_NAMES.has(word.charAt(0) + word.slice(1).toLowerCase());
}
