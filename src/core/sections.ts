import type { Section } from './types';
// STUB — owned by the figures/citations/sections work.
export function extractSections(_text: string): Section[] { return []; }
