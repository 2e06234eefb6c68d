// Where a dictionary name occurs in a briefing: whole words, case as written, and the spaces of a
// multi-word name matching any run of spaces or one line break (briefings wrap long names).
import type { Span } from '../types';

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const GAP = '(?:[^\\S\\r\\n]+|[^\\S\\r\\n]*(?:\\r\\n?|\\n)[^\\S\\r\\n]*)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternFor(name: string): RegExp {
  const words = name.split(' ');
  const body = words.map(escapeRegExp).join(GAP);
  // Boundaries only where the name itself starts or ends with a word character: "U.S." may touch a hyphen.
  const before = WORD_CHAR.test(name[0]!) ? '(?<![\\p{L}\\p{N}\\p{M}_])' : '';
  const after = WORD_CHAR.test(name.slice(-1)) ? '(?![\\p{L}\\p{N}\\p{M}_])' : '';
  return new RegExp(before + body + after, 'gu');
}

/** Every whole-word occurrence of `name` (whitespace already collapsed) in `text`, in text order. */
export function findOccurrences(text: string, name: string): Span[] {
  const firstWord = name.split(' ')[0]!;
  if (!name || !text.includes(firstWord)) return [];
  const spans: Span[] = [];
  for (const match of text.matchAll(patternFor(name))) {
    const start = match.index!;
    spans.push({ start, end: start + match[0].length, text: match[0] });
  }
  return spans;
}
