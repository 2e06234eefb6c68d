// Messages between the extension host and the analysis worker.
import type { WireAnalysis } from './wire';

export type Request =
  | { type: 'document'; id: number; uri: string; text: string }
  | { type: 'text'; id: number; text: string }
  | { type: 'forget'; uri: string };

export type Reply = { id: number; wire: WireAnalysis; error?: undefined } | { id: number; error: string; wire?: undefined };
