import type { Sentence } from './types';
// STUB — owned by the figures/citations/sections work.
export function splitSentences(_text: string): Sentence[] { return []; }
