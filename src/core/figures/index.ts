import type { ExtractionContext } from '../context';
import type { Figure } from '../types';
// STUB — owned by the figures/citations/sections work.
export function extractFigures(_text: string, _ctx: ExtractionContext): Figure[] { return []; }
