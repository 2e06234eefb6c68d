// Messages between the extension host and the analysis worker, and between that worker and its outline thread.
import type { WireAnalysis, WireSections } from './wire';

export type Request =
  | { type: 'document'; id: number; uri: string; text: string }
  | { type: 'text'; id: number; text: string }
  | { type: 'forget'; uri: string };

export type Reply = { id: number; wire: WireAnalysis; error?: undefined } | { id: number; error: string; wire?: undefined };

export interface OutlineRequest {
  id: number;
  text: string;
}

export type OutlineReply = { id: number; sections: WireSections; error?: undefined } | { id: number; error: string; sections?: undefined };
