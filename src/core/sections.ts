// The outline of a briefing: title, metadata, summary, section headings and the paragraphs under them.
// Blocks come from text/blocks.ts; this file decides what each block is.
import { splitRange } from './sentences';
import { Block, segmentBlocks } from './text/blocks';
import { looksLikeHeading } from './text/headings';
import { Line, splitLines } from './text/lines';
import type { Section, SectionKind } from './types';

const NAME_LENGTH = 60;
/** "1. Background", "II. Outlook": a numbered line may be a heading, a "-" bullet never is. */
const NUMBERED_MARKER = /^(?:\d{1,2}|[IVXLC]{1,6})[.)]\s/;
const TITLE_MAX_LENGTH = 200;
/** A one-line lead longer than this is a summary only if it is a single sentence. */
const SHORT_LEAD = 200;
/** A first line of at most this many words is a headline even when it ends with a full stop. */
const SHORT_TITLE_WORDS = 12;
const MAX_BOLD_HEADING_LINES = 4;
/** A crosshead is a few words: "Growing pressure", "'Fair share'". */
const CROSSHEAD_WORDS = 8;
const CROSSHEAD_LENGTH = 60;
const LIST_LABEL_WORDS = 6;
const SENTENCE_END = /[.!?]["”’')\]]*$/;
/** An SGML <TEXT> container line, or YAML front matter opening the text. */
const SGML_TEXT = /^[ \t]*<TEXT>[ \t]*$/im;
const YAML_START = /^---[ \t]*\r?\n[A-Za-z_][\w.-]*[ \t]*:/;

export function extractSections(text: string): Section[] {
  const lines = splitLines(text);
  const blocks = segmentBlocks(text, lines);
  const sections: Section[] = [];
  let titleFound = false;
  let headerSeen = false;
  let bodyStarted = false;
  let summaryPending = false;
  let heading: Section | null = null;

  const firstTextBlock = blocks.findIndex((b) => b.role !== 'furniture');
  const lastTextBlock = findLastIndex(blocks, (b) => b.role === 'text');
  // SGML wire items and YAML releases have no standfirst: their summary, if any, is labelled.
  const leadByPosition = !(text.includes('<') && SGML_TEXT.test(text)) && !YAML_START.test(text);
  // A headline tag (<TI>, a YAML title) names the title; no line is a title by its position then.
  const titleTagged = blocks.some((b) => b.role === 'title');
  blocks.forEach((block, index) => {
    const make = (kind: SectionKind) => section(kind, block, lines);
    switch (block.role) {
      case 'furniture':
        return;
      case 'summary-label':
        summaryPending = true;
        return;
      case 'metadata':
        headerSeen = true;
        sections.push(make('metadata'));
        return;
      case 'title':
        if (!titleFound) {
          titleFound = true;
          sections.push(make('title'));
        } else {
          heading = make('section');
          sections.push(heading);
        }
        return;
    }
    const first = lines[block.firstLine].text.trim();
    if (summaryPending) {
      summaryPending = false;
      sections.push(make('summary'));
      return;
    }
    const opensDocument = !headerSeen && index === firstTextBlock && index < lastTextBlock;
    if (!titleFound && !titleTagged && !bodyStarted && isTitleShaped(block, first, opensDocument)) {
      titleFound = true;
      sections.push(make('title'));
      return;
    }
    const numberedHeading = block.bullet && NUMBERED_MARKER.test(first) && !inList(blocks, lines, index);
    const singleLineHeading = block.firstLine === block.lastLine && (!block.bullet || numberedHeading) && looksLikeHeading(first);
    const crosshead = bodyStarted && isCrosshead(blocks, lines, index);
    if (singleLineHeading || crosshead || isListLabel(blocks, lines, index) || (!block.bullet && isBoldHeading(text, block))) {
      bodyStarted = true;
      heading = make('section');
      sections.push(heading);
      return;
    }
    if (leadByPosition && !bodyStarted && (titleFound || headerSeen) && index < lastTextBlock && isLeadShaped(text, block)) {
      bodyStarted = true;
      sections.push(make('summary'));
      return;
    }
    bodyStarted = true;
    const paragraph = make('paragraph');
    if (heading) {
      heading.children.push(paragraph);
      heading.end = paragraph.end;
    } else {
      sections.push(paragraph);
    }
  });
  return sections;
}

/**
 * The metadata lines of a text, as extractSections finds them: every block of metadata is one. Parts
 * of a long document read theirs from their own blocks (see analyze.ts).
 */
export function metadataSections(text: string, blocks: readonly Block[] = segmentBlocks(text)): Section[] {
  return blocks.filter((b) => b.role === 'metadata').map((block) => {
    const lineEnd = text.slice(block.start, block.end).search(/[\r\n]/);
    const firstLine = text.slice(block.start, lineEnd < 0 ? block.end : block.start + lineEnd);
    return { kind: 'metadata', line: block.firstLine, text: sectionName(firstLine), start: block.start, end: block.end, children: [] };
  });
}

function section(kind: SectionKind, block: Block, lines: readonly Line[]): Section {
  return { kind, line: block.firstLine, text: sectionName(lines[block.firstLine].text), start: block.start, end: block.end, children: [] };
}

/** The line trimmed and cut to 60 UTF-16 units, never splitting a surrogate pair. */
function sectionName(line: string): string {
  const trimmed = line.trim();
  if (trimmed.length <= NAME_LENGTH) return trimmed;
  const cut = /[\uD800-\uDBFF]/.test(trimmed[NAME_LENGTH - 1]) ? NAME_LENGTH - 1 : NAME_LENGTH;
  return trimmed.slice(0, cut);
}

/** A headline: one short line before any body text, not closed by a full stop unless it is all capitals. */
function isTitleShaped(block: Block, first: string, opensDocument: boolean): boolean {
  if (block.bullet || block.firstLine !== block.lastLine || first.length > TITLE_MAX_LENGTH) return false;
  // "# Headline" may be a title; "## Background" is a section even at the top.
  if (/^#{2,6}\s/.test(first)) return false;
  const words = first.split(/\s+/).length;
  if (words > 30) return false;
  const allCaps = !/\p{Ll}/u.test(first) && /\p{Lu}/u.test(first);
  if (allCaps || !/[.;:,]["”’')\]]*$/.test(first)) return true;
  // Some captures close even the headline with a full stop: a short first line still is one.
  return opensDocument && words <= SHORT_TITLE_WORDS && /\.$/.test(first) && !/\.\s/.test(first);
}

/** A block set wholly in bold ("**Today’s order bans:**"), which may wrap over a few lines. */
function isBoldHeading(text: string, block: Block): boolean {
  if (block.lastLine - block.firstLine >= MAX_BOLD_HEADING_LINES) return false;
  return /^(\*\*|__)(?:(?!\1)[^])+\1$/.test(text.slice(block.start, block.end));
}

/** A lead: one line of one sentence (or a short line) directly after the headline or metadata. */
function isLeadShaped(text: string, block: Block): boolean {
  if (block.bullet || block.firstLine !== block.lastLine) return false;
  if (block.end - block.start <= SHORT_LEAD) return true;
  return splitRange(text, block.start, block.end).length === 1;
}

/**
 * A news crosshead: a short line in sentence case or quotes ("Growing pressure", "'Fair share'") standing
 * alone between two paragraphs of prose. A short closing line or a one-line sentence is no crosshead.
 */
function isCrosshead(blocks: readonly Block[], lines: readonly Line[], index: number): boolean {
  const block = blocks[index];
  if (block.bullet || block.firstLine !== block.lastLine) return false;
  const line = lines[block.firstLine].text.trim();
  if (line.length > CROSSHEAD_LENGTH || line.split(/\s+/).length > CROSSHEAD_WORDS) return false;
  if (!/^["“‘']?\p{Lu}/u.test(line) || /[.,;:!?]["”’')\]]*$/.test(line)) return false;
  const prose = (i: number) => {
    const neighbour = blocks[i];
    if (!neighbour || neighbour.role !== 'text' || neighbour.bullet) return false;
    const text = lines[neighbour.lastLine].text.trim();
    return SENTENCE_END.test(text) && neighbour.end - neighbour.start > line.length * 2;
  };
  return prose(neighbourIndex(blocks, index, -1)) && prose(neighbourIndex(blocks, index, 1));
}

/** "Key Takeaways:" over a list: a short Title Case label with a colon heads the items below it. */
function isListLabel(blocks: readonly Block[], lines: readonly Line[], index: number): boolean {
  const block = blocks[index];
  if (block.bullet || block.firstLine !== block.lastLine) return false;
  const line = lines[block.firstLine].text.trim();
  if (!line.endsWith(':') || line.split(/\s+/).length > LIST_LABEL_WORDS || !looksLikeHeading(line.slice(0, -1))) return false;
  return !!blocks[neighbourIndex(blocks, index, 1)]?.bullet;
}

/** The nearest block before (`step` -1) or after (+1) that is not furniture. */
function neighbourIndex(blocks: readonly Block[], index: number, step: number): number {
  let i = index + step;
  while (i >= 0 && i < blocks.length && blocks[i].role === 'furniture') i += step;
  return i;
}

/**
 * A numbered line is a list item when a neighbouring block continues its list: a "-" bullet, or the
 * previous or next number ("2." after "1."). A numbered heading stands among paragraphs.
 */
function inList(blocks: readonly Block[], lines: readonly Line[], index: number): boolean {
  const own = itemNumber(lines[blocks[index].firstLine].text);
  for (const step of [-1, 1]) {
    const neighbour = blocks[neighbourIndex(blocks, index, step)];
    if (!neighbour?.bullet) continue;
    const number = itemNumber(lines[neighbour.firstLine].text);
    if (number === null || own === null || number === own + step) return true;
  }
  return false;
}

const itemNumber = (line: string): number | null => {
  const match = /^\s*(\d{1,3})[.)]\s/.exec(line);
  return match ? Number(match[1]) : null;
};

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
