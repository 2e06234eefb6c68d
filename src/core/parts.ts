// A long document is analysed in parts of a few paragraphs each. Cost and memory then grow linearly
// with the text, whatever its length, and after an edit only the part that changed is analysed again
// (see PartCache). Part boundaries are chosen by content alone, so an edit moves at most the
// boundaries next to it and every other part keeps its text, and its cached analysis.

export interface Part {
  start: number;
  end: number;
}

/** Documents up to this length are one part: every briefing is read with all of its own context. */
export const SINGLE_PART_LIMIT = 32 * 1024;
/**
 * A paragraph may open a part when the hash of its first characters says so (one in CUT_ONE_IN) and
 * the paragraph that could open a part before it is at least MIN_PART back. Both depend only on the
 * text between the two, never on where the previous part began: a cut that depended on the previous
 * cut made one edit move every later cut, and re-analyse the rest of the document.
 */
const CUT_ONE_IN = 12;
const MIN_PART = 2 * 1024;
/** Where no paragraph opens a part, one is cut at the first line break past MAX_PART, and text without one at a space past HARD_PART. */
const MAX_PART = 12 * 1024;
const HARD_PART = 16 * 1024;

/** Splits the text into consecutive parts that cover it exactly. */
export function splitParts(text: string): Part[] {
  if (text.length <= SINGLE_PART_LIMIT) return [{ start: 0, end: text.length }];
  const parts: Part[] = [];
  let start = 0;
  for (const cut of contentCuts(text)) {
    start = forcedCuts(text, start, cut, parts);
    parts.push({ start, end: cut });
    start = cut;
  }
  start = forcedCuts(text, start, text.length, parts);
  parts.push({ start, end: text.length });
  return parts;
}

/** The blank lines after a paragraph, taken up to a bound: a page of nothing but line breaks stays linear. */
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n\s{0,256}/g;

/** Paragraph starts that open a part, in order. */
function* contentCuts(text: string): Generator<number> {
  let previous = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    const next = m.index + m[0].length;
    if (next >= text.length || paragraphHash(text, next) % CUT_ONE_IN !== 0) continue;
    if (next - previous >= MIN_PART) yield next;
    previous = next;
  }
}

/** Cuts the text from `start` to `end` into parts no longer than MAX_PART; returns where the last one starts. */
function forcedCuts(text: string, start: number, end: number, parts: Part[]): number {
  while (end - start > MAX_PART) {
    const cut = forcedCut(text, start);
    if (cut >= end) break;
    parts.push({ start, end: cut });
    start = cut;
  }
  return start;
}

/** Where a part that begins at `start` and holds no cut of its own ends. */
function forcedCut(text: string, start: number): number {
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
export function paragraphHash(text: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + 48 && i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
