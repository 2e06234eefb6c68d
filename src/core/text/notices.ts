// Dissemination and copyright notices in the header of a wire item: an upper-case block that restricts
// use ("DUE TO COPYRIGHT OR OTHER RESTRICTIONS …", "THIS REPORT MAY CONTAIN COPYRIGHTED MATERIAL …").
// They are page furniture, never a headline. Recognised by shape and vocabulary, not by exact wording.
import type { Line } from './lines';
import { roleOfLine } from './lineRoles';

/** A notice is at most this many lines; the bound also keeps the look-ahead linear. */
const MAX_NOTICE_LINES = 8;
const RESTRICTION =
  /\b(?:COPYRIGHT\w*|RESTRICT\w*|DISSEMINAT\w*|FOR (?:OFFICIAL )?USE ONLY|U\.S\. GOVERNMENT|PERMISSION|PROPRIETARY|REPRODUC\w*|NOT FOR (?:PUBLIC )?RELEASE|WITHOUT COORDINATION)\b/;

/** An upper-case line of text: no lower-case letter, a few capitals, and not a tag or metadata line. */
const isUpperCaseText = (trimmed: string): boolean =>
  !/\p{Ll}/u.test(trimmed) && /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(trimmed) && roleOfLine(trimmed) === 'text';

/**
 * The last line of a restriction notice opening at line `i`, or -1. The run of upper-case lines must
 * name a restriction and read as sentences, not as a headline: closed by a full stop or, inside an SGML
 * header (`inHeader`), at least two lines long.
 */
export function noticeEnd(lines: readonly Line[], i: number, inHeader: boolean): number {
  let last = i - 1;
  while (last + 1 < lines.length && last + 1 - i < MAX_NOTICE_LINES && isUpperCaseText(lines[last + 1].text.trim())) last++;
  if (last < i) return -1;
  const run = lines.slice(i, last + 1).map((l) => l.text.trim()).join(' ');
  if (!RESTRICTION.test(run)) return -1;
  return run.endsWith('.') || (inHeader && last > i) ? last : -1;
}
