// Decides whether a plain-text document reads like a briefing, from its opening lines only, and
// whether it is text at all. The editor uses it to switch `.txt` files to the briefing language
// mode and to leave binary files alone; the CLI to refuse them.

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

/** How much of a text the binary check reads: binary data shows itself at once. */
const BINARY_SCAN_CHARS = 8192;
/** Share of control characters above which a text is binary data: text in any encoding has next to none. */
const BINARY_CONTROL_SHARE = 0.02;
/** C0 controls and DEL, but not tab, line and page breaks or escape, which real text may hold. */
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g;

/**
 * Whether the text is binary data decoded as text (a renamed image, an archive). Bytes that are not
 * valid UTF-8 do not count: text in a legacy encoding shows them, and is still text.
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, BINARY_SCAN_CHARS);
  const controls = head.match(CONTROL)?.length ?? 0;
  return head.length > 0 && controls / head.length > BINARY_CONTROL_SHARE;
}
