// Citation sources are organisation mentions: "(Interfax, July 1, 4)" names Interfax. The citation
// extractor gives the source text; here it becomes a piece over the exact tokens inside the citation.
import type { Citation } from '../types';
import type { Doc } from './document';
import type { Piece } from './titles';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One piece per source name found inside its citation, aligned with token boundaries. */
export function citationSourcePieces(doc: Doc, citations: readonly Citation[]): Piece[] {
  const pieces: Piece[] = [];
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  doc.tokens.forEach((t, i) => { byStart.set(t.start, i); byEnd.set(t.end, i); });
  for (const c of citations) {
    const inside = doc.text.slice(c.start, c.end);
    for (const source of c.source.split(';').map((s) => s.trim()).filter((s) => s.length > 0)) {
      const m = new RegExp(escape(source).replace(/\s+/g, '\\s+'), 'u').exec(inside);
      if (!m) continue;
      const first = byStart.get(c.start + m.index);
      const last = byEnd.get(c.start + m.index + m[0].length);
      if (first !== undefined && last !== undefined && last >= first) pieces.push({ first, last, titled: false });
    }
  }
  return pieces;
}
