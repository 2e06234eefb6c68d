// Short one-line excerpts of the text around a span, for tree rows and hover cards.

const ELLIPSIS = '…';

/** Collapses runs of whitespace (line breaks included) to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd() + ELLIPSIS;
}

export interface Excerpt {
  text: string;
  /** Where the span itself sits inside `text`. */
  highlight: [number, number];
}

/** JavaScript's \s: white space and line terminators. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const isLineBreak = (c: number) => c === 10 || c === 13;

/** text[from, to) with each run of white space as one space, copied only where it differs. */
function collapsed(text: string, from: number, to: number): string {
  let out = '';
  let kept = from;
  for (let i = from; i < to; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    if (j - i > 1 || text.charCodeAt(i) !== 32) {
      out += text.slice(kept, i) + ' ';
      kept = j;
    }
    i = j - 1;
  }
  return kept === from ? text.slice(from, to) : out + text.slice(kept, to);
}

/**
 * The span with up to `width` characters of its own line on each side, on one line. Scans
 * characters rather than running regular expressions over slices: the Entities view makes one per
 * mention of an expanded entity, hundreds at once in a long briefing.
 */
export function excerpt(text: string, start: number, end: number, width = 30): Excerpt {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  // The span's own line: after the last line break before it, up to the first one after it.
  let before = from;
  for (let i = start - 1; i >= from; i--) {
    if (isLineBreak(text.charCodeAt(i))) {
      before = i + 1;
      break;
    }
  }
  let after = to;
  for (let i = end; i < to; i++) {
    if (isLineBreak(text.charCodeAt(i))) {
      after = i;
      break;
    }
  }
  // Cut inside a line: drop a word cut in half and mark the cut.
  const cutBefore = before === from && from > 0 && !isLineBreak(text.charCodeAt(from - 1));
  if (cutBefore && !isSpace(text.charCodeAt(from - 1))) while (before < start && !isSpace(text.charCodeAt(before))) before++;
  const cutAfter = after === to && to < text.length && !isLineBreak(text.charCodeAt(to));
  if (cutAfter && !isSpace(text.charCodeAt(to))) while (after > end && !isSpace(text.charCodeAt(after - 1))) after--;
  while (before < start && isSpace(text.charCodeAt(before))) before++;
  while (after > end && isSpace(text.charCodeAt(after - 1))) after--;
  let spanStart = start;
  let spanEnd = end;
  while (spanStart < spanEnd && isSpace(text.charCodeAt(spanStart))) spanStart++;
  while (spanEnd > spanStart && isSpace(text.charCodeAt(spanEnd - 1))) spanEnd--;
  const head = (cutBefore ? ELLIPSIS : '') + collapsed(text, before, start);
  const span = collapsed(text, spanStart, spanEnd);
  const tail = collapsed(text, end, after) + (cutAfter ? ELLIPSIS : '');
  return { text: head + span + tail, highlight: [head.length, head.length + span.length] };
}

/** The first few words of a paragraph, to name it in the outline. */
export function firstWords(text: string, count = 6): string {
  const words = oneLine(text).split(' ');
  return words.length <= count ? words.join(' ') : words.slice(0, count).join(' ') + ELLIPSIS;
}
