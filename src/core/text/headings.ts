// The shape of a heading line: short, no final full stop, and upper case, Title Case or numbered.

/** Words that stay lower case inside a Title Case heading. */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'vs', 'via', 'into', 'onto', 'over', 'per', 'than', 'upon', 'amid', 'among', 'against', 'under', 'up', 'out', 'off',
  'is', 'are', 'its', 'de', 'la', 'van', 'von', 'al',
]);

const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/;
const NUMBERED = /^(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-Z])[.)][ \t]+\S/;

export const isMarkdownHeading = (trimmed: string): boolean => MARKDOWN_HEADING.test(trimmed);

/** Strips markdown heading marks and a bold wrapper: "## **Outlook**" → "Outlook". */
function headingCore(trimmed: string): string {
  // Each pattern is tried only where its mark is: this runs on every line of a long document.
  let core = trimmed;
  if (core.startsWith('#')) core = core.replace(/^#{1,6}[ \t]+/, '');
  if (core.endsWith('#')) core = core.replace(/[ \t]+#+$/, '');
  if (core.startsWith('**') || core.startsWith('__')) core = core.replace(/^(\*\*|__)(.+)\1$/, '$2');
  return core.trim();
}

export function looksLikeHeading(trimmed: string): boolean {
  if (isMarkdownHeading(trimmed)) return true;
  const core = headingCore(trimmed);
  if (core.length === 0 || core.length > 100) return false;
  if (/[.,;:]["”’')\]]*$/.test(core)) return false;
  const words = core.split(/\s+/);
  if (words.length > 12) return false;
  if (!/\p{L}.*\p{L}/u.test(core)) return false;
  if (NUMBERED.test(core)) return true;
  if (!/\p{Ll}/u.test(core)) return true;
  if (!/^["“‘'(]?[\p{Lu}\d]/u.test(core)) return false;
  let significant = 0;
  for (let i = 1; i < words.length; i++) {
    const word = words[i].replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
    if (word === '' || !/\p{L}/u.test(word) || MINOR_WORDS.has(word.toLowerCase())) continue;
    if (!/^[\p{Lu}\d]/u.test(word)) return false;
    significant++;
  }
  return significant > 0 || words.length === 1;
}
