// A long document is analysed in parts of a few paragraphs each. Cost and memory then grow linearly
// with the text, whatever its length, and after an edit only the part that changed is analysed again
// (see PartCache). Part boundaries are chosen by content, so an edit moves at most the boundaries
// next to it and every other part keeps its text, and its cached analysis.

export interface Part {
  start: number;
  end: number;
}

/** Documents up to this length are one part: every briefing is read with all of its own context. */
export const SINGLE_PART_LIMIT = 32 * 1024;
/** A part closes at the first paragraph break past MIN_PART whose paragraph hashes to a cut. Cuts are
 * sparse (one break in 32) next to MIN_PART, so a cut an edit moves seldom moves the next one: with
 * dense cuts each later part started a cut further on, and one edit re-analysed half a long document... */
const MIN_PART = 4 * 1024;
const CUT_ONE_IN = 32;
/** ...and at the first line break past MAX_PART in any case; text without one is cut at a space past HARD_PART. */
const MAX_PART = 24 * 1024;
const HARD_PART = 32 * 1024;

/** Splits the text into consecutive parts that cover it exactly. */
export function splitParts(text: string): Part[] {
  if (text.length <= SINGLE_PART_LIMIT) return [{ start: 0, end: text.length }];
  const parts: Part[] = [];
  let start = 0;
  while (text.length - start > MAX_PART) {
    const end = nextCut(text, start);
    parts.push({ start, end });
    start = end;
  }
  if (start < text.length) parts.push({ start, end: text.length });
  return parts;
}

/** The blank lines after a paragraph, taken up to a bound: a page of nothing but line breaks stays linear. */
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n\s{0,256}/g;

/** Where the part that begins at `start` ends. */
function nextCut(text: string, start: number): number {
  PARAGRAPH_BREAK.lastIndex = start + MIN_PART;
  for (let m = PARAGRAPH_BREAK.exec(text); m && m.index < start + MAX_PART; m = PARAGRAPH_BREAK.exec(text)) {
    const next = m.index + m[0].length;
    if (next < text.length && hash(text, next) % CUT_ONE_IN === 0) return next;
  }
  const lineBreak = text.indexOf('\n', start + MAX_PART);
  if (lineBreak >= 0 && lineBreak < start + HARD_PART) return lineBreak + 1;
  // One enormous line: cut after a space, or anywhere that does not split a surrogate pair.
  const space = text.slice(start + MAX_PART, start + HARD_PART).search(/\s/);
  if (space >= 0) return start + MAX_PART + space + 1;
  const at = Math.min(start + HARD_PART, text.length);
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff && at < text.length ? at + 1 : at;
}

/** FNV-1a of the first characters of the paragraph at `at`. */
function hash(text: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + 48 && i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
