import type { Citation, Section, Sentence } from './types';

/** What the later extractors may read of the earlier ones' results. */
export interface ExtractionContext {
  citations: readonly Citation[];
  sections: readonly Section[];
  sentences: readonly Sentence[];
}
