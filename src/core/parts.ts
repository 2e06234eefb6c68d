// A long document is analysed in parts of a few paragraphs each. Cost and memory then grow linearly
// with the text, whatever its length, and after an edit only the part that changed is analysed again
// (see PartCache). Part boundaries are chosen by content alone, so an edit moves at most the
// boundaries next to it and every other part keeps its text, and its cached analysis.
import type { TextChange } from './text/change';

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
  return new PartSplitter().split(text);
}

/** A part, and whether it starts where cutting can start again: the text's start or a paragraph chosen by content. */
interface CutPart extends Part {
  resumable: boolean;
}

/**
 * Cuts `text` from `from` (its start, or a part chosen by content) on, after `parts`, as splitParts
 * does. Stops at a part chosen by content for which `stop` says so, and returns where.
 */
function cutFrom(text: string, from: number, parts: CutPart[], stop: (at: number) => boolean): { parts: CutPart[]; stoppedAt?: number } {
  let start = from;
  for (const cut of contentCuts(text, from)) {
    closeParts(text, start, cut, parts);
    start = cut;
    if (stop(cut)) return { parts, stoppedAt: cut };
  }
  closeParts(text, start, text.length, parts);
  return { parts };
}

/** The parts from `start`, where cutting can start again, to `end`: one, or more where it is longer than MAX_PART. */
function closeParts(text: string, start: number, end: number, parts: CutPart[]): void {
  let resumable = true;
  while (end - start > MAX_PART) {
    const cut = forcedCut(text, start);
    if (cut >= end) break;
    parts.push({ start, end: cut, resumable });
    resumable = false;
    start = cut;
  }
  parts.push({ start, end, resumable });
}

/**
 * Splits one version of a long document after another, as splitParts does, cutting only around the
 * edit: a cut depends on the text up to a few characters past it, and cutting restarted at a part
 * chosen by content goes on as it went the first time. So the parts before the edit are kept, the
 * text is cut again from the last such part before it, and once a new cut past the edit falls where
 * a part chosen by content started before, the old parts follow, moved by the edit's length.
 */
export class PartSplitter {
  private previous: { length: number; parts: CutPart[] } | undefined;

  /** The parts of `text`; `change` says how it differs from the text split before, if it was. */
  split(text: string, change?: TextChange): Part[] {
    const previous = this.previous;
    let parts: CutPart[];
    if (text.length <= SINGLE_PART_LIMIT) parts = [{ start: 0, end: text.length, resumable: true }];
    else if (previous && change?.before.length === previous.length && previous.length > SINGLE_PART_LIMIT) parts = splitAgain(previous, text, change);
    else parts = cutFrom(text, 0, [], () => false).parts;
    this.previous = { length: text.length, parts };
    return parts.map(({ start, end }) => ({ start, end }));
  }
}

/** How far past a cut the text decides it: the hash reads 48 characters. */
const CUT_READS_AHEAD = 64;

function splitAgain(previous: { length: number; parts: CutPart[] }, text: string, { prefix, suffix }: TextChange): CutPart[] {
  const old = previous.parts;
  // The last part chosen by content (or the start) that the edit cannot have moved.
  let keep = 0;
  for (let i = 0; i < old.length && old[i]!.start + CUT_READS_AHEAD <= prefix; i++) if (old[i]!.resumable) keep = i;
  const from = old[keep]!.start;
  const shift = text.length - previous.length;
  const unchangedFrom = text.length - suffix;
  const oldResumable = new Map<number, number>();
  for (let i = keep + 1; i < old.length; i++) if (old[i]!.resumable && old[i]!.start + shift >= unchangedFrom) oldResumable.set(old[i]!.start + shift, i);
  const { parts, stoppedAt } = cutFrom(text, from, old.slice(0, keep), (at) => oldResumable.has(at));
  if (stoppedAt === undefined) return parts;
  for (let i = oldResumable.get(stoppedAt)!; i < old.length; i++) {
    const p = old[i]!;
    parts.push({ start: p.start + shift, end: p.end + shift, resumable: p.resumable });
  }
  return parts;
}

/** The blank lines after a paragraph, taken up to a bound: a page of nothing but line breaks stays linear. */
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n\s{0,256}/g;

/**
 * Paragraph starts that open a part, in order, from `from` on: the text's start or a paragraph
 * that opened a part, where the cutting stood the same way when it first passed there.
 */
function* contentCuts(text: string, from: number): Generator<number> {
  let previous = from;
  // A regular expression of its own: the cutting of one text may stop halfway and another begin.
  const breaks = new RegExp(PARAGRAPH_BREAK.source, 'g');
  breaks.lastIndex = from;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    const next = m.index + m[0].length;
    if (next >= text.length || paragraphHash(text, next) % CUT_ONE_IN !== 0) continue;
    if (next - previous >= MIN_PART) yield next;
    previous = next;
  }
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
