// How an analysis crosses from the worker to the extension host. Structured cloning a long document's
// tens of thousands of span objects costs more than the analysis of an edit itself, so spans travel
// as typed arrays (transferred, not copied) and each span's text is cut again from the document on
// arrival.
import type { Analysis, Citation, Entity, Figure, FigureKind, Section, SectionKind } from '../core/types';

const FIGURE_KINDS: readonly FigureKind[] = ['quantity', 'count', 'money', 'percent', 'duration', 'date'];
const SECTION_KINDS: readonly SectionKind[] = ['title', 'metadata', 'summary', 'section', 'paragraph'];
/** Numbers per section in `sectionFields`: kind, line, start, end, number of children. */
const SECTION_FIELDS = 5;

type EntityHead = Omit<Entity, 'mentions'> & { mentionCount: number };
type CitationHead = Omit<Citation, 'start' | 'end' | 'text'>;

export interface WireAnalysis {
  entities: EntityHead[];
  /** start, end of every mention, entity by entity. */
  mentions: Int32Array;
  figureSpans: Int32Array;
  figureKinds: Uint8Array;
  /** NaN stands for a null value. */
  figureValues: Float64Array;
  /** Index into `units`, -1 for none. */
  figureUnits: Int32Array;
  units: string[];
  citations: CitationHead[];
  citationSpans: Int32Array;
  sentences: Int32Array;
  /** Each section, then its children, flattened. */
  sectionFields: Int32Array;
  sectionTexts: string[];
}

export function encodeAnalysis(analysis: Analysis): WireAnalysis {
  const mentionCount = analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
  const mentions = new Int32Array(2 * mentionCount);
  let at = 0;
  const entities = analysis.entities.map(({ mentions: list, ...head }) => {
    for (const m of list) { mentions[at++] = m.start; mentions[at++] = m.end; }
    return { ...head, mentionCount: list.length };
  });
  const units: string[] = [];
  const unitIndex = new Map<string, number>();
  const figures = analysis.figures;
  const figureKinds = new Uint8Array(figures.length);
  const figureValues = new Float64Array(figures.length);
  const figureUnits = new Int32Array(figures.length);
  figures.forEach((f, i) => {
    figureKinds[i] = FIGURE_KINDS.indexOf(f.kind);
    figureValues[i] = f.value ?? NaN;
    if (f.unit === null) { figureUnits[i] = -1; return; }
    let u = unitIndex.get(f.unit);
    if (u === undefined) { u = units.push(f.unit) - 1; unitIndex.set(f.unit, u); }
    figureUnits[i] = u;
  });
  return {
    entities,
    mentions,
    figureSpans: spansOf(figures),
    figureKinds,
    figureValues,
    figureUnits,
    units,
    citations: analysis.citations.map(({ source, dates }) => ({ source, dates })),
    citationSpans: spansOf(analysis.citations),
    sentences: spansOf(analysis.sentences),
    ...encodeSections(analysis.sections),
  };
}

function encodeSections(sections: readonly Section[]): Pick<WireAnalysis, 'sectionFields' | 'sectionTexts'> {
  const flat = sections.flatMap((s) => [s, ...s.children]);
  const sectionFields = new Int32Array(SECTION_FIELDS * flat.length);
  flat.forEach((s, i) => sectionFields.set([SECTION_KINDS.indexOf(s.kind), s.line, s.start, s.end, s.children.length], SECTION_FIELDS * i));
  return { sectionFields, sectionTexts: flat.map((s) => s.text) };
}

function decodeSections(fields: Int32Array, texts: readonly string[]): Section[] {
  const sections: Section[] = [];
  const at = (i: number): Section => {
    const f = SECTION_FIELDS * i;
    return { kind: SECTION_KINDS[fields[f]!]!, line: fields[f + 1]!, text: texts[i]!, start: fields[f + 2]!, end: fields[f + 3]!, children: [] };
  };
  for (let i = 0; i < texts.length; i++) {
    const section = at(i);
    const children = fields[SECTION_FIELDS * i + 4]!;
    for (let c = 0; c < children; c++) section.children.push(at(++i));
    sections.push(section);
  }
  return sections;
}

/** The buffers to transfer with a WireAnalysis (postMessage's transfer list). */
export function transferables(wire: WireAnalysis): ArrayBuffer[] {
  return [wire.mentions, wire.figureSpans, wire.figureKinds, wire.figureValues, wire.figureUnits, wire.citationSpans, wire.sentences, wire.sectionFields]
    .map((a) => a.buffer as ArrayBuffer);
}

/** The analysis again, with every span's text read from `text`, the text that was analysed. */
export function decodeAnalysis(wire: WireAnalysis, text: string): Analysis {
  let at = 0;
  const entities: Entity[] = wire.entities.map(({ mentionCount, ...head }) => {
    const mentions = new Array(mentionCount);
    for (let i = 0; i < mentionCount; i++, at += 2) mentions[i] = span(wire.mentions[at]!, wire.mentions[at + 1]!, text);
    return { ...head, mentions };
  });
  const figures: Figure[] = new Array(wire.figureKinds.length);
  for (let i = 0; i < figures.length; i++) {
    const start = wire.figureSpans[2 * i]!;
    const end = wire.figureSpans[2 * i + 1]!;
    const value = wire.figureValues[i]!;
    const unit = wire.figureUnits[i]!;
    figures[i] = {
      start, end, text: text.slice(start, end),
      kind: FIGURE_KINDS[wire.figureKinds[i]!]!,
      value: Number.isNaN(value) ? null : value,
      unit: unit < 0 ? null : wire.units[unit]!,
    };
  }
  const citations: Citation[] = wire.citations.map((c, i) => ({ ...span(wire.citationSpans[2 * i]!, wire.citationSpans[2 * i + 1]!, text), ...c }));
  const sentences = new Array(wire.sentences.length / 2);
  for (let i = 0; i < sentences.length; i++) sentences[i] = { start: wire.sentences[2 * i]!, end: wire.sentences[2 * i + 1]! };
  return { entities, figures, citations, sections: decodeSections(wire.sectionFields, wire.sectionTexts), sentences };
}

function span(start: number, end: number, text: string): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}

function spansOf(items: ReadonlyArray<{ start: number; end: number }>): Int32Array {
  const out = new Int32Array(2 * items.length);
  items.forEach((s, i) => { out[2 * i] = s.start; out[2 * i + 1] = s.end; });
  return out;
}
