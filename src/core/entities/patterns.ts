// Local patterns that type a name by its neighbour: "Kapshagai (Almaty Region)" and "Andijan, Uzbekistan"
// name two places; "(Interfax, July 1)" names a source; "peacekeeping battalion (KAZBAT)" defines an acronym.
import { type Scores, emptyScores } from './classify';
import { isFirstName, lexiconKind } from './names';
import type { Doc } from './document';
import { COUNTRY_NAMES, PLACE_HEADS, PLACE_NAMES, PLACE_NOUNS_AFTER } from './lexicons/places';
import { ORG_HEADS, ORG_NOUNS } from './lexicons/organizations';
import { MONTHS } from './lexicons/words';
import type { Piece } from './titles';
import { spanText } from './titles';

const STRONG = 6;

/** An acronym defined in parentheses and what it stands for. */
export interface AcronymLink {
  acronym: Piece;
  /** The capitalised long form, when there is one ("Centre for Border Studies (CBS)"). */
  longPiece?: Piece;
  /** The long form as written, also when it is a lower-case description ("peacekeeping battalion"). */
  longText: string;
  kind: 'organization' | 'place' | undefined;
}

const ORG_DESCRIPTION_HEADS = new Set([...ORG_NOUNS, 'battalion', 'brigade', 'regiment', 'division', 'unit', 'units',
  'force', 'forces', 'army', 'ministry', 'council', 'committee', 'commission', 'service', 'office', 'parliament',
  'house', 'court', 'bureau', 'center', 'centre', 'institute', 'fund', 'contingent', 'mission', 'front', 'guard']);

function pieceIsPlace(doc: Doc, piece: Piece | undefined): boolean {
  if (!piece) return false;
  const text = spanText(doc, piece.first, piece.last);
  const last = doc.tokens[piece.last]!.text;
  return lexiconKind(text) === 'place' || (PLACE_HEADS.has(last) && piece.last > piece.first);
}

/** Bonus scores from the two-places patterns, keyed by piece index. */
export function placePairScores(doc: Doc, pieces: readonly Piece[]): Map<number, Scores> {
  const out = new Map<number, Scores>();
  const add = (i: number, kind: 'place' | 'person', w: number): void => {
    const s = out.get(i) ?? emptyScores();
    s[kind] += w;
    out.set(i, s);
  };
  for (let i = 0; i + 1 < pieces.length; i++) {
    const a = pieces[i]!;
    const b = pieces[i + 1]!;
    const between = doc.text.slice(doc.tokens[a.last]!.end, doc.tokens[b.first]!.start);
    const after = doc.tokens[b.last + 1];
    // "Kapshagai (Almaty Region)": a place in parentheses right after a name.
    // (A multi-word name before a country in parentheses is usually a person and a nationality.)
    const regionInside = PLACE_HEADS.has(doc.tokens[b.last]!.text);
    if (/^\s*\($/.test(between) && after?.text === ')' && pieceIsPlace(doc, b) && !isFirstName(doc.tokens[a.first]!.text) &&
      (a.first === a.last || regionInside)) {
      add(i, 'place', STRONG);
    }
    // "Andijan, Uzbekistan", "Isfana, Kyrgyzstan": a name, a comma and a country or region.
    if (/^,\s*$/.test(between) && (COUNTRY_NAMES.has(spanText(doc, b.first, b.last)) || isRegion(doc, b)) &&
      !(after && after.kind === 'poss') && !isListOfPlaces(doc, pieces, i)) add(i, 'place', STRONG);
    // "Anna Novak (Czechia)": a full name with a nationality in parentheses.
    if (/^\s*\($/.test(between) && after?.text === ')' && a.last > a.first && COUNTRY_NAMES.has(spanText(doc, b.first, b.last)) &&
      !PLACE_HEADS.has(doc.tokens[a.last]!.text) && !ORG_HEADS.has(doc.tokens[a.last]!.text)) add(i, 'person', 4);
  }
  return out;
}

/** A region compromise knows ("Wisconsin", "Bavaria") or one of our regions. */
function isRegion(doc: Doc, piece: Piece): boolean {
  if (piece.first !== piece.last) return pieceIsPlace(doc, piece);
  const tags = doc.tagsAt(piece.first);
  return pieceIsPlace(doc, piece) || tags.has('Region') || tags.has('Country');
}

/** "Armenia, Georgia, Azerbaijan" is a list, not "city, country": only the first case counts. */
function isListOfPlaces(doc: Doc, pieces: readonly Piece[], i: number): boolean {
  const prev = pieces[i - 1];
  if (!prev) return false;
  const between = doc.text.slice(doc.tokens[prev.last]!.end, doc.tokens[pieces[i]!.first]!.start);
  return /^,\s*$/.test(between) && PLACE_NAMES.has(spanText(doc, prev.first, prev.last));
}

/** Pieces that open a parenthetical source reference: "(Interfax, July 1)", "(Kabar, 3 May)". */
export function sourceCueScores(doc: Doc, pieces: readonly Piece[]): Map<number, Scores> {
  const out = new Map<number, Scores>();
  pieces.forEach((p, i) => {
    const before = doc.tokens[p.first - 1];
    const comma = doc.tokens[p.last + 1];
    const date = doc.tokens[p.last + 2];
    if (before?.text !== '(' || comma?.text !== ',' || !date) return;
    if (MONTHS.has(date.text) || /^\d{1,2}$/.test(date.text)) {
      const s = emptyScores();
      s.organization += STRONG;
      out.set(i, s);
    }
  });
  return out;
}

/** Upper-case pieces in parentheses right after a long form: "(KAZBAT)", "(CBS)". */
export function findAcronyms(doc: Doc, pieces: readonly Piece[]): AcronymLink[] {
  const links: AcronymLink[] = [];
  pieces.forEach((p, i) => {
    if (p.first !== p.last) return;
    const word = doc.tokens[p.first]!.text;
    if (!/^\p{Lu}[\p{Lu}\p{N}-]{1,9}$/u.test(word)) return;
    const open = doc.tokens[p.first - 1];
    if (open?.text !== '(' || doc.tokens[p.last + 1]?.text !== ')') return;
    const prev = pieces[i - 1];
    if (prev && prev.last === p.first - 2) {
      const longText = spanText(doc, prev.first, prev.last);
      const kind = lexiconKind(longText) ?? (pieceIsPlace(doc, prev) ? 'place' : 'organization');
      links.push({ acronym: p, longPiece: prev, longText, kind });
      return;
    }
    const description = lowerCaseDescription(doc, p.first - 2);
    if (description) links.push({ acronym: p, longText: description.text, kind: description.kind });
  });
  return links;
}

/** The lower-case noun phrase ending at token k ("Kazakhstani peacekeeping battalion") and its kind. */
function lowerCaseDescription(doc: Doc, k: number): { text: string; kind: 'organization' | 'place' | undefined } | undefined {
  const head = doc.tokens[k];
  if (!head || head.kind !== 'word' || head.cap) return undefined;
  let start = k;
  while (start - 1 >= 0 && start > k - 4 && doc.tokens[start - 1]!.kind === 'word' &&
    !/^(?:the|a|an|its|his|her|their|of|and|in|on|at|to|by|with|for|where|which|that)$/i.test(doc.tokens[start - 1]!.text)) start--;
  const text = spanText(doc, start, k);
  const noun = head.text.toLowerCase();
  const kind = ORG_DESCRIPTION_HEADS.has(noun) || ORG_HEADS.has(head.text) ? 'organization'
    : PLACE_NOUNS_AFTER.has(noun) ? 'place' : undefined;
  return { text, kind };
}
