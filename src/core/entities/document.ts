// Everything the entity rules read about one document: tokens, compromise's tags, and which lines
// are upper-case headlines or Title Case headings (where capitals say nothing about names).
import { tagRange } from './nlp';
import type { TagMemo } from './tagMemo';
import { LABEL_WORDS } from './lexicons/words';
import { splitLines } from '../text/lines';
import { maskText, tokenize, type Token } from './tokens';

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** compromise's tags for token i, computed on first use for the sentence around it (compromise is the
   * slowest part, and most names are settled without it). */
  tagsAt(i: number): ReadonlySet<string>;
  /** Lines written in capitals ("BORDER TALKS RESUME IN OSH"). */
  readonly upperLines: ReadonlySet<number>;
  /** Title Case lines without a final full stop ("Minister Sacks Broadcasting Board Chairman"). */
  readonly headingLines: ReadonlySet<number>;
  /** Words capitalised inside a sentence of running text, where capitals mark names. */
  readonly midSentenceNames: ReadonlySet<string>;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

/** `memo`: compromise's tags of an earlier analysis of much the same text (see tagMemo.ts). */
export function buildDoc(text: string, memo?: TagMemo): Doc {
  const masked = maskText(text);
  const tokens = tokenize(masked);
  const { upperLines, headingLines } = classifyLines(text, masked, tokens);
  const midSentenceNames = capitalisedInRunningText(tokens, upperLines, headingLines);
  return { text, tokens, tagsAt: lazyTags(masked, tokens, headingLines, memo), upperLines, headingLines, midSentenceNames };
}

/** Which lines are upper-case headlines and which Title Case headings. The unmasked `text` is read too, because a
 * line that opens with an SGML tag (masked to blanks) stands alone like a heading. */
function classifyLines(text: string, masked: string, tokens: readonly Token[]): { upperLines: Set<number>; headingLines: Set<number> } {
  const upperLines = new Set<number>();
  const headingLines = new Set<number>();
  const lines = splitLines(masked).map((l) => l.text);
  const rawLines = splitLines(text).map((l) => l.text);
  const blank = (line: number): boolean => line < 0 || line >= lines.length || !/\S/.test(lines[line]!);
  const byLine = new Map<number, Token[]>();
  const lastOnLine = new Map<number, Token>();
  for (const t of tokens) {
    lastOnLine.set(t.line, t);
    if (t.kind !== 'word' && t.kind !== 'abbr') continue;
    const list = byLine.get(t.line);
    if (list) list.push(t); else byLine.set(t.line, [t]);
  }
  const titleLines = frontMatterTitleLines(rawLines);
  for (const [line, words] of byLine) {
    const long = words.filter((w) => /\p{L}.*\p{L}/u.test(w.text));
    const upper = long.filter((w) => w.upper).length;
    if (long.length > 0 && upper / long.length > 0.7 && (upper >= 2 || long.length === 1)) upperLines.add(line);
    const content = words.filter((w) => !SMALL_WORDS.has(w.text.toLowerCase()));
    const caps = content.filter((w) => w.cap).length;
    const lastWord = words[words.length - 1]!.text.toLowerCase();
    const next = lines[line + 1] ?? '';
    const wraps = SMALL_WORDS.has(lastWord) || (/^\s*\p{Ll}/u.test(next) && !/^\s*[\w-]+\s*:/u.test(next));
    const endsSentence = /^[.,;]$/.test(lastOnLine.get(line)!.text) || wraps;
    // "[Report by …]" is a byline and "- …" a list item, not a heading.
    const standalone = (blank(line - 1) || blank(line + 1) || /^\s*</.test(rawLines[line] ?? '')) &&
      !/^\s*(?:\[|[-*•–]\s)/.test(rawLines[line] ?? '');
    const key = /^\s*(\p{Lu}\p{Ll}[\p{L} ]{0,30}):/u.exec(lines[line] ?? '');
    // "Publication: …", "Document Type: …" are metadata; "Readout: …", "Press Release: …" label a headline.
    const metadata = key !== null && !key[1]!.trim().split(/\s+/).every((w) => LABEL_WORDS.has(w.toLowerCase()));
    const capsShare = content.length > 0 ? caps / content.length : 0;
    // A title in front matter is a heading on every line it wraps over, whatever its length.
    if (titleLines.has(line) ? capsShare >= 0.75 : content.length >= 3 && capsShare >= 0.75 && !endsSentence && standalone && !metadata) {
      headingLines.add(line);
    }
  }
  return { upperLines, headingLines };
}

function capitalisedInRunningText(tokens: readonly Token[], upperLines: ReadonlySet<number>, headingLines: ReadonlySet<number>): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'word' && t.cap && !t.upper && !t.sentenceStart && !upperLines.has(t.line) && !headingLines.has(t.line)) {
      words.add(t.text);
    }
  }
  return words;
}

/** The lines of a "title:" or "headline:" entry: its own line and the indented lines it wraps onto. */
function frontMatterTitleLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((text, i) => {
    if (!/^\s*(?:title|headline)\s*:/i.test(text)) return;
    out.add(i);
    for (let k = i + 1; k < lines.length && /^[ \t]+\S/.test(lines[k]!) && !/^\s*[\w-]+\s*:/.test(lines[k]!); k++) out.add(k);
  });
  return out;
}

const MAX_CHUNK = 400;
/** Tokens tagged together inside a chunk, and the tokens of context tagged on either side of them. compromise's
 * first-pass tags hardly look further than a neighbour, and most of a text is never asked about, so tagging small
 * windows instead of whole sentences costs a fraction and changes nothing measurable (npm run eval). */
const WINDOW = 4;
const MARGIN = 1;

/** Tags computed per window of a chunk: a sentence, or a stretch of at most MAX_CHUNK characters cut at a line end. A
 * heading line is its own chunk and is tagged in lower case, where Title Case would make every word a proper noun. */
function lazyTags(masked: string, tokens: readonly Token[], headings: ReadonlySet<number>, memo: TagMemo | undefined): (i: number) => ReadonlySet<string> {
  const chunkStart = new Int32Array(tokens.length);
  const chunkEnd = new Int32Array(tokens.length);
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const t = tokens[i];
    const long = t !== undefined && t.end - tokens[from]!.start > MAX_CHUNK;
    const newLine = t !== undefined && t.line !== tokens[i - 1]!.line;
    const heading = newLine && (headings.has(t.line) || headings.has(tokens[i - 1]!.line));
    if (t === undefined || t.sentenceStart || heading || (long && newLine) || t.end - tokens[from]!.start > 3 * MAX_CHUNK) {
      for (let k = from; k < i; k++) { chunkStart[k] = from; chunkEnd[k] = i - 1; }
      from = i;
    }
  }
  const cache = new Map<number, ReadonlyArray<ReadonlySet<string>>>();
  return (i: number): ReadonlySet<string> => {
    if (i < 0 || i >= tokens.length) return NO_TAGS;
    const a = chunkStart[i]!;
    const first = a + Math.floor((i - a) / WINDOW) * WINDOW;
    let tags = cache.get(first);
    if (!tags) {
      const from = Math.max(a, first - MARGIN);
      const to = Math.min(chunkEnd[i]!, first + WINDOW - 1 + MARGIN);
      tags = tagRange(masked, tokens, from, to, headings.has(tokens[a]!.line), memo).slice(first - from);
      cache.set(first, tags);
    }
    return tags[i - first] ?? NO_TAGS;
  };
}

const NO_TAGS: ReadonlySet<string> = new Set();
