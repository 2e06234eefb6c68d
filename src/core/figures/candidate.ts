import type { FigureKind } from '../types';

/** A figure found by one rule, before the text slice is attached. `lastToken` lets the scan move on. */
export interface Candidate {
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  lastToken: number;
}

/** Multiplies without binary noise: 3.1 × 1e6 is 3100000, not 3100000.0000000005. */
export const scaled = (value: number, scale: number): number => Number((value * scale).toPrecision(12));

export const normaliseSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();
