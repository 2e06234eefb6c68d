// Builds Analysis objects by hand for tests of the editor helpers, so they do not depend on how
// well the engine extracts.
import type { Analysis, Citation, Entity, EntityType, Figure, FigureKind, Sentence, Span } from '../../../src/core/types';

/** Every occurrence of each surface form in `text`, sorted; a form inside an earlier one is skipped. */
export function spansOf(text: string, ...surfaces: string[]): Span[] {
  const spans: Span[] = [];
  const overlaps = (start: number, end: number) => spans.some((s) => start < s.end && s.start < end);
  for (const surface of surfaces) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      if (!overlaps(at, at + surface.length)) spans.push({ start: at, end: at + surface.length, text: surface });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function entity(text: string, type: EntityType, name: string, extra: { role?: string; aliases?: string[] } = {}): Entity {
  const aliases = extra.aliases ?? [];
  return { id: `${type}:${name}`, name, type, role: extra.role, aliases, mentions: spansOf(text, name, ...aliases) };
}

export function figure(text: string, surface: string, kind: FigureKind, value: number | null, unit: string | null): Figure {
  return { ...spansOf(text, surface)[0], kind, value, unit };
}

export function citation(text: string, surface: string, source: string, dates: string[]): Citation {
  return { ...spansOf(text, surface)[0], source, dates };
}

/** Sentences ending at ". " or a line break: good enough for hand-written fixtures. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^\n]+?(?:\.(?=\s|$)|$)/gm;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    if (m[0].trim()) sentences.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
  }
  return sentences;
}

export function analysisOf(text: string, parts: Partial<Analysis>): Analysis {
  return { entities: [], figures: [], citations: [], sections: [], sentences: sentencesOf(text), ...parts };
}
