// Where two versions of a text differ: the one stretch an edit replaced, found by comparing both ends.

/** Two versions of a text: `before`, and the new one, which keeps its first `prefix` and last `suffix` characters. */
export interface TextChange {
  before: string;
  prefix: number;
  suffix: number;
}

export function textChange(before: string, after: string): TextChange {
  const prefix = commonPrefix(before, after);
  return { before, prefix, suffix: commonSuffix(before, after, Math.min(before.length, after.length) - prefix) };
}

/** Compared a block at a time: a slice of a flat string is not copied, and equal blocks compare as memory. */
const BLOCK = 1024;

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= limit && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the common ending, at most `limit` (so that it never overlaps the common prefix). */
function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i + BLOCK <= limit && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < limit && a.charCodeAt(a.length - i - 1) === b.charCodeAt(b.length - i - 1)) i++;
  return i;
}

