// Lines in capitals (headlines, FBIS header codes, datelines) say nothing through capitalisation, so
// only names known from the rest of the document or from the gazetteer are taken there.
import type { EntityType } from '../types';
import { isCodePart } from './candidates';
import { lexiconKind } from './names';
import type { Doc } from './document';
import { keyOf, type Resolved } from './resolve';
import { spanText } from './titles';
import { SURNAME_SUFFIX } from './lexicons/people';
import { isCommonWord } from './nlp';

const MAX_WORDS = 5;
/** Capitalised forms that in a shouting headline are more often ordinary words ("US" = "us"). */
const AMBIGUOUS_IN_CAPS = new Set(['US', 'IT', 'AM', 'WHO', 'AND', 'OR']);

/** Mentions found in upper-case lines, given the names already known in the document. */
export function upperLineMentions(doc: Doc, known: ReadonlyMap<string, EntityType>): Resolved[] {
  const out: Resolved[] = [];
  const tokens = doc.tokens;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!doc.upperLines.has(t.line) || (t.kind !== 'word' && t.kind !== 'abbr') || !t.cap || isCodePart(doc, i)) { i++; continue; }
    let matched = 0;
    for (let len = MAX_WORDS; len >= 1 && matched === 0; len--) {
      const last = i + len - 1;
      if (!contiguousWords(doc, i, last)) continue;
      const name = spanText(doc, i, last);
      if (len === 1 && AMBIGUOUS_IN_CAPS.has(name)) continue;
      const kind = known.get(keyOf(name)) ?? lexiconKind(name) ?? (len === 1 && looksLikeSurname(name) ? 'person' : undefined);
      if (!kind) continue;
      out.push({ piece: { first: i, last, titled: false }, kind, name });
      matched = len;
    }
    i += Math.max(matched, 1);
  }
  return out;
}

function contiguousWords(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = doc.tokens[k];
    if (!t || (t.kind !== 'word' && t.kind !== 'abbr') || t.line !== doc.tokens[first]!.line) return false;
    if (k > first && !/^[ \t]+$/.test(t.gapBefore)) return false;
  }
  const after = doc.tokens[last + 1];
  return !after || after.kind !== 'word' || after.gapBefore.length > 0;
}

/** An author code or a name in a capitals line: "PETROVICH", "NAZARBAYEV". */
function looksLikeSurname(word: string): boolean {
  return word.length >= 6 && SURNAME_SUFFIX.test(word) && !isCommonWord(word);
}
