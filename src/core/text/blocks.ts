// Cuts a text into blocks: runs of lines that belong together (a paragraph, a list item, a metadata
// line with its continuation, a YAML key, a piece of furniture). Sections and sentences both read them,
// so the outline and the sentence boundaries always agree.
import { looksLikeHeading, isMarkdownHeading } from './headings';
import { indentOf, Line, splitLines } from './lines';
import { LineRole, parenBalance, roleOfLine } from './lineRoles';
import { noticeEnd } from './notices';

export type BlockRole = LineRole;

export interface Block {
  role: BlockRole;
  firstLine: number;
  lastLine: number;
  /** First non-blank character of the block. */
  start: number;
  /** Just past the last non-blank character of the block. */
  end: number;
  /** The block opens with a list marker ("-", "*", "--", "1."). */
  bullet: boolean;
}

/** List markers; FBIS writes its bullets "--Text" with no space. */
const BULLET = /^[ \t]*(?:--[ \t]*|(?:[-*•▪◦‣–]|\d{1,3}[.)]|\(\d{1,3}\)|[a-z]\))[ \t]+)([^\s-])/u;
const SENTENCE_END = /[.:;!?]["”’')\]*]*$/;
/** Lines longer than this are not hard-wrapped: each is a paragraph of its own. */
const UNWRAPPED_WIDTH = 100;
/** Restriction notices are sought in an SGML header or, without one, in the first lines of the text. */
export const NOTICE_TOP_LINES = 30;
const SGML_HEADER_OPEN = /^<(?:DOC|HEADER)>$/i;
const SGML_HEADER_CLOSE = /^<(?:\/HEADER|TEXT)>$/i;
/** A header line with an unclosed parenthesis or tag takes at most this many continuation lines. */
const MAX_CONTINUATION_LINES = 3;

export function segmentBlocks(text: string, lines: readonly Line[] = splitLines(text)): Block[] {
  return scanBlocks(lines, { firstLine: 0, firstLineIndents: usesFirstLineIndent(lines), inSgmlHeader: false }).blocks;
}

/**
 * Where a scan of blocks starts: the top of the document, or a line after a blank one further down,
 * where no block is open (outlineCache.ts scans a long document a stretch at a time).
 */
export interface ScanStart {
  /** The document's line number of the first line scanned: 0 is the top, where front matter and notices are sought. */
  firstLine: number;
  /** Whether the whole document opens its paragraphs with an indented first line (see usesFirstLineIndent). */
  firstLineIndents: boolean;
  /** An SGML header is open where the scan starts. */
  inSgmlHeader: boolean;
}

/** The blocks of the lines scanned (their line numbers counted from the first line scanned), and whether an SGML header is still open after them. */
export function scanBlocks(lines: readonly Line[], start: ScanStart): { blocks: Block[]; inSgmlHeader: boolean } {
  const blocks: Block[] = [];
  let current: Block | null = null;
  /** Set while a header line's parenthesis or SGML tag is still open; says when it closes. */
  let closes: ((line: string) => boolean) | null = null;

  const open = (line: Line, role: BlockRole, bullet = false): Block => {
    const block = blockOfLine(line, role, bullet);
    blocks.push(block);
    return block;
  };

  const firstLineIndents = start.firstLineIndents;
  const frontMatterEnd = start.firstLine === 0 ? yamlFrontMatterEnd(lines) : 0;
  if (frontMatterEnd > 0) blocks.push(...frontMatterBlocks(lines, frontMatterEnd));

  let inSgmlHeader = start.inSgmlHeader;
  for (let i = frontMatterEnd > 0 ? frontMatterEnd + 1 : 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.text.trim();
    if (trimmed === '') {
      current = null;
      closes = null;
      continue;
    }
    if (SGML_HEADER_OPEN.test(trimmed)) inSgmlHeader = true;
    else if (SGML_HEADER_CLOSE.test(trimmed)) inSgmlHeader = false;
    if (current && closes) {
      if (line.index - current.firstLine <= MAX_CONTINUATION_LINES) {
        extendBlock(current, line);
        if (closes(line.text)) {
          current = null;
          closes = null;
        }
        continue;
      }
      closes = null;
      current = null;
    }
    const notice = (inSgmlHeader || start.firstLine + i < NOTICE_TOP_LINES) && current?.role !== 'text' ? noticeEnd(lines, i, inSgmlHeader) : -1;
    if (notice >= 0) {
      extendBlock(open(line, 'furniture'), lines[notice]);
      current = null;
      i = notice;
      continue;
    }
    const role = roleOfLine(trimmed);
    if (role !== 'text') {
      current = open(line, role);
      closes = role === 'metadata' || role === 'title' ? continuation(line.text) : null;
      if (!closes) current = null;
      continue;
    }
    if (isMarkdownHeading(trimmed)) {
      open(line, 'text');
      current = null;
      continue;
    }
    const previous = current ? lines[current.lastLine] : null;
    const bullet = isBulletStart(line.text, previous, current);
    if (current && current.role === 'text' && previous && !bullet && !startsParagraph(line, previous, current, firstLineIndents)) {
      extendBlock(current, line);
    } else {
      current = open(line, 'text', bullet);
    }
  }
  return { blocks, inSgmlHeader };
}

function blockOfLine(line: Line, role: BlockRole, bullet = false): Block {
  const start = line.start + (line.text.length - line.text.trimStart().length);
  return { role, firstLine: line.index, lastLine: line.index, start, end: line.start + line.text.trimEnd().length, bullet };
}

function extendBlock(block: Block, line: Line): void {
  block.lastLine = line.index;
  block.end = line.start + line.text.trimEnd().length;
}

/** YAML front matter: its fences are furniture; each "key:" opens a block (a title for "title:") that wrapped
 * value lines continue, and a blank line ends it. */
function frontMatterBlocks(lines: readonly Line[], end: number): Block[] {
  const blocks = [blockOfLine(lines[0], 'furniture')];
  let current: Block | null = null;
  for (let i = 1; i < end; i++) {
    const line = lines[i];
    if (line.text.trim() === '') {
      current = null;
      continue;
    }
    const key = /^([A-Za-z_][\w.-]*)[ \t]*:/.exec(line.text);
    if (key || !current) {
      current = blockOfLine(line, key?.[1].toLowerCase() === 'title' ? 'title' : 'metadata');
      blocks.push(current);
    } else {
      extendBlock(current, line);
    }
  }
  blocks.push(blockOfLine(lines[end], 'furniture'));
  return blocks;
}

/**
 * A header line that leaves an SGML tag ("<F P=102> … in\nEnglish … </F>") or a parenthesis
 * ("(AUTHOR: … CALL\nCHIEF ANALYST …)") open keeps the following lines; the result says when it closes.
 */
function continuation(text: string): ((next: string) => boolean) | null {
  const tag = /^\s*<([A-Za-z]\w*)\b[^>]*>/.exec(text);
  if (tag) {
    const closing = new RegExp(`</${tag[1]}>`, 'i');
    return closing.test(text) ? null : (next) => closing.test(next);
  }
  let balance = parenBalance(text);
  return balance > 0 ? (next) => (balance += parenBalance(next)) <= 0 : null;
}

/** The index of the closing "---" of YAML front matter that opens the text, or 0 when there is none. */
export function yamlFrontMatterEnd(lines: readonly Line[]): number {
  if (lines.length < 3 || lines[0].text.trim() !== '---') return 0;
  if (!/^[A-Za-z_][\w.-]*[ \t]*:/.test(lines[1].text)) return 0;
  const limit = Math.min(lines.length, 1000);
  for (let i = 2; i < limit; i++) {
    const t = lines[i].text.trim();
    if (t === '---' || t === '...') return i;
  }
  return 0;
}

/** A list marker opens a new item unless it merely continues a wrapped sentence ("…grain exports\n- in particular"). */
function isBulletStart(text: string, previous: Line | null, current: Block | null): boolean {
  const match = BULLET.exec(text);
  if (!match) return false;
  if (!previous || current?.bullet) return true;
  if (SENTENCE_END.test(previous.text.trimEnd())) return true;
  return /[\p{Lu}\d*"“‘'[(]/u.test(match[1]);
}

/**
 * Whether paragraphs open with an indented first line and wrap back to the margin (FBIS style). Then every
 * indented line opens a paragraph, even one as deep as the line before ("   Outlook" then "   Text …").
 */
function usesFirstLineIndent(lines: readonly Line[]): boolean {
  return firstLineIndentPairs(lines) >= FIRST_LINE_INDENT_PAIRS;
}

const FIRST_LINE_INDENT_PAIRS = 2;

/**
 * Pairs of lines of text, an indented one followed by one at the margin, counted up to the two that
 * make a document's style. A pair never spans a blank line, so a document's count is its stretches' sum.
 */
export function firstLineIndentPairs(lines: readonly Line[]): number {
  let seen = 0;
  for (let i = 0; i + 1 < lines.length && seen < FIRST_LINE_INDENT_PAIRS; i++) {
    const here = lines[i].text;
    const next = lines[i + 1].text;
    if (indentOf(here) === 0 || indentOf(next) > 0 || next.trim() === '' || here.trim() === '' || BULLET.test(next)) continue;
    if (roleOfLine(here.trim()) === 'text' && roleOfLine(next.trim()) === 'text') seen++;
  }
  return seen;
}

/** Whether the first-line-indent pairs of a document's stretches make its style (see usesFirstLineIndent). */
export const indentsFirstLines = (pairs: number): boolean => pairs >= FIRST_LINE_INDENT_PAIRS;

/** A new paragraph without a blank line: first-line indentation, unwrapped text, or a heading line above. */
function startsParagraph(line: Line, previous: Line, current: Block, firstLineIndents: boolean): boolean {
  const indent = indentOf(line.text);
  if (firstLineIndents && indent > 0) return true;
  if (current.bullet) return false;
  if (indent > 0 && indent > indentOf(previous.text)) return true;
  const prev = previous.text.trim();
  if (prev.length > UNWRAPPED_WIDTH && SENTENCE_END.test(prev)) return true;
  return current.firstLine === current.lastLine && prev.length <= 60 && looksLikeHeading(prev) && /^\s*[\p{Lu}"“]/u.test(line.text);
}
