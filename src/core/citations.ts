import type { Citation } from './types';
// STUB — owned by the figures/citations/sections work.
export function extractCitations(_text: string): Citation[] { return []; }
