// Entity mentions as editor tokens: one token per mention per line (editors cannot colour across
// a line break), in text order, never overlapping.
import { LineIndex } from './lines';
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
    entity.mentions.map((mention, i) => ({ ...mention, type: entity.type, firstMention: i === 0 })),
  );
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const lines = new LineIndex(text);
  const tokens: EntityToken[] = [];
  let covered = 0;
  for (const span of spans) {
    // A mention nested in or overlapping an earlier one would make overlapping tokens; the earlier wins.
    if (span.start < covered || span.end > text.length) continue;
    covered = span.end;
    for (const segment of lines.segments(span.start, span.end)) {
      tokens.push({ ...segment, type: span.type, firstMention: span.firstMention });
    }
  }
  return tokens;
}
