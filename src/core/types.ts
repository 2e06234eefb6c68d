// The shapes the engine produces. They follow shared/spec/cli.md and the annotation guidelines:
// offsets are UTF-16 indices into the text as the editor holds it, `end` exclusive.

export type EntityType = 'person' | 'organization' | 'place';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

export interface Span {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
}

export type Mention = Span;

export interface Entity {
  /** Stable within one analysis: `${type}:${name}`. */
  id: string;
  /** Canonical name: the longest full form in the text. */
  name: string;
  type: EntityType;
  /** Title or position the text attaches to a person ("Interior Minister"). */
  role?: string;
  /** Other surface forms of the same entity, without the canonical name. */
  aliases: string[];
  /** Every mention, sorted by start. */
  mentions: Mention[];
  /** The reader put the entity on their watchlist (a correction, never set by the engine). */
  watched?: boolean;
}

export type FigureKind = 'quantity' | 'count' | 'money' | 'percent' | 'duration' | 'date';

export interface Figure extends Span {
  kind: FigureKind;
  value: number | null;
  unit: string | null;
}

export interface Citation extends Span {
  /** Source name(s); several sources are joined with "; ". */
  source: string;
  /** Dates as written, normalised to single spaces; a continued day is expanded ("July 1, 4" → "July 1", "July 4"). */
  dates: string[];
}

export type SectionKind = 'title' | 'metadata' | 'summary' | 'section' | 'paragraph';

export interface Section {
  kind: SectionKind;
  /** Zero-based line of the section's first line. */
  line: number;
  /** The line trimmed and cut to 60 characters. */
  text: string;
  /** Offsets of the whole block (a section heading spans to the end of its last paragraph). */
  start: number;
  end: number;
  /** Paragraphs nested under a section heading. */
  children: Section[];
}

export interface Sentence {
  start: number;
  end: number;
}

export interface Analysis {
  entities: Entity[];
  figures: Figure[];
  citations: Citation[];
  sections: Section[];
  /** Sentence boundaries, sorted, used for hover context and co-occurrence. */
  sentences: Sentence[];
}

/** The tiny document seam the engine reads; vscode.TextDocument satisfies it through an adapter. */
export interface BriefingSource {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}
