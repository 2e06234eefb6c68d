// Parenthetical source references: "(Nezavisimaya gazeta, June 28)", "(Interfax, July 1, 4)",
// "(14 September, Almaty TV)", "(Kommersant, May 3; Vedomosti, May 4)". A parenthesis is a citation when,
// once its dates are taken out, what is left is one or more source names. "(TASS)" and "(3 May)" are not.
import { findDates } from './figures/dates';
import type { Citation } from './types';

/** Longest parenthesis considered; a citation is short. */
const MAX_LENGTH = 240;
const MAX_SOURCE_WORDS = 7;
/** First words that open a remark, not a source name. */
const NOT_A_SOURCE_START = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'this',
  'that', 'these', 'those', 'eg', 'ie', 'as', 'in', 'on', 'at', 'by', 'for', 'from', 'since', 'until',
  'to', 'of', 'with', 'which', 'who', 'when', 'where', 'around', 'after', 'before', 'during', 'up', 'some',
  'about', 'then', 'now', 'later', 'earlier', 'also', 'not', 'no', 'yes', 'approximately', 'roughly', 'nearly', 'p', 'pp',
]);
/** "(see Kursiv, May 3)": the pointer word is not part of the source's name. */
const LEAD_IN = /^(?:see also|see|cf\.?|quoted in|cited in|via)\s+/i;
/**
 * Beside the source and date, neither of them: an issue or page number ("No. 25", "page 1") or a note on
 * whom the source quotes or who quoted it ("citing the Defence Ministry", "cited by Interfax").
 */
const ASIDE = /^(?:(?:No|Nos|Issue|Vol|p|pp|page|pages)\.?\s*\d+(?:[-–]\d+)?|(?:citing|quoting|according to|cited by|quoted by)\s.+)$/i;
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;
/** Words that make a piece a clause, not a name ("Tajikistan has had no aircraft since …"). Names keep "of", "the", "and". */
const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should',
  'may', 'might', 'said', 'says', 'say', 'told', 'reported', 'reports', 'no', 'not', 'since', 'until', 'when', 'while',
  'which', 'who', 'that', 'this', 'it', 'he', 'she', 'they', 'we', 'in', 'at', 'to', 'from', 'by', 'with', 'as', 'if',
  'than', 'then', 'after', 'before', 'during', 'about',
]);

export function extractCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') open = i;
    else if (ch === ')' && open >= 0) {
      if (i - open <= MAX_LENGTH && !hasBlankLine(text, open, i)) {
        const citation = readCitation(text, open, i + 1);
        if (citation) citations.push(citation);
      }
      open = -1;
    }
  }
  return citations;
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  return /\n[ \t]*\r?\n|\r[ \t]*\r/.test(text.slice(from, to));
}

function readCitation(text: string, start: number, end: number): Citation | null {
  const inner = text.slice(start + 1, end - 1);
  const dates = findDates(text, start + 1, end - 1);
  if (dates.length === 0) return null;
  // Blank out the dates; what remains, split at separators, must be source names and nothing else.
  let rest = '';
  let at = start + 1;
  for (const d of dates) {
    rest += text.slice(at, d.start) + ';';
    at = d.end;
  }
  rest += text.slice(at, end - 1);
  const pieces = rest
    .split(/[;,]|\s+and\s+/)
    .map((p) => p.replace(/\s+/g, ' ').trim().replace(LEAD_IN, ''))
    .filter((p) => p !== '' && !ASIDE.test(p));
  if (pieces.length === 0 || !pieces.every(isSourceName)) return null;
  if (inner.trim() === '') return null;
  return {
    start,
    end,
    text: text.slice(start, end),
    source: pieces.join('; '),
    dates: dates.map((d) => d.written),
  };
}

/** A name as an agency, paper or broadcaster is written: capitalised first word, a few words, no sentence. */
function isSourceName(piece: string): boolean {
  const words = piece.split(' ');
  if (words.length > MAX_SOURCE_WORDS || piece.length > 80) return false;
  if (/^(?:www\.|https?:\/\/)|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i.test(piece)) return true;
  if (!/^["“'‘]?[\p{Lu}\d]/u.test(piece) || !/\p{L}/u.test(piece)) return false;
  if (/[!?:]|\.\s|\d{3,}/u.test(piece)) return false;
  const first = words[0].replace(/^["“'‘]/, '').toLowerCase();
  if (NOT_A_SOURCE_START.has(first) || WEEKDAY.test(words[0])) return false;
  return !words.some((w) => CLAUSE_WORDS.has(w));
}
