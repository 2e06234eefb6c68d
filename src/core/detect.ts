// Decides whether a plain-text document reads like a briefing, from its opening lines only.
// The editor uses it to switch `.txt` files to the briefing language mode.

/** How far into a document the heuristic looks; briefings announce themselves early. */
const SCAN_CHARS = 3000;
/** Non-empty lines inspected: capture furniture ("Placeholder canvas") may precede the headline. */
const SCAN_LINES = 6;

const METADATA_LINE = /^(?:(?:Publication|Source|Date|Dateline|Published|Issue|Volume)\s*:\s*\S|By\s+\p{Lu}\p{L}+)/u;

/** An upper-case headline: at least two words, every letter a capital, not a shouted sentence of code. */
function isHeadline(line: string): boolean {
  if (line.length < 8 || line.length > 160) return false;
  const letters = line.match(/\p{L}/gu) ?? [];
  if (letters.length < 6) return false;
  if (letters.some((letter) => letter !== letter.toUpperCase())) return false;
  const words = line.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
  return words.length >= 2 && !/[{};=<>]/.test(line);
}

/** Prose: a line of several words, mostly lower case, that reads as sentences. */
function isProse(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length < 8) return false;
  const letters = line.match(/\p{L}/gu) ?? [];
  const lower = letters.filter((letter) => letter !== letter.toUpperCase()).length;
  return lower / Math.max(letters.length, 1) > 0.6 && !/[{};=<>]\s*$/.test(line);
}

export function looksLikeBriefing(text: string): boolean {
  const lines = text
    .slice(0, SCAN_CHARS)
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, SCAN_LINES);
  if (lines.some((line) => METADATA_LINE.test(line))) return true;
  return lines.some((line, i) => isHeadline(line) && lines.slice(i + 1, i + 3).some(isProse));
}
