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
  const blocks = outlineBlocks(segmentBlocks(text, lines), lines);
  const entries = classifyBlocks(text, blocks, startingState(), {
    leadByPosition: !opensWithYaml(text) && !hasSgmlText(text),
    titleTagged: blocks.some((b) => b.role === 'title'),
    textAfter: false,
  });
  const tree = new SectionTree();
  for (const entry of entries) tree.add(entry, 0, 0);
  return tree.sections;
}

/** What the outline reads of a block: the block, and the text of its first and last lines. */
export interface OutlineBlock extends Block {
  first: string;
  last: string;
}

export function outlineBlocks(blocks: readonly Block[], lines: readonly Line[]): OutlineBlock[] {
  return blocks.map(({ role, firstLine, lastLine, start, end, bullet }) => ({
    role, firstLine, lastLine, start, end, bullet, first: lines[firstLine]!.text, last: lines[lastLine]!.text,
  }));
}

/** Where the reading of the blocks stands: what it has met so far. */
export interface OutlineState {
  titleFound: boolean;
  headerSeen: boolean;
  bodyStarted: boolean;
  summaryPending: boolean;
  /** A block other than furniture has been met. */
  textMet: boolean;
}

export const startingState = (): OutlineState => ({ titleFound: false, headerSeen: false, bodyStarted: false, summaryPending: false, textMet: false });

/** What blocks read a stretch at a time need to know of the rest of the document. */
export interface OutlineContext {
  /** SGML wire items and YAML releases have no standfirst: their summary, if any, is labelled. */
  leadByPosition: boolean;
  /** A headline tag (<TI>, a YAML title) names the title; no line is a title by its position then. */
  titleTagged: boolean;
  /** The nearest blocks other than furniture before and after the stretch. */
  before?: Neighbour;
  after?: Neighbour;
  /** A block of text follows the stretch. */
  textAfter: boolean;
}

/** A section as classifyBlocks finds it: its block, before its children are gathered under it. */
export interface OutlineEntry {
  kind: SectionKind;
  block: OutlineBlock;
  name: string;
}

/** SGML <TEXT> container lines, which a stretch of lines holds whole. */
export const hasSgmlText = (text: string): boolean => text.includes('<') && SGML_TEXT.test(text);
export const opensWithYaml = (text: string): boolean => YAML_START.test(text);

/**
 * Decides what each block is, in order, from `state` on (which it advances). `text` is the text the
 * blocks' offsets count in.
 */
export function classifyBlocks(text: string, blocks: readonly OutlineBlock[], state: OutlineState, context: OutlineContext): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  let lastText = blocks.length - 1;
  while (lastText >= 0 && blocks[lastText]!.role !== 'text') lastText--;
  const near = (index: number, step: number): Neighbour | undefined => {
    let i = index + step;
    while (i >= 0 && i < blocks.length && blocks[i]!.role === 'furniture') i += step;
    return i < 0 ? context.before : i >= blocks.length ? context.after : neighbour(blocks[i]!);
  };
  blocks.forEach((block, index) => {
    const make = (kind: SectionKind) => entries.push({ kind, block, name: sectionName(block.first) });
    if (block.role === 'furniture') return;
    const firstText = !state.textMet;
    state.textMet = true;
    switch (block.role) {
      case 'summary-label':
        state.summaryPending = true;
        return;
      case 'metadata':
        state.headerSeen = true;
        make('metadata');
        return;
      case 'title':
        if (!state.titleFound) {
          state.titleFound = true;
          make('title');
        } else {
          make('section');
        }
        return;
    }
    const first = block.first.trim();
    if (state.summaryPending) {
      state.summaryPending = false;
      make('summary');
      return;
    }
    const textFollows = index < lastText || context.textAfter;
    const opensDocument = !state.headerSeen && firstText && textFollows;
    if (!state.titleFound && !context.titleTagged && !state.bodyStarted && isTitleShaped(block, first, opensDocument)) {
      state.titleFound = true;
      make('title');
      return;
    }
    const around: Around = (step) => near(index, step);
    const numberedHeading = block.bullet && NUMBERED_MARKER.test(first) && !inList(block, around);
    const singleLineHeading = block.firstLine === block.lastLine && (!block.bullet || numberedHeading) && looksLikeHeading(first);
    const crosshead = state.bodyStarted && isCrosshead(block, around);
    if (singleLineHeading || crosshead || isListLabel(block, around) || (!block.bullet && isBoldHeading(text, block))) {
      state.bodyStarted = true;
      make('section');
      return;
    }
    if (context.leadByPosition && !state.bodyStarted && (state.titleFound || state.headerSeen) && textFollows && isLeadShaped(text, block)) {
      state.bodyStarted = true;
      make('summary');
      return;
    }
    state.bodyStarted = true;
    make('paragraph');
  });
  return entries;
}

/** The nearest block before (`step` -1) or after (+1) that is not furniture. */
type Around = (step: -1 | 1) => Neighbour | undefined;

/** What a block's reading takes from the blocks around it. */
export interface Neighbour {
  role: Block['role'];
  bullet: boolean;
  /** The number of a numbered list item ("2."). */
  number: number | null;
  /** Its last line ends a sentence. */
  endsSentence: boolean;
  length: number;
}

export function neighbour(block: OutlineBlock): Neighbour {
  return {
    role: block.role,
    bullet: block.bullet,
    number: itemNumber(block.first),
    endsSentence: SENTENCE_END.test(block.last.trim()),
    length: block.end - block.start,
  };
}

export const sameNeighbour = (a: Neighbour | undefined, b: Neighbour | undefined): boolean =>
  a === b || (!!a && !!b && a.role === b.role && a.bullet === b.bullet && a.number === b.number && a.endsSentence === b.endsSentence && a.length === b.length);

/** Gathers classified blocks into the outline: each paragraph under the heading before it, if any. */
export class SectionTree {
  readonly sections: Section[] = [];
  private heading: Section | undefined;

  /** Adds an entry whose block's offsets count from `offset` and its lines from `firstLine`. */
  add({ kind, block, name }: OutlineEntry, offset: number, firstLine: number): void {
    const section: Section = { kind, line: block.firstLine + firstLine, text: name, start: block.start + offset, end: block.end + offset, children: [] };
    if (kind === 'paragraph' && this.heading) {
      this.heading.children.push(section);
      this.heading.end = section.end;
      return;
    }
    this.sections.push(section);
    if (kind === 'section') this.heading = section;
  }
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
function isCrosshead(block: OutlineBlock, around: Around): boolean {
  if (block.bullet || block.firstLine !== block.lastLine) return false;
  const line = block.first.trim();
  if (line.length > CROSSHEAD_LENGTH || line.split(/\s+/).length > CROSSHEAD_WORDS) return false;
  if (!/^["“‘']?\p{Lu}/u.test(line) || /[.,;:!?]["”’')\]]*$/.test(line)) return false;
  const prose = (other: Neighbour | undefined) =>
    !!other && other.role === 'text' && !other.bullet && other.endsSentence && other.length > line.length * 2;
  return prose(around(-1)) && prose(around(1));
}

/** "Key Takeaways:" over a list: a short Title Case label with a colon heads the items below it. */
function isListLabel(block: OutlineBlock, around: Around): boolean {
  if (block.bullet || block.firstLine !== block.lastLine) return false;
  const line = block.first.trim();
  if (!line.endsWith(':') || line.split(/\s+/).length > LIST_LABEL_WORDS || !looksLikeHeading(line.slice(0, -1))) return false;
  return !!around(1)?.bullet;
}

/**
 * A numbered line is a list item when a neighbouring block continues its list: a "-" bullet, or the
 * previous or next number ("2." after "1."). A numbered heading stands among paragraphs.
 */
function inList(block: OutlineBlock, around: Around): boolean {
  const own = itemNumber(block.first);
  for (const step of [-1, 1] as const) {
    const other = around(step);
    if (!other?.bullet) continue;
    if (other.number === null || own === null || other.number === own + step) return true;
  }
  return false;
}

const itemNumber = (line: string): number | null => {
  const match = /^\s*(\d{1,3})[.)]\s/.exec(line);
  return match ? Number(match[1]) : null;
};
