import type { Analysis, Section } from '../core/types';

/** The per-document JSON object of the CLI contract (shared/spec/cli.md). */
export function toDocumentJson(file: string, analysis: Analysis) {
  return {
    file,
    entities: analysis.entities.map((e) => ({
      name: e.name,
      type: e.type,
      ...(e.role ? { role: e.role } : {}),
      aliases: e.aliases,
      mentions: e.mentions.map(({ start, end, text }) => ({ start, end, text })),
      ...(e.watched ? { watched: true } : {}),
    })),
    figures: analysis.figures.map(({ start, end, text, kind, value, unit }) => ({ start, end, text, kind, value, unit })),
    citations: analysis.citations.map(({ start, end, text, source, dates }) => ({ start, end, text, source, dates })),
    sections: analysis.sections.map(sectionJson),
  };
}

export type DocumentJson = ReturnType<typeof toDocumentJson>;

export interface SectionJson {
  kind: string;
  line: number;
  text: string;
  start: number;
  end: number;
  children: SectionJson[];
}

function sectionJson(s: Section): SectionJson {
  return { kind: s.kind, line: s.line, text: s.text, start: s.start, end: s.end, children: s.children.map(sectionJson) };
}
