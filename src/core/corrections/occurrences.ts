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
  firstWord: string;
  pattern: RegExp;
  wordStart: boolean;
  wordEnd: boolean;
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
  const searched = names.map((name, index) => ({ index, name, firstWord: name.split(' ')[0]! })).filter((n) => n.firstWord);
  if (searched.length === 0) return [];
  const byFirstUnit = new Map<number, Searched[]>();
  for (const n of searched) {
    const unit = n.firstWord.charCodeAt(0);
    const list = byFirstUnit.get(unit) ?? [];
    // Boundaries only where the name itself starts or ends with a word character: "U.S." may touch a hyphen.
    list.push({ ...n, pattern: patternFor(n.name), wordStart: WORD_CHAR.test(n.name[0]!), wordEnd: WORD_CHAR.test(n.name.slice(-1)) });
    byFirstUnit.set(unit, list);
  }
  const firstWords = [...new Set(searched.map((n) => n.firstWord))];
  // Only positions matter, never which word matched: no u flag, so it finds every code unit a word starts at.
  const anyFirstWord = new RegExp(firstWords.map(escapeRegExp).join('|'), 'g');
  const searchFrom = new Array<number>(names.length).fill(0);
  const found: NameOccurrence[] = [];
  for (let hit = anyFirstWord.exec(text); hit; hit = anyFirstWord.exec(text)) {
    const at = hit.index;
    anyFirstWord.lastIndex = at + 1;
    const here = found.length;
    for (const n of byFirstUnit.get(text.charCodeAt(at)) ?? []) {
      if (at < searchFrom[n.index]! || !text.startsWith(n.firstWord, at) || (n.wordStart && wordCharBefore(text, at))) continue;
      n.pattern.lastIndex = at;
      const match = n.pattern.exec(text);
      if (!match) continue;
      const end = at + match[0].length;
      if (n.wordEnd && wordCharAt(text, end)) continue;
      searchFrom[n.index] = end;
      found.push({ start: at, end, text: match[0], name: n.index });
    }
    if (found.length - here > 1) found.splice(here, found.length - here, ...found.slice(here).sort((a, b) => b.end - a.end || a.name - b.name));
  }
  return found;
}
