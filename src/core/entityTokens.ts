// Entity mentions as editor tokens: one token per mention per line (editors cannot colour across
// a line break), in text order, never overlapping.
import { lineOfOffset, splitLines, type Line } from './text/lines';
import type { Analysis, EntityType } from './types';

export interface EntityToken {
  line: number;
  character: number;
  length: number;
  type: EntityType;
  /** The entity's first mention in the document. */
  firstMention: boolean;
}

/** The parts of `[start, end)` on each line, line breaks left out; empty parts are dropped. */
function lineSegments(lines: readonly Line[], start: number, end: number): { line: number; character: number; length: number }[] {
  const segments = [];
  for (let line = lineOfOffset(lines, start); line < lines.length && lines[line].start < end; line++) {
    const from = Math.max(start, lines[line].start);
    const to = Math.min(end, lines[line].end);
    if (to > from) segments.push({ line, character: from - lines[line].start, length: to - from });
  }
  return segments;
}

export function entityTokens(analysis: Analysis, text: string): EntityToken[] {
  const spans = analysis.entities.flatMap((entity) =>
    entity.mentions.map((mention, i) => ({ ...mention, type: entity.type, firstMention: i === 0 })),
  );
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const lines = splitLines(text);
  const tokens: EntityToken[] = [];
  let covered = 0;
  for (const span of spans) {
    // A mention nested in or overlapping an earlier one would make overlapping tokens; the earlier wins.
    if (span.start < covered || span.end > text.length) continue;
    covered = span.end;
    for (const segment of lineSegments(lines, span.start, span.end)) {
      tokens.push({ ...segment, type: span.type, firstMention: span.firstMention });
    }
  }
  return tokens;
}
