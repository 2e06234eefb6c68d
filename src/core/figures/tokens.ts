// The figure rules' token stream: numbers ("17,000", "3.1"), words ("Kazakhstan’s") and single punctuation marks.
// Hyphenated forms stay separate tokens; `joined` tells that nothing separates a token from the one before.
// The entity tokenizer (entities/tokens.ts) is another on purpose: it keeps "al-Assad" and "Lt." whole, masks
// markup and marks sentence starts, none of which a figure needs, while figures need "12-man" split.

export type TokenKind = 'number' | 'word' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** No whitespace between the previous token and this one. */
  joined: boolean;
  /** The whitespace before this token holds a blank line: a paragraph boundary. */
  paragraphBreak: boolean;
}

// Thousands separators only in groups of three, so "1, 4" and "12,5" stay apart.
const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind: TokenKind = m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct';
    const start = m.index;
    tokens.push({
      kind,
      start,
      end: start + m[0].length,
      text: m[0],
      joined: tokens.length > 0 && start === previousEnd,
      paragraphBreak: start > previousEnd && hasBlankLine(text, previousEnd, start),
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks >= 2;
}
