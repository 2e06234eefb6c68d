// How an analysis crosses from the worker to the extension host. Structured cloning a long document's
// tens of thousands of span objects costs more than the analysis of an edit itself, so spans travel
// as typed arrays (transferred, not copied) and each span's text is cut again from the document on
// arrival.
import type { PartedAnalysis } from '../core/analyze';
import { joinEntities, type PartAnalysis, type PlacedPart } from '../core/mergeParts';
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

/** An analysis ready to cross. */
export function encodeAnalysis(analysis: Analysis): WireAnalysis {
  const parts = [{ start: 0, analysis }];
  return encodeParts({ sections: analysis.sections, parts, entities: joinEntities(parts) });
}

/**
 * A document analysed in parts, encoded without first joining its parts into objects: spans are
 * written at document offsets straight from each part (see mergeParts.ts).
 */
export function encodeParts({ parts, entities: joined, sections }: PartedAnalysis): WireAnalysis {
  let mentionCount = 0;
  for (const { members } of joined) for (const { entity } of members) mentionCount += entity.mentions.length;
  const mentions = new Int32Array(2 * mentionCount);
  let at = 0;
  const entities = joined.map(({ head, members, ordered }) => {
    const first = at;
    for (const { start, entity } of members) {
      for (const m of entity.mentions) { mentions[at++] = m.start + start; mentions[at++] = m.end + start; }
    }
    if (!ordered) sortPairs(mentions, first, at);
    return { ...head, mentionCount: (at - first) / 2 };
  });
  return { entities, mentions, ...encodeFigures(parts), ...encodeCitations(parts), sentences: spansOf(parts, (a) => a.sentences), ...encodeSections(sections) };
}

function encodeFigures(parts: readonly PlacedPart[]): Pick<WireAnalysis, 'figureSpans' | 'figureKinds' | 'figureValues' | 'figureUnits' | 'units'> {
  const count = parts.reduce((n, p) => n + p.analysis.figures.length, 0);
  const units: string[] = [];
  const unitIndex = new Map<string, number>();
  const figureKinds = new Uint8Array(count);
  const figureValues = new Float64Array(count);
  const figureUnits = new Int32Array(count);
  let i = 0;
  for (const { analysis } of parts) {
    for (const f of analysis.figures) {
      figureKinds[i] = FIGURE_KINDS.indexOf(f.kind);
      figureValues[i] = f.value ?? NaN;
      let u = f.unit === null ? -1 : unitIndex.get(f.unit);
      if (u === undefined) {
        u = units.push(f.unit!) - 1;
        unitIndex.set(f.unit!, u);
      }
      figureUnits[i++] = u;
    }
  }
  return { figureSpans: spansOf(parts, (a) => a.figures), figureKinds, figureValues, figureUnits, units };
}

function encodeCitations(parts: readonly PlacedPart[]): Pick<WireAnalysis, 'citations' | 'citationSpans'> {
  return {
    citations: parts.flatMap(({ analysis }) => analysis.citations.map(({ source, dates }) => ({ source, dates }))),
    citationSpans: spansOf(parts, (a) => a.citations),
  };
}

/** Sorts the (start, end) pairs of `pairs` between `from` and `to` by start. */
function sortPairs(pairs: Int32Array, from: number, to: number): void {
  const list: Array<[number, number]> = [];
  for (let i = from; i < to; i += 2) list.push([pairs[i]!, pairs[i + 1]!]);
  list.sort((x, y) => x[0] - y[0]);
  list.forEach(([start, end], k) => { pairs[from + 2 * k] = start; pairs[from + 2 * k + 1] = end; });
}

function encodeSections(sections: readonly Section[]): Pick<WireAnalysis, 'sectionFields' | 'sectionTexts'> {
  const count = sections.reduce((n, s) => n + 1 + s.children.length, 0);
  const sectionFields = new Int32Array(SECTION_FIELDS * count);
  const sectionTexts: string[] = [];
  let at = 0;
  const write = (s: Section) => {
    sectionFields[at++] = SECTION_KINDS.indexOf(s.kind);
    sectionFields[at++] = s.line;
    sectionFields[at++] = s.start;
    sectionFields[at++] = s.end;
    sectionFields[at++] = s.children.length;
    sectionTexts.push(s.text);
  };
  for (const s of sections) {
    write(s);
    s.children.forEach(write);
  }
  return { sectionFields, sectionTexts };
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

/** Every span the parts hold of one kind, at document offsets, as (start, end) pairs. */
function spansOf(parts: readonly PlacedPart[], spans: (analysis: PartAnalysis) => ReadonlyArray<{ start: number; end: number }>): Int32Array {
  const out = new Int32Array(2 * parts.reduce((n, p) => n + spans(p.analysis).length, 0));
  let at = 0;
  for (const { start, analysis } of parts) {
    for (const s of spans(analysis)) { out[at++] = s.start + start; out[at++] = s.end + start; }
  }
  return out;
}
