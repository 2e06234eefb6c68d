// Document-level reasoning: a name typed confidently once is the same kind everywhere, a lone word that
// is the surname of a full name seen elsewhere is that person, and weak local guesses borrow the
// evidence of the name's other occurrences.
import type { EntityType } from '../types';
import { CERTAIN, type Kind, type Scores, addScores, best, contextScores, emptyScores, intrinsicScores, nlpScores } from './classify';
import type { Doc } from './document';
import { addShortFormScores } from './aliases';
import { addListScores } from './lists';
import { lexiconKind } from './names';
import type { Piece } from './titles';
import { spanText } from './titles';

export interface Resolved {
  piece: Piece;
  kind: EntityType;
  /** Normalised name ("Zautbek Turisbekov"), whitespace made single spaces. */
  name: string;
}

/** The name as a case-insensitive key, so "KAZAKHSTAN" meets "Kazakhstan". */
export function keyOf(name: string): string {
  return name.toLowerCase();
}

const MIN_SCORE = 2;
const NLP_THRESHOLD = 6;
const SURNAME_WEIGHT = 12;
const SURNAME_REUSE_WEIGHT = 3;

function capWords(name: string): string[] {
  return name.split(' ').filter((w) => /^\p{Lu}/u.test(w));
}

/** Types every piece, given per-piece bonus scores from patterns and citations. */
export function resolvePieces(doc: Doc, pieces: readonly Piece[], bonus: ReadonlyArray<Scores | undefined>): Resolved[] {
  const names = pieces.map((p) => spanText(doc, p.first, p.last));
  const local = pieces.map((p, i) => {
    const s = intrinsicScores(doc, p);
    addScores(s, contextScores(doc, p));
    const extra = bonus[i];
    if (extra) addScores(s, extra);
    // compromise is asked only where the rules leave the question open.
    if (best(s).score < NLP_THRESHOLD) addScores(s, nlpScores(doc, p));
    return s;
  });
  addListScores(doc, pieces, local);
  addShortFormScores(names, local);
  const byKey = new Map<string, Scores>();
  names.forEach((name, i) => {
    const key = keyOf(name);
    byKey.set(key, addScores(byKey.get(key) ?? emptyScores(), local[i]!));
  });
  const combined = local.map((s, i) => {
    const others = addScores(addScores(emptyScores(), byKey.get(keyOf(names[i]!))!), s, -1);
    return addScores(addScores(emptyScores(), s), others, 1);
  });
  // A two- or three-word name whose last word also stands alone elsewhere is a person referred to by surname.
  const alone = new Set(names.filter((n) => capWords(n).length === 1).map(keyOf));
  names.forEach((name, i) => {
    const words = capWords(name);
    if (words.length >= 2 && words.length <= 3 && words.length === name.split(' ').length && alone.has(keyOf(words[words.length - 1]!)) &&
      !lexiconKind(name)) combined[i]!.person += SURNAME_REUSE_WEIGHT;
  });
  // Surnames of full names decided as people.
  const surnames = new Set<string>();
  combined.forEach((s, i) => {
    const words = capWords(names[i]!);
    if (best(s).kind === 'person' && words.length >= 2) surnames.add(keyOf(words[words.length - 1]!));
  });
  const out: Resolved[] = [];
  pieces.forEach((piece, i) => {
    const s = combined[i]!;
    const name = names[i]!;
    if (capWords(name).length === 1 && surnames.has(keyOf(name)) && !lexiconKind(name) && local[i]!.organization < CERTAIN &&
      local[i]!.place < CERTAIN) s.person += SURNAME_WEIGHT;
    // A decisive "not a name" here (a currency, an adjective) is not outvoted by the name's other occurrences.
    if (local[i]!.none >= CERTAIN) return;
    const top = best(s);
    if (!isEntityKind(top.kind) || top.score < MIN_SCORE) return;
    out.push({ piece, kind: top.kind, name });
  });
  return out;
}

function isEntityKind(kind: Kind): kind is EntityType {
  return kind === 'person' || kind === 'organization' || kind === 'place';
}
