// Sentence boundaries. Blocks (paragraphs, headings, metadata lines) never share a sentence; inside a
// block a sentence ends at ".", "!" or "?" (with any closing quotes and brackets) before a capital,
// unless the full stop belongs to an abbreviation ("Mr.", "Lt.", "Jan.", "U.S.").
import { type Block, segmentBlocks } from './text/blocks';
import type { Sentence } from './types';

/** Abbreviations that always precede a name or a number, so they never end a sentence. */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm',
  'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'rev', 'hon', 'st', 'mt', 'ft', 'pres', 'amb', 'supt', 'insp', 'det',
  'no', 'nos', 'vol', 'pp', 'p', 'art', 'fig', 'vs', 'v', 'cf', 'e.g', 'i.e', 'approx', 'ca', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun', 'dept', 'univ', 'assn', 'bros', 'ave', 'blvd', 'rd', 'op',
]);
/** Abbreviations that may also close a sentence: they end one only before a typical sentence opener. */
const SOMETIMES_FINAL = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'al', 'plc', 'llc', 'bn', 'mn']);
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'but', 'and',
  'in', 'on', 'at', 'as', 'if', 'when', 'while', 'however', 'meanwhile', 'his', 'her', 'its', 'their', 'our', 'such',
  'yet', 'so', 'for', 'after', 'before', 'since', 'although', 'despite', 'according', 'some', 'many', 'most',
]);

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isSpace = (ch: string) => /\s/.test(ch);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '[', '«']);

export function splitSentences(text: string, blocks: readonly Block[] = segmentBlocks(text)): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) splitRange(text, block.start, block.end, sentences);
  return sentences;
}

/** Splits `text[start, end)` into sentences, appending them to `out`. Linear in the range's length. */
export function splitRange(text: string, start: number, end: number, out: Sentence[] = []): Sentence[] {
  let sentenceStart = skipSpace(text, start, end);
  for (let i = sentenceStart; i < end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let close = i + 1;
    while (close < end && (CLOSERS.has(text[close]) || text[close] === '.' || text[close] === '!' || text[close] === '?')) close++;
    const dot = i;
    // Whatever follows, the closing run has been read: never read it again (keeps the scan linear).
    i = close - 1;
    if (close >= end || !isSpace(text[close])) continue;
    const next = skipSpace(text, close, end);
    if (next >= end || !opensSentence(text, next, end)) continue;
    if (ch === '.' && close === dot + 1 && !endsSentenceAfterPeriod(text, sentenceStart, dot, next, end)) continue;
    out.push({ start: sentenceStart, end: close });
    sentenceStart = next;
    i = next - 1;
  }
  const last = trimEnd(text, sentenceStart, end);
  if (last > sentenceStart) out.push({ start: sentenceStart, end: last });
  return out;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text[i])) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text[end - 1])) end--;
  return end;
}

function opensSentence(text: string, i: number, end: number): boolean {
  let ch = text[i];
  if (OPENERS.has(ch) && i + 1 < end) ch = text[i + 1];
  return isUpper(ch) || /\d/.test(ch);
}

/** Decides whether the full stop at `dot` ends a sentence, given the word before it and the word after. */
function endsSentenceAfterPeriod(text: string, from: number, dot: number, next: number, end: number): boolean {
  let wordStart = dot;
  const floor = Math.max(from, dot - 20);
  while (wordStart > floor && /[\p{L}.]/u.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, dot).replace(/^\.+/, '');
  if (word === '') return true;
  const lower = word.toLowerCase();
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next, Math.min(end, next + 30)))?.[0].toLowerCase() ?? '';
  const opener = SENTENCE_OPENERS.has(nextWord);
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  // Initials and dotted acronyms: "J. Smith", "U.S. Ambassador", but "in the U.S. The …" ends.
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return opener && word.length > 1;
  if (SOMETIMES_FINAL.has(lower)) return opener;
  return true;
}
