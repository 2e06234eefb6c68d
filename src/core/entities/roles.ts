// Roles the text attaches to a person besides a title in front of the name: a lower-case role noun
// just before it ("presidential aide Olzhas Serikov") or an apposition after it
// ("Dana Bekova, the chairman of …", "the bank's founder, Arman Sadykov").
import type { Doc } from './document';
import { ROLE_NOUNS } from './lexicons/people';
import type { Piece } from './titles';
import { spanText } from './titles';

const DETERMINERS = /^(?:the|a|an|its|his|her|their|our|current|former|then|now|new)$/i;
const BREAKERS = /^(?:and|or|but|of|in|on|at|to|by|with|for|from|as|that|which|who|is|was|has|had|said|says)$/i;

export function roleFor(doc: Doc, piece: Piece): string | undefined {
  return piece.role ?? roleBefore(doc, piece) ?? roleAfter(doc, piece);
}

/** "presidential aide X", "media tycoon X", "the bank's founder, X". */
function roleBefore(doc: Doc, piece: Piece): string | undefined {
  let k = piece.first - 1;
  if (doc.tokens[k]?.text === ',') k--;
  const head = doc.tokens[k];
  if (!head || head.kind !== 'word' || head.cap || !ROLE_NOUNS.has(head.text.toLowerCase())) return undefined;
  const prev = doc.tokens[k - 1];
  const withModifier = prev && prev.kind === 'word' && !prev.cap && !DETERMINERS.test(prev.text) && !BREAKERS.test(prev.text);
  return spanText(doc, withModifier ? k - 1 : k, k);
}

/** "X, the chairman of …", "X, the governor of …", "X, head of Y". */
function roleAfter(doc: Doc, piece: Piece): string | undefined {
  let k = piece.last + 1;
  if (doc.tokens[k]?.kind === 'poss' || doc.tokens[k]?.text !== ',') return undefined;
  k++;
  while (doc.tokens[k] && DETERMINERS.test(doc.tokens[k]!.text)) k++;
  const start = k;
  for (; k < start + 4 && doc.tokens[k]; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'word' || t.cap && k > start) return undefined;
    const lower = t.text.toLowerCase();
    if (ROLE_NOUNS.has(lower)) {
      const of = doc.tokens[k + 1]?.text === 'of' && /^(?:head|chief|leader|founder|owner)$/.test(lower) ? doc.tokens[k + 2] : undefined;
      return of && of.cap ? spanText(doc, k, k + 2) : spanText(doc, start, k);
    }
    if (BREAKERS.test(lower)) return undefined;
  }
  return undefined;
}
