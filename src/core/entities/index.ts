// Entity extraction for briefings: people, organisations and places with canonical names, roles,
// aliases and every mention. compromise gives part-of-speech and name tags; the rules, lexicons and
// document-level reasoning in this folder make the result fit the genre and the annotation guidelines.
import type { ExtractionContext } from '../context';
import type { Entity, EntityType } from '../types';
import { companyShortName } from './aliases';
import { findRuns } from './candidates';
import { CERTAIN, type Scores, addScores, emptyScores } from './classify';
import { buildDoc, type Doc } from './document';
import { groupEntities } from './grouping';
import { type AcronymLink, findAcronyms, placePairScores, sourceCueScores } from './patterns';
import { keyOf, resolvePieces, type Resolved } from './resolve';
import { citationSourcePieces } from './sources';
import type { TagMemo } from './tagMemo';
import { segmentRun, type Piece } from './titles';
import { upperLineMentions } from './uppercase';

const ACRONYM_WEIGHT = 6;

/**
 * Finds the entities of one document. Never throws: any string, empty included, gives a valid list.
 * `memo` holds compromise's tags from an earlier analysis of much the same text; the result is the same without it.
 */
export function extractEntities(text: string, ctx: ExtractionContext, memo?: TagMemo): Entity[] {
  if (typeof text !== 'string' || !/\p{L}/u.test(text)) return [];
  try {
    return extract(text, ctx, memo);
  } catch {
    // A defect in one rule must not take the whole analysis (and the editor features) down with it.
    return [];
  }
}

function extract(text: string, ctx: ExtractionContext, memo: TagMemo | undefined): Entity[] {
  const doc = buildDoc(text, memo);
  const sources = citationSourcePieces(doc, ctx.citations ?? []);
  const pieces = withSources(findRuns(doc).flatMap((run) => segmentRun(doc, run)), sources);
  const acronyms = findAcronyms(doc, pieces);
  const resolved = resolvePieces(doc, pieces, documentBonuses(doc, pieces, sources, acronyms));
  const upper = upperLineMentions(doc, knownNames(resolved));
  return groupEntities(doc, withoutOverlaps(doc, [...resolved, ...upper]), acronyms);
}

/** What the rest of the document says about each piece's type, beyond the piece's own words: place pairs
 * ("Osh, Kyrgyzstan"), source cues, a citation's source (an organisation) and the type an acronym shares with its
 * long form. */
function documentBonuses(doc: Doc, pieces: readonly Piece[], sources: readonly Piece[], acronyms: readonly AcronymLink[]): Array<Scores | undefined> {
  const bonus: Array<Scores | undefined> = pieces.map(() => undefined);
  const add = (i: number, s: Scores): void => { bonus[i] = addScores(bonus[i] ?? emptyScores(), s); };
  for (const [i, s] of placePairScores(doc, pieces)) add(i, s);
  for (const [i, s] of sourceCueScores(doc, pieces)) add(i, s);
  const sourceSet = new Set(sources);
  pieces.forEach((p, i) => { if (sourceSet.has(p)) add(i, { ...emptyScores(), organization: CERTAIN }); });
  for (const link of acronyms) {
    if (!link.kind) continue;
    const s = { ...emptyScores(), [link.kind]: ACRONYM_WEIGHT };
    add(pieces.indexOf(link.acronym), s);
    if (link.longPiece) add(pieces.indexOf(link.longPiece), s);
  }
  return bonus;
}

/** Source pieces replace the run pieces they overlap; the result is sorted by position. One sweep over both
 * sorted lists, so a long document with many citations stays linear. */
function withSources(pieces: readonly Piece[], sources: readonly Piece[]): Piece[] {
  const sorted = [...sources].sort((a, b) => a.first - b.first);
  const kept: Piece[] = [];
  let s = 0;
  for (const p of pieces) {
    while (s < sorted.length && sorted[s]!.last < p.first) s++;
    // Sources do not overlap each other, so only the first one not wholly before p can overlap it.
    if (!(s < sorted.length && sorted[s]!.first <= p.last)) kept.push(p);
  }
  return [...kept, ...sorted].sort((a, b) => a.first - b.first);
}

/** Names typed in the body, the surnames of full person names and companies' own words, for the upper-case lines. */
function knownNames(resolved: readonly Resolved[]): Map<string, EntityType> {
  const known = new Map<string, EntityType>();
  for (const r of resolved) {
    known.set(keyOf(r.name), r.kind);
    const words = r.name.split(' ');
    if (r.kind === 'person' && words.length >= 2) known.set(keyOf(words[words.length - 1]!), 'person');
    // "DARVANA WINS TENDER" over "Darvana Holdings won …".
    const company = r.kind === 'organization' ? companyShortName(r.name) : undefined;
    if (company && !known.has(keyOf(company))) known.set(keyOf(company), 'organization');
  }
  return known;
}

/** Mentions never overlap: the earlier one wins, then the longer. */
function withoutOverlaps(doc: Doc, all: Resolved[]): Resolved[] {
  const start = (r: Resolved): number => doc.tokens[r.piece.first]!.start;
  const end = (r: Resolved): number => doc.tokens[r.piece.last]!.end;
  const sorted = [...all].sort((a, b) => start(a) - start(b) || end(b) - end(a));
  const out: Resolved[] = [];
  for (const r of sorted) if (out.length === 0 || start(r) >= end(out[out.length - 1]!)) out.push(r);
  return out;
}
