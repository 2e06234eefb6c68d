// Entity mentions as editor tokens: one token per mention per line (editors cannot colour across
// a line break), in text order, never overlapping.
import { lineEnd, lineStarts } from './text/lines';
import type { Analysis, EntityType } from './types';

export interface EntityToken {
  line: number;
  character: number;
  length: number;
  type: EntityType;
  /** The entity's first mention in the document. */
  firstMention: boolean;
}

export function entityTokens(analysis: Analysis, text: string): EntityToken[] {
  const spans = analysis.entities.flatMap((entity) =>
    entity.mentions.map((mention, i) => ({ start: mention.start, end: mention.end, type: entity.type, firstMention: i === 0 })),
  );
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const starts = lineStarts(text);
  const tokens: EntityToken[] = [];
  let covered = 0;
  let line = 0;
  for (const span of spans) {
    // A mention nested in or overlapping an earlier one would make overlapping tokens; the earlier wins.
    if (span.start < covered || span.end > text.length) continue;
    covered = span.end;
    // Spans come in text order, so the line only ever moves forward.
    while (line + 1 < starts.length && starts[line + 1]! <= span.start) line++;
    // One token per line the span crosses (editors cannot colour across a line break); empty parts dropped.
    for (let l = line; l < starts.length && starts[l]! < span.end; l++) {
      const from = Math.max(span.start, starts[l]!);
      const to = Math.min(span.end, lineEnd(text, starts, l));
      if (to > from) tokens.push({ line: l, character: from - starts[l]!, length: to - from, type: span.type, firstMention: span.firstMention });
    }
  }
  return tokens;
}
