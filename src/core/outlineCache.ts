// The outline of a long document, kept from one version to the next. extractSections reads every
// block of the text in order; here the text is read in stretches, each starting at a paragraph after
// a blank line, where no block is open. A stretch keeps its blocks and its sections, and after an
// edit it is read again only if its text changed or what its reading depends on did: the state of
// the reading where it starts, the blocks next to it, and a few facts of the whole document. The
// result is exactly extractSections' (a property test holds the two together), at the cost of the
// stretches the edit touched.
import { paragraphHash } from './parts';
import {
  type Neighbour, type OutlineContext, type OutlineEntry, type OutlineState, SectionTree,
  classifyBlocks, hasSgmlText, neighbour, opensWithYaml, outlineBlocks, sameNeighbour, startingState,
} from './sections';
import { NOTICE_TOP_LINES, type Block, firstLineIndentPairs, indentsFirstLines, scanBlocks, yamlFrontMatterEnd } from './text/blocks';
import { type TextChange, textChange } from './text/change';
import { detached } from './text/detached';
import { type Line, lineStarts, splitLines } from './text/lines';
import type { Section } from './types';

/** A paragraph after a blank line starts a stretch when the hash of its first characters says so, one in this many. */
const STRETCH_ONE_IN = 8;
/** YAML front matter is sought in this many lines (see yamlFrontMatterEnd). */
const FRONT_MATTER_LINES = 1000;

/** What a stretch has read, kept while its text stays the same. */
interface Reading {
  /** The stretch's text, a copy: what its reading keeps must not hold the whole version of the document. */
  text: string;
  indentPairs: number;
  sgmlText: boolean;
  blocks?: {
    /** What the scan depended on: the stretch opening the document, its first-line-indent style, an SGML header open at the start. */
    top: boolean;
    firstLineIndents: boolean;
    inSgmlHeader: boolean;
    list: Block[];
    /** With their lines' text, for when the stretch's sections are read again. */
    outline?: ReturnType<typeof outlineBlocks>;
    sgmlOpenAfter: boolean;
    titled: boolean;
    hasText: boolean;
    first?: Neighbour;
    last?: Neighbour;
  };
  sections?: {
    /** What the classification depended on. */
    state: OutlineState;
    context: OutlineContext;
    entries: OutlineEntry[];
    after: OutlineState;
  };
}

interface Stretch {
  start: number;
  end: number;
  /** The document's line number of the stretch's first line. */
  firstLine: number;
  reading: Reading;
}

export class OutlineCache {
  private previous: { text: string; byStart: Map<number, Stretch> } | undefined;
  /** Stretches the last call read again (the others' sections were kept). */
  stretchesRead = 0;

  /** `oneIn` sets how often a paragraph starts a stretch; 1 (each one) is for tests. */
  constructor(private readonly oneIn = STRETCH_ONE_IN) {}

  /** The outline of `text`; `change` may say how it differs from the text read before. */
  sections(text: string, change?: TextChange): Section[] {
    const previous = this.previous;
    const known = previous && (change?.before === previous.text ? change : textChange(previous.text, text));
    const stretches = stretchesOf(text, this.oneIn).map(({ start, end, firstLine }): Stretch => {
      let reading: Reading | undefined;
      if (previous && known) {
        if (end <= known.prefix) reading = sameSpan(previous.byStart.get(start), start, end);
        else if (start >= text.length - known.suffix) {
          const shift = text.length - previous.text.length;
          reading = sameSpan(previous.byStart.get(start - shift), start - shift, end - shift);
        }
      }
      return { start, end, firstLine, reading: reading ?? readStretch(text, start, end) };
    });
    this.previous = { text, byStart: new Map(stretches.map((s) => [s.start, s])) };
    const { sections, read } = outline(text, stretches);
    this.stretchesRead = read;
    return sections;
  }
}

const sameSpan = (stretch: Stretch | undefined, start: number, end: number): Reading | undefined =>
  stretch && stretch.start === start && stretch.end === end ? stretch.reading : undefined;

/** What depends on a stretch's text alone. */
function readStretch(text: string, start: number, end: number): Reading {
  const own = detached(text.slice(start, end));
  // Its lines are split again when its blocks are scanned: kept from here until then, the lines of
  // every stretch of a long text would be alive at once.
  return { text: own, indentPairs: firstLineIndentPairs(splitLines(own)), sgmlText: hasSgmlText(own) };
}

function outline(text: string, stretches: readonly Stretch[]): { sections: Section[]; read: number } {
  const firstLineIndents = indentsFirstLines(stretches.reduce((n, s) => n + s.reading.indentPairs, 0));
  let inSgmlHeader = false;
  for (const stretch of stretches) {
    const { reading } = stretch;
    const blocks = reading.blocks;
    if (!blocks || blocks.top !== (stretch.start === 0) || blocks.firstLineIndents !== firstLineIndents || blocks.inSgmlHeader !== inSgmlHeader) {
      reading.blocks = scanStretch(splitLines(reading.text), stretch, firstLineIndents, inSgmlHeader);
      reading.sections = undefined;
    }
    inSgmlHeader = reading.blocks!.sgmlOpenAfter;
  }
  const leadByPosition = !opensWithYaml(text) && !stretches.some((s) => s.reading.sgmlText);
  const titleTagged = stretches.some((s) => s.reading.blocks!.titled);
  // The blocks next to each stretch, and whether text follows it, from the stretches around it.
  const after: Array<Neighbour | undefined> = new Array(stretches.length);
  const textAfter: boolean[] = new Array(stretches.length);
  let next: Neighbour | undefined;
  let textFollows = false;
  for (let i = stretches.length - 1; i >= 0; i--) {
    after[i] = next;
    textAfter[i] = textFollows;
    const blocks = stretches[i]!.reading.blocks!;
    next = blocks.first ?? next;
    textFollows ||= blocks.hasText;
  }
  const tree = new SectionTree();
  let state = startingState();
  let before: Neighbour | undefined;
  let read = 0;
  stretches.forEach((stretch, i) => {
    const { reading } = stretch;
    const context: OutlineContext = { leadByPosition, titleTagged, before, after: after[i], textAfter: textAfter[i]! };
    const kept = reading.sections;
    if (!kept || !sameState(kept.state, state) || !sameContext(kept.context, context)) {
      const blocks = reading.blocks!;
      blocks.outline ??= outlineBlocks(blocks.list, splitLines(reading.text));
      const entered = copy(state);
      const entries = classifyBlocks(reading.text, blocks.outline, state, context);
      reading.sections = { state: entered, context, entries, after: copy(state) };
      read++;
    }
    state = copy(reading.sections!.after);
    for (const entry of reading.sections!.entries) tree.add(entry, stretch.start, stretch.firstLine);
    before = reading.blocks!.last ?? before;
  });
  return { sections: tree.sections, read };
}

function scanStretch(lines: readonly Line[], stretch: Stretch, firstLineIndents: boolean, inSgmlHeader: boolean): NonNullable<Reading['blocks']> {
  const scan = scanBlocks(lines, { firstLine: stretch.firstLine, firstLineIndents, inSgmlHeader });
  const outline = outlineBlocks(scan.blocks, lines);
  const shown = outline.filter((b) => b.role !== 'furniture');
  return {
    top: stretch.start === 0,
    firstLineIndents,
    inSgmlHeader,
    list: scan.blocks,
    outline,
    sgmlOpenAfter: scan.inSgmlHeader,
    titled: scan.blocks.some((b) => b.role === 'title'),
    hasText: scan.blocks.some((b) => b.role === 'text'),
    first: shown.length ? neighbour(shown[0]!) : undefined,
    last: shown.length ? neighbour(shown[shown.length - 1]!) : undefined,
  };
}

const copy = ({ titleFound, headerSeen, bodyStarted, summaryPending, textMet }: OutlineState): OutlineState =>
  ({ titleFound, headerSeen, bodyStarted, summaryPending, textMet });

const sameState = (a: OutlineState, b: OutlineState): boolean =>
  a.titleFound === b.titleFound && a.headerSeen === b.headerSeen && a.bodyStarted === b.bodyStarted && a.summaryPending === b.summaryPending && a.textMet === b.textMet;

const sameContext = (a: OutlineContext, b: OutlineContext): boolean =>
  a.leadByPosition === b.leadByPosition && a.titleTagged === b.titleTagged && a.textAfter === b.textAfter &&
  sameNeighbour(a.before, b.before) && sameNeighbour(a.after, b.after);

/**
 * Where the stretches of a text start: at a paragraph after a blank line, chosen by the hash of its
 * first characters, so that an edit moves no start away from it. None is in the document's top
 * lines, where front matter and notices are read.
 */
function stretchesOf(text: string, oneIn: number): Array<{ start: number; end: number; firstLine: number }> {
  const starts = lineStarts(text);
  const stretches: Array<{ start: number; end: number; firstLine: number }> = [];
  let start = 0;
  let firstLine = 0;
  for (let k = Math.max(1, topLines(text, starts)); k < starts.length; k++) {
    // A line's break is white space too: the line before is blank when all up to this one is.
    const at = starts[k]!;
    if (!isBlank(text, starts[k - 1]!, at) || paragraphHash(text, at) % oneIn !== 0) continue;
    if (isBlank(text, at, k + 1 < starts.length ? starts[k + 1]! : text.length)) continue;
    stretches.push({ start, end: at, firstLine });
    start = at;
    firstLine = k;
  }
  stretches.push({ start, end: text.length, firstLine });
  return stretches;
}

/** The lines at the top that no stretch starts in: the notices' lines, and YAML front matter. */
function topLines(text: string, starts: readonly number[]): number {
  if (!/^\s*---/.test(text)) return NOTICE_TOP_LINES;
  const head = Math.min(starts.length - 1, FRONT_MATTER_LINES + 1);
  const lines = splitLines(head < starts.length - 1 ? text.slice(0, starts[head]) : text);
  return Math.max(NOTICE_TOP_LINES, yamlFrontMatterEnd(lines) + 1);
}

/** Whether text[from, to) is only white space, as String.trim counts it. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    return code > 127 && /^\s*$/.test(text.slice(i, to));
  }
  return true;
}
