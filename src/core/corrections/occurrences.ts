// Where dictionary names occur in a briefing: whole words, case as written, and the spaces of a
// multi-word name matching any run of spaces or one line break (briefings wrap long names).
// This runs after every analysis, on megabytes of text: one scan finds where any name's first word
// starts, and only there is each name's own pattern tried.
import type { Span } from '../types';

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const ASCII_WORD = new Uint8Array(128).map((_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
const GAP = '(?:[^\\S\\r\\n]+|[^\\S\\r\\n]*(?:\\r\\n?|\\n)[^\\S\\r\\n]*)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Compiling costs more than matching, and the dictionary rarely changes between analyses. The
// word boundaries are checked by hand: a Unicode class in a pattern takes milliseconds to compile.
const patterns = new Map<string, RegExp>();
const MAX_PATTERNS = 2000;

/** Matches `name`'s words exactly at lastIndex, without its boundaries. */
function patternFor(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    pattern = new RegExp(name.split(' ').map(escapeRegExp).join(GAP), 'uy');
    patterns.set(name, pattern);
  }
  return pattern;
}

const isHigh = (unit: number) => (unit & 0xfc00) === 0xd800;
const isLow = (unit: number) => (unit & 0xfc00) === 0xdc00;

/** Whether the code point ending just before `at` is a word character. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const unit = text.charCodeAt(at - 1);
  if (unit < 128) return ASCII_WORD[unit] === 1;
  const from = isLow(unit) && at >= 2 && isHigh(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
  return WORD_CHAR.test(text.slice(from, at));
}

/** Whether the code point starting at `at` is a word character. */
function wordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const unit = text.charCodeAt(at);
  if (unit < 128) return ASCII_WORD[unit] === 1;
  return WORD_CHAR.test(text.slice(at, isHigh(unit) && isLow(text.charCodeAt(at + 1)) ? at + 2 : at + 1));
}

interface Searched {
  index: number;
  name: string;
  pattern: RegExp;
  wordStart: boolean;
  wordEnd: boolean;
  /** No surrogate half at either end, so that the name as written matches wherever the text starts with it. */
  plain: boolean;
  /** One word: where the scan finds it (or a word it begins), the text starts with it. */
  oneWord: boolean;
}

export interface NameOccurrence extends Span {
  /** Index of the name in the list searched for. */
  name: number;
}

/**
 * Every whole-word occurrence of each of `names` (whitespace already collapsed): for each name, what
 * matching it left to right would find, overlapping no other occurrence of that name. Sorted by
 * start, then longest first, then in the order of `names`.
 */
export function findOccurrences(text: string, names: readonly string[]): NameOccurrence[] {
  const byFirstWord = new Map<string, Searched[]>();
  names.forEach((name, index) => {
    const firstWord = name.split(' ')[0]!;
    if (!firstWord) return;
    const list = byFirstWord.get(firstWord) ?? [];
    list.push({
      index,
      name,
      pattern: patternFor(name),
      // Boundaries only where the name itself starts or ends with a word character: "U.S." may touch a hyphen.
      wordStart: WORD_CHAR.test(name[0]!),
      wordEnd: WORD_CHAR.test(name.slice(-1)),
      plain: !isLow(name.charCodeAt(0)) && !isHigh(name.charCodeAt(name.length - 1)),
      oneWord: name === firstWord,
    });
    byFirstWord.set(firstWord, list);
  });
  if (byFirstWord.size === 0) return [];
  // Longest first: where several first words start at one place, the match is the longest, and the
  // others are its prefixes. Only positions and words matter: no u flag, so it finds every code unit.
  const firstWords = [...byFirstWord.keys()].sort((a, b) => b.length - a.length);
  const anyFirstWord = new RegExp(firstWords.map(escapeRegExp).join('|'), 'g');
  const startingWith = new Map(firstWords.map((word) => [word, namesStartingWith(word, byFirstWord)]));
  const searchFrom = new Array<number>(names.length).fill(0);
  const found: NameOccurrence[] = [];
  for (let hit = anyFirstWord.exec(text); hit; hit = anyFirstWord.exec(text)) {
    const at = hit.index;
    anyFirstWord.lastIndex = at + 1;
    const here = found.length;
    for (const n of startingWith.get(hit[0])!) {
      if (at < searchFrom[n.index]! || (n.wordStart && wordCharBefore(text, at))) continue;
      const written = matchAt(text, at, n);
      if (written === undefined) continue;
      const end = at + written.length;
      if (n.wordEnd && wordCharAt(text, end)) continue;
      searchFrom[n.index] = end;
      found.push({ start: at, end, text: written, name: n.index });
    }
    if (found.length - here > 1) found.splice(here, found.length - here, ...found.slice(here).sort((a, b) => b.end - a.end || a.name - b.name));
  }
  return found;
}

/** The names whose first word `word` starts with. */
function namesStartingWith(word: string, byFirstWord: ReadonlyMap<string, Searched[]>): Searched[] {
  const names: Searched[] = [];
  for (let length = 1; length <= word.length; length++) names.push(...(byFirstWord.get(word.slice(0, length)) ?? []));
  return names;
}

/** The text the name's words match at `at`. */
function matchAt(text: string, at: number, n: Searched): string | undefined {
  // Mostly a name is written as the dictionary writes it, one space between words: no pattern needed.
  if (n.plain && (n.oneWord || text.startsWith(n.name, at))) return n.name;
  n.pattern.lastIndex = at;
  return n.pattern.exec(text)?.[0];
}
