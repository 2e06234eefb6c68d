// Weighs the evidence for what one piece names: lexicons, head nouns, first names and surname endings,
// compromise's tags, and the words around it. Each rule adds weight to a kind; the strongest wins.
import { isOrdinal } from './candidates';
import { appositionKind, employerCue, marketCue, statementCue } from './contextCues';
import type { Doc } from './document';
import { BUSINESS_HEADS, ORG_HEADS, ORG_NAMES, ORG_NOUNS, ORG_SUFFIX, GENERIC_HEADS, MEDIA_HEADS } from './lexicons/organizations';
import { KIN_NOUNS, PERSON_VERBS, ROLE_NOUNS, SURNAME_SUFFIX } from './lexicons/people';
import { COUNTRY_NAMES, PLACE_HEADS, PLACE_NAMES, PLACE_NOUNS_AFTER, PLACE_OPENERS, PLACE_PREPOSITIONS, STATE_WORDS } from './lexicons/places';
import { isDemonym } from './lexicons/demonyms';
import { LABEL_WORDS, MISC_HEADS, MISC_OPENERS } from './lexicons/words';
import { isCommonWord, lexiconTags } from './nlp';
import { isFirstName, isKnownName, isTitleWord, lexiconKind } from './names';
import type { Piece } from './titles';
import { isCompassPlace, spanText } from './titles';

export type Kind = 'person' | 'organization' | 'place' | 'misc' | 'none';
export type Scores = Record<Kind, number>;

/** Weights: a lexicon or a head noun settles the question; context only tips the balance. */
export const CERTAIN = 10;
const STRONG = 6;
const MEDIUM = 3;
const WEAK = 1;

export function emptyScores(): Scores {
  return { person: 0, organization: 0, place: 0, misc: 0, none: 0 };
}

/** The winning kind and its margin over the runner-up. */
export function best(scores: Scores): { kind: Kind; score: number; margin: number } {
  const sorted = (Object.entries(scores) as Array<[Kind, number]>).sort((a, b) => b[1] - a[1]);
  const [top, second] = sorted;
  return { kind: top![1] > 0 ? top![0] : 'none', score: top![1], margin: top![1] - second![1] };
}

function wordIndices(doc: Doc, piece: Piece): number[] {
  const out: number[] = [];
  for (let k = piece.first; k <= piece.last; k++) if (doc.tokens[k]!.kind === 'word' || doc.tokens[k]!.kind === 'abbr') out.push(k);
  return out;
}

/** What the piece itself says: its spelling, lexicons and head nouns. */
export function intrinsicScores(doc: Doc, piece: Piece): Scores {
  const s = emptyScores();
  const text = spanText(doc, piece.first, piece.last);
  const ws = wordIndices(doc, piece).map((k) => doc.tokens[k]!.text);
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w));
  const n = caps.length;
  const first = ws[0]!;
  const last = ws[ws.length - 1]!;
  const known = lexiconKind(text);
  if (known) s[known] += CERTAIN;
  if (piece.titled) s.person += CERTAIN;
  if (isCompassPlace(doc, piece)) s.place += CERTAIN;
  if (n >= 2 && MISC_OPENERS.has(first)) s.misc += CERTAIN;
  if (n >= 2 && MISC_HEADS.has(last) && !ORG_HEADS.has(last)) s.misc += STRONG;
  if (n >= 2 && (PLACE_HEADS.has(last) || PLACE_OPENERS.has(first))) s.place += STRONG;
  if (STATE_WORDS.has(first) && ws[1] === 'of') s.place += STRONG;
  const orgHeadAt = ws.findIndex((w, i) => ORG_HEADS.has(w) && (i === ws.length - 1 || ws[i + 1] === 'of' || ws[i + 1] === 'for'));
  const headAt = orgHeadAt >= 0 ? orgHeadAt : isCompanyName(caps) ? ws.length - 1 : -1;
  if (n >= 2 && headAt >= 0) s.organization += STRONG;
  // "305th Military Base", "41st Brigade": a numbered unit.
  if (isOrdinal(doc.tokens[piece.first]!.text)) s.organization += STRONG;
  if (n === 1 && (GENERIC_HEADS.has(first) || MEDIA_HEADS.has(first) || isTitleWord(first)) && !known) s.none += CERTAIN;
  // "a Press Release", "the Backgrounder": a document's kind, capitalised.
  if (ws.every((w) => LABEL_WORDS.has(w.toLowerCase())) && !known) s.none += CERTAIN;
  // "Central Asian", "South Korean": an adjective, not a name.
  if (isDemonym(last) && !known) s.none += CERTAIN;
  // A capitalised ordinary word on its own ("Report", "Partners") is a heading word, not a name.
  if (n === 1 && isCommonWord(first) && !known) s.none += MEDIUM;
  if (ws.some((w) => ORG_NAMES.has(w)) && n >= 2 && !known) s.organization += MEDIUM;
  if (n >= 2 && n <= 4 && isFirstName(first) && headAt < 0 && !PLACE_HEADS.has(last)) s.person += STRONG;
  if (n <= 4 && headAt < 0 && caps.some((w) => SURNAME_SUFFIX.test(w) && w.length > 4 && !PLACE_NAMES.has(w))) s.person += n >= 2 ? STRONG : MEDIUM;
  if (n === 1 && /^\p{Lu}{2,6}$/u.test(first) && !known) s.organization += MEDIUM;
  // "A. Moreau", "John F. Kennedy": initials belong to people.
  if (n >= 2 && headAt < 0 && caps.some((w) => /^\p{Lu}$/u.test(w)) && /^\p{Lu}\.?\s*\S/u.test(text)) s.person += STRONG;
  // "Air France", "Air Astana": airlines.
  if (n >= 2 && first === 'Air' && lexiconKind(ws.slice(1).join(' '))) s.organization += CERTAIN + STRONG;
  if (n >= 2 && caps.every((w) => w === w.toUpperCase()) && !known) s.organization += MEDIUM;
  if (n === 1 && ORG_SUFFIX.test(first) && first.length > 6 && !known) s.organization += MEDIUM;
  if (n === 1 && lexiconTags(first).includes('LastName')) s.person += MEDIUM;
  if (n === 1 && isFirstName(first)) s.person += WEAK;
  // Two or three capitalised words with no head noun are most often a person's names.
  if (n >= 2 && n <= 3 && headAt < 0 && !known && caps.length === ws.length && !caps.some((w) => w === w.toUpperCase()) &&
    !caps.some((w) => isCommonWord(w)) && !doc.headingLines.has(doc.tokens[piece.first]!.line)) s.person += 2 * WEAK;
  return s;
}

/** "Varnel Copper", "Kolvar Motors": a line of business after a word that is no ordinary English word
 * ("Natural Gas" and "Copper" alone are not names). */
function isCompanyName(caps: readonly string[]): boolean {
  const n = caps.length;
  return n >= 2 && BUSINESS_HEADS.has(caps[n - 1]!) && caps.slice(0, -1).some((w) => !BUSINESS_HEADS.has(w) && !isCommonWord(w));
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region'];
const ORG_TAGS = ['Organization', 'SportsTeam', 'Company'];

/** compromise's view, one vote per tagged word. */
export function nlpScores(doc: Doc, piece: Piece): Scores {
  const s = emptyScores();
  for (const k of wordIndices(doc, piece)) {
    const tags = doc.tagsAt(k);
    if (PERSON_TAGS.some((t) => tags.has(t))) s.person += WEAK;
    if (PLACE_TAGS.some((t) => tags.has(t))) s.place += WEAK;
    if (ORG_TAGS.some((t) => tags.has(t))) s.organization += WEAK;
  }
  return s;
}

/** Lower-case words just before and after the piece (skipping "the" and punctuation before). */
function neighbours(doc: Doc, piece: Piece): { before: string[]; after: string[]; prevPunct: string; nextPunct: string } {
  const before: string[] = [];
  let prevPunct = '';
  for (let k = piece.first - 1; k >= 0 && before.length < 3; k--) {
    const t = doc.tokens[k]!;
    if (t.kind === 'punct') {
      if (before.length === 0 && !prevPunct) prevPunct = t.text;
      if (t.text !== ',' && t.text !== ':') break;
      continue;
    }
    before.push(t.text.toLowerCase());
  }
  const after: string[] = [];
  let nextPunct = '';
  for (let k = piece.last + 1; k < doc.tokens.length && after.length < 4; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'poss') continue;
    if (t.kind === 'punct') { if (after.length === 0) nextPunct = t.text; break; }
    if (t.cap && after.length === 0) break;
    after.push(t.text.toLowerCase());
  }
  return { before, after, prevPunct, nextPunct };
}

/** What the surrounding words say ("in X", "X region", "oil company X", "X said", "his son, X"). */
export function contextScores(doc: Doc, piece: Piece): Scores {
  const s = emptyScores();
  const { before, after, prevPunct } = neighbours(doc, piece);
  const b0 = before[0] === 'the' ? before[1] : before[0];
  if (b0 && PLACE_PREPOSITIONS.has(b0) && !prevPunct) s.place += 2 * WEAK;
  const text = spanText(doc, piece.first, piece.last);
  // "the West" as a noun for the Western countries.
  if (/^(?:West|East)$/.test(text) && before[0] === 'the' && !doc.tokens[piece.last + 1]?.cap) s.place += STRONG;
  // "U.S. dollar" names a currency, not the country.
  if (after[0] && /^(?:dollars?|cents?)$/.test(after[0]) && COUNTRY_NAMES.has(text)) s.none += 2 * CERTAIN;
  // The value of a "Publication:" or "Source:" metadata line is a periodical or an agency.
  if (prevPunct === ':' && before[0] && /^(?:publication|source|newspaper|publisher|agency)$/.test(before[0])) s.organization += STRONG;
  // A sports fixture: "v Northfield", "Riverton 3 Lakeside 2", a league table row.
  if (before[0] === 'v' || before[0] === 'vs') s.organization += MEDIUM;
  if (isScoreLine(doc, piece)) s.organization += MEDIUM;
  // A role noun next to it: "presidential adviser X", "X, a wealthy businessman".
  const roleBefore = before[0] && ROLE_NOUNS.has(before[0]) && !prevPunct;
  const apposition = appositionKind(doc, piece);
  if (roleBefore || apposition === 'person') s.person += MEDIUM;
  if (apposition === 'organization') s.organization += STRONG;
  if (marketCue(doc, piece) || employerCue(doc, piece)) s.organization += STRONG;
  if (statementCue(doc, piece)) s.organization += MEDIUM;
  if (after[0] && PLACE_NOUNS_AFTER.has(after[0])) s.place += MEDIUM;
  if (b0 && ORG_NOUNS.has(b0) && !prevPunct) s.organization += MEDIUM;
  const orgAfter = after.findIndex((w) => ORG_NOUNS.has(w));
  if (orgAfter >= 0 && orgAfter <= 2 && !after.slice(0, orgAfter).some((w) => PERSON_VERBS.has(w) || /^(?:is|was|has|had|and|or|to|of|in)$/.test(w))) s.organization += MEDIUM;
  if (after[0] && PERSON_VERBS.has(after[0]) && !statementCue(doc, piece)) s.person += WEAK;
  if (b0 && /^(?:said|says|told|according)$/.test(b0) && !prevPunct) s.person += WEAK;
  if (isByline(doc, piece)) s.person += STRONG;
  // "the city of X", "the southern town of X".
  if (before[0] === 'of' && before[1] && /^(?:city|town|village|province|region|district|port|capital|island|state)$/.test(before[1])) {
    s.place += STRONG;
  }
  if (prevPunct === ',' && before[0] && KIN_NOUNS.has(before[0])) s.person += STRONG;
  if (isTypeLineValue(doc, piece) && !wordIndices(doc, piece).some((k) => isKnownName(doc.tokens[k]!.text))) s.none += CERTAIN;
  return s;
}

/** "[Report by Aivars Ziedonis: …]", "By Anna Field", "commentary by Arman Serikov": the author of a piece. */
function isByline(doc: Doc, piece: Piece): boolean {
  const by = doc.tokens[piece.first - 1];
  if (!by || !/^(?:by|By|BY)$/.test(by.text)) return false;
  const before = doc.tokens[piece.first - 2];
  return !before || (before.line !== by.line && by.text !== 'by') || before.text === '[' ||
    /^(?:report|article|commentary|interview|dispatch|feature|editorial|column|analysis|story)$/i.test(before.text);
}

/** The value of an FBIS "Document Type:" or "Article Type:" line names a series or a code ("Daily Report", "BFN");
 * it holds an entity only where a known name stands in it ("FBIS TRENDS"). */
function isTypeLineValue(doc: Doc, piece: Piece): boolean {
  const line = doc.tokens[piece.first]!.line;
  let s = piece.first;
  while (s > 0 && s > piece.first - 8 && doc.tokens[s - 1]!.line === line) s--;
  const t = doc.tokens;
  return /^(?:Article|Document)$/.test(t[s]!.text) && t[s + 1]?.text === 'Type' && t[s + 2]?.text === ':';
}

/** The name is followed directly by a number on a line of several numbers (a score or a table row). */
function isScoreLine(doc: Doc, piece: Piece): boolean {
  const next = doc.tokens[piece.last + 1];
  if (!next || next.kind !== 'num' || next.line !== doc.tokens[piece.last]!.line || !/^\d{1,3}$/.test(next.text)) return false;
  let numbers = 0;
  for (let k = piece.last + 1; k < doc.tokens.length && doc.tokens[k]!.line === next.line; k++) if (doc.tokens[k]!.kind === 'num') numbers++;
  return numbers >= 2;
}

export function addScores(into: Scores, from: Scores, factor = 1): Scores {
  for (const k of Object.keys(into) as Kind[]) into[k] += from[k] * factor;
  return into;
}
