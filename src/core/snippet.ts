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

/** The span with up to `width` characters of its own line on each side, on one line. */
export function excerpt(text: string, start: number, end: number, width = 30): Excerpt {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  let before = text.slice(from, start).replace(/^.*[\r\n]/s, '');
  let after = text.slice(end, to).replace(/[\r\n].*$/s, '');
  // Cut inside a line: drop a word cut in half and mark the cut.
  if (before.length === start - from && from > 0 && !/[\r\n]/.test(text[from - 1])) {
    before = ELLIPSIS + (/\s/.test(text[from - 1]) ? before : before.replace(/^\S*/, '')).trimStart();
  }
  if (after.length === to - end && to < text.length && !/[\r\n]/.test(text[to])) {
    after = (/\s/.test(text[to]) ? after : after.replace(/\S*$/, '')).trimEnd() + ELLIPSIS;
  }
  const head = before.replace(/\s+/g, ' ').trimStart();
  const span = oneLine(text.slice(start, end));
  const tail = after.replace(/\s+/g, ' ').trimEnd();
  return { text: head + span + tail, highlight: [head.length, head.length + span.length] };
}

/** The first few words of a paragraph, to name it in the outline. */
export function firstWords(text: string, count = 6): string {
  const words = oneLine(text).split(' ');
  return words.length <= count ? words.join(' ') : words.slice(0, count).join(' ') + ELLIPSIS;
}
