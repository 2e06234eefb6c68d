// Splits a briefing into word tokens with exact offsets. Markup that can never hold a name (SGML
// tags, URLs, a YAML `source_url:` line) is masked first, keeping every offset in place.

import { splitLines } from '../text/lines';

export type TokenKind = 'word' | 'abbr' | 'num' | 'punct' | 'poss';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Zero-based line of the token. */
  line: number;
  /** First letter upper case ("Kazakhstan", "U.S.", "al-Assad" counts too). */
  cap: boolean;
  /** Two or more letters, none lower case ("KAZBAT", "NATO"). */
  upper: boolean;
  /** First name-bearing token of its sentence (after quotes and brackets). */
  sentenceStart: boolean;
  /** The gap before this token, from the previous token's end. */
  gapBefore: string;
}

const MASKS: RegExp[] = [
  /<!--[\s\S]*?-->/g,
  /<\/?[A-Za-z][^<>\n]{0,200}>/g,
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/g,
  /^[ \t]*[A-Za-z_]*url:[^\n]*$/gm,
  // The lookbehind starts a match only where an address can start: without it a long word costs n² steps.
  /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g,
  /\*\*|__/g,
];

/** The text with markup replaced by spaces; an escaped "\_" becomes a word gap ("United\_States"). */
export function maskText(text: string): string {
  let masked = text;
  for (const re of MASKS) masked = masked.replace(re, (m) => m.replace(/[^\r\n]/g, ' '));
  return masked.replace(/\\_/g, '  ');
}

const ABBR = /(?:\p{Lu}\.){2,}/uy;
const NUMERIC = /[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:[.,]\p{N}+)*/uy;
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L})(?![sS](?![\p{L}\p{N}]))|[-‐](?=[\p{L}\p{M}]))*/uy;
const POSSESSIVE = /['’][sS](?![\p{L}\p{N}])/uy;
const SPACE = /\s+/uy;
/** Abbreviations whose final period belongs to the word ("Lt.", "Mr.", "St."). */
const DOTTED = /^(?:Mr|Mrs|Ms|Dr|St|Lt|Gen|Col|Maj|Capt|Sgt|Adm|Brig|Cmdr|Rev|Prof|Sen|Rep|Gov|Jr|Sr|Messrs|Mme|Inc|Corp|Ltd|Co|Bros|No|Pte|Cpl)$/;
const CORPORATE = /^(?:Inc|Corp|Ltd|Co|Bros)$/;
const DOTTED_COMPOUND = /^\.-[\p{L}]+(?:\.(?=[\s,]))?/u;

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && m[0].length > 0 ? m[0] : null;
}

/** Tokenises the masked text; offsets index the original text. */
export function tokenize(masked: string): Token[] {
  const starts = splitLines(masked).map((l) => l.start);
  const tokens: Token[] = [];
  let line = 0;
  let at = 0;
  let prevEnd = 0;
  const push = (start: number, end: number, kind: TokenKind): void => {
    while (line + 1 < starts.length && starts[line + 1]! <= start) line++;
    const text = masked.slice(start, end);
    const letters = text.replace(/[^\p{L}]/gu, '');
    tokens.push({
      start, end, text, kind, line,
      cap: kind !== 'num' && (/^\p{Lu}/u.test(text) || /^(?:al|el|ad|as|an|ash|at|az|ul)-\p{Lu}/u.test(text)),
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      sentenceStart: false,
      gapBefore: masked.slice(prevEnd, start),
    });
    prevEnd = end;
  };
  while (at < masked.length) {
    const space = matchAt(SPACE, masked, at);
    if (space) { at += space.length; continue; }
    const prev = tokens[tokens.length - 1];
    const poss = prev && prev.end === at && (prev.kind === 'word' || prev.kind === 'abbr') ? matchAt(POSSESSIVE, masked, at) : null;
    if (poss) { push(at, at + poss.length, 'poss'); at += poss.length; continue; }
    const abbr = matchAt(ABBR, masked, at);
    if (abbr) { push(at, at + abbr.length, 'abbr'); at += abbr.length; continue; }
    const num = matchAt(NUMERIC, masked, at);
    if (num) { push(at, at + num.length, 'num'); at += num.length; continue; }
    const word = matchAt(WORD, masked, at);
    if (word) {
      let end = at + word.length;
      // "… bought by Homegate Hospitality Inc." : at a line's or a quotation's end the period closes the sentence.
      const closesSentence = CORPORATE.test(word) && /^\.(?:["”’']|\s*$|\s*[\r\n])/.test(masked.slice(end, end + 3));
      if (DOTTED.test(word) && masked[end] === '.' && !closesSentence) {
        const compound = DOTTED_COMPOUND.exec(masked.slice(end, end + 40));
        end += compound ? compound[0].length : 1;
      }
      push(at, end, 'word');
      at = end;
      continue;
    }
    const cp = masked.codePointAt(at)!;
    const width = cp > 0xffff ? 2 : 1;
    push(at, at + width, 'punct');
    at += width;
  }
  markSentenceStarts(tokens, masked);
  return tokens;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '„', '-', '–', '—', '*', '•', '#', '>']);

/** A token starts a sentence after . ! ? : or a closing bracket, at the start of the text, after a blank line,
 * or at the start of a line when the line before ended a sentence or was a heading. */
function markSentenceStarts(tokens: Token[], masked: string): void {
  let expecting = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (prev && t.line !== prev.line) {
      const gap = masked.slice(prev.end, t.start);
      const blank = /\n[ \t]*\r?\n/.test(gap);
      if (blank || /[.!?:;]$/.test(prev.text) || isBulletLine(tokens, i) || opensIndentedParagraph(masked, prev, gap)) expecting = true;
    }
    if (t.kind === 'punct' && OPENERS.has(t.text)) continue;
    if (t.kind === 'num' && expecting && /^\d{1,2}$/.test(t.text) && tokens[i + 1]?.text === '.') continue;
    if (t.kind === 'word' || t.kind === 'abbr') {
      t.sentenceStart = expecting;
      expecting = false;
    } else if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ':' || t.text === ']')) {
      // The period after an initial ("A. Moreau") does not end a sentence.
      expecting = !(t.text === '.' && prev !== undefined && prev.kind === 'word' && /^\p{Lu}$/u.test(prev.text));
    } else if (t.kind !== 'punct' || !/["”’')»]/.test(t.text)) {
      expecting = false;
    }
  }
}

/** A line indented deeper than the line before it opens a paragraph (the wire and FBIS layout), so a name does
 * not run across it and it starts a sentence; a hanging indent under a list item or a "key:" line does not. */
export function opensIndentedParagraph(text: string, prev: Token, gap: string): boolean {
  const indent = /[^\r\n]*$/.exec(gap)![0];
  if (!/^[ \t]+$/.test(indent)) return false;
  let start = prev.start;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  const prevLine = /^([ \t]*)(.{0,40})/.exec(text.slice(start, prev.start + 40))!;
  return indent.length > prevLine[1]!.length && !/^(?:[-*•–—]|\d{1,2}[.)]|[\w-]+:)/.test(prevLine[2]!);
}

function isBulletLine(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.kind === 'punct' && /^[-*•–—]$/.test(t.text);
}
