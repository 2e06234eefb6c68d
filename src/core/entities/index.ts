import type { ExtractionContext } from '../context';
import type { Entity } from '../types';
// STUB — owned by the entities work.
export function extractEntities(_text: string, _ctx: ExtractionContext): Entity[] { return []; }
