// Lines as VS Code counts them: "\r\n", "\n" and a lone "\r" each end a line.
import { countStartingAtOrBefore } from './sorted';

export interface Line {
  /** Zero-based line number. */
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, line break excluded. */
  end: number;
  /** The line's content without its line break. */
  text: string;
}

export function splitLines(text: string): Line[] {
  const starts = lineStarts(text);
  return starts.map((start, index) => {
    const end = lineEnd(text, starts, index);
    return { index, start, end, text: text.slice(start, end) };
  });
}

/** The zero-based line holding `offset` (binary search over line starts). */
export function lineOfOffset(lines: readonly Line[], offset: number): number {
  return Math.max(0, countStartingAtOrBefore(lines, offset) - 1);
}

/** Width of the leading whitespace, a tab counting as four columns. */
export function indentOf(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ' || ch === '\u00a0') width++;
    else if (ch === '\t') width += 4;
    else break;
  }
  return width;
}

/** Where each line starts, as VS Code counts lines, from one scan and without copying the text. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // indexOf finds breaks far faster than a regular expression or a loop over every character; a lone "\r" is rare, so it is sought once per line it ends.
  let nextCr = text.indexOf('\r');
  let start = 0;
  for (;;) {
    const lf = text.indexOf('\n', start);
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf('\r', start);
    const end = nextCr >= 0 && (lf < 0 || nextCr < lf) ? nextCr : lf;
    if (end < 0) return starts;
    start = end === nextCr && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    starts.push(start);
  }
}

/** Where line `line` ends, its line break left out. */
export function lineEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1]! : text.length;
  while (end > starts[line]! && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}
