// Lists of names ("the Kelday, Orun and Jergal districts", "near Kara-Bulak and Ak-Terek") hold one kind of thing, so
// a place noun after a list, or a place among its members, makes its undecided members places too.
import type { Kind, Scores } from './classify';
import { best } from './classify';
import type { Doc } from './document';
import { PLACE_NOUNS_AFTER } from './lexicons/places';
import type { Piece } from './titles';

const LIST_WEIGHT = 6;
const NEIGHBOUR_WEIGHT = 3;
/** A member scoring this much for another kind is decided, and the list says nothing about it. */
const DECIDED = 3;

/** Runs of pieces joined by ", ", " and ", " or ", ", and " (indices into `pieces`, two or more each). */
function listChains(doc: Doc, pieces: readonly Piece[]): number[][] {
  const chains: number[][] = [];
  let chain: number[] = [0];
  for (let i = 1; i <= pieces.length; i++) {
    const joined = i < pieces.length && isListGap(doc.text.slice(doc.tokens[pieces[i - 1]!.last]!.end, doc.tokens[pieces[i]!.first]!.start));
    if (joined) { chain.push(i); continue; }
    if (chain.length >= 2) chains.push(chain);
    chain = [i];
  }
  return chains;
}

function isListGap(between: string): boolean {
  return /^(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s+(?:and|or)\s+)$/.test(between) && !/\n[ \t]*\r?\n/.test(between);
}

/** Adds place weight to the members of lists that name places, in place. */
export function addListScores(doc: Doc, pieces: readonly Piece[], scores: Scores[]): void {
  for (const chain of listChains(doc, pieces)) {
    const last = pieces[chain[chain.length - 1]!]!;
    const next = doc.tokens[last.last + 1];
    if (next && next.kind === 'word' && PLACE_NOUNS_AFTER.has(next.text) && /^[ \t]+$/.test(next.gapBefore)) {
      for (const i of chain) scores[i]!.place += LIST_WEIGHT;
      continue;
    }
    const kinds = chain.map((i) => best(scores[i]!));
    const isPlace = (k: { kind: Kind; score: number; margin: number }): boolean => k.kind === 'place' && k.margin > 0;
    if (!kinds.some(isPlace) || kinds.some((k) => !isPlace(k) && k.score >= DECIDED)) continue;
    // Only one-word members inside a sentence: two unknown capitalised words are more often a person's names, and a
    // sentence's first word may be no name at all ("Automakers, regulators and Ottawa …").
    chain.forEach((i, j) => {
      const p = pieces[i]!;
      if (!isPlace(kinds[j]!) && p.first === p.last && !doc.tokens[p.first]!.sentenceStart) scores[i]!.place += NEIGHBOUR_WEIGHT;
    });
  }
}
