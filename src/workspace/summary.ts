// What the workspace index keeps of one briefing: its entities with every mention as a line/character
// range (so Find All References needs no file read) and its headings (for Go to Symbol in Workspace).
// Compact on purpose: a thousand briefings' summaries are held in memory and written to disk.
import { splitLines, lineOfOffset, type Line } from '../core/text/lines';
import type { Analysis, EntityType, Section } from '../core/types';

/** [startLine, startCharacter, endLine, endCharacter]: zero-based, characters in UTF-16 code units, as VS Code counts them. */
export type LineRange = [number, number, number, number];

export interface EntitySummary {
  /** `${type}:${name}`, as in the analysis. */
  id: string;
  name: string;
  type: EntityType;
  role?: string;
  aliases: string[];
  /** Every mention, in text order. */
  mentions: LineRange[];
  watched?: boolean;
}

export interface HeadingSummary {
  kind: 'title' | 'section';
  text: string;
  /** The heading's own line. */
  range: LineRange;
}

export interface BriefingSummary {
  entities: EntitySummary[];
  headings: HeadingSummary[];
}

/** Converts offsets to line/character positions for many offsets in one text. */
export function positionsIn(text: string): (offset: number) => [number, number] {
  const lines: Line[] = splitLines(text);
  return (offset) => {
    const line = lineOfOffset(lines, offset);
    return [line, offset - lines[line]!.start];
  };
}

/** The title and section headings; metadata, summary and paragraphs are no places to jump to by name. */
function headingsOf(sections: readonly Section[], at: (offset: number) => [number, number]): HeadingSummary[] {
  return sections
    .filter((s): s is Section & { kind: 'title' | 'section' } => (s.kind === 'title' || s.kind === 'section') && s.text.length > 0)
    .map((s) => {
      const [line, character] = at(s.start);
      return { kind: s.kind, text: s.text, range: [line, character, line, character + s.text.length] };
    });
}

export function summarise(text: string, analysis: Analysis): BriefingSummary {
  const at = positionsIn(text);
  const lineRange = (start: number, end: number): LineRange => [...at(start), ...at(end)];
  return {
    entities: analysis.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      ...(e.role ? { role: e.role } : {}),
      aliases: e.aliases,
      mentions: e.mentions.map((m) => lineRange(m.start, m.end)),
      ...(e.watched ? { watched: true } : {}),
    })),
    headings: headingsOf(analysis.sections, at),
  };
}
