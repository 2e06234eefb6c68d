// Reads the evaluation sets from the shared folder beside the repository. They are never copied
// into the repository: when a set is absent the evaluation skips it.
import * as fs from 'fs';
import * as path from 'path';
import type { Citation, EntityType, Figure } from '../../src/core/types';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
}

export interface GoldBriefing {
  file: string;
  text: string;
  entities: { name: string; type: EntityType; role?: string; mentions: GoldMention[] }[];
  figures: Figure[];
  citations: Citation[];
  sections: { kind: string; line: number; text: string }[];
}

export interface GoldConll {
  id: string;
  text: string;
  entities: { start: number; end: number; type: 'PER' | 'ORG' | 'LOC' | 'MISC'; text: string }[];
}

export function sharedDir(): string {
  return process.env.BRIEFING_LENS_SHARED ?? path.resolve(__dirname, '../../../../shared');
}

/** Our own fictional briefings (test/fixtures/<folder>), annotated by the same guidelines and kept out of engine work. */
export function heldoutDir(folder = 'heldout'): string {
  return path.resolve(__dirname, '../../../test/fixtures', folder);
}

export function loadBriefings(dir = path.join(sharedDir(), 'data/briefings-dev')): GoldBriefing[] | undefined {
  if (!fs.existsSync(dir)) return undefined;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const text = fs.readFileSync(path.join(dir, gold.file), 'utf8').replace(/^\uFEFF/, '');
      return { ...gold, text } as GoldBriefing;
    });
}

export function loadConll(file = path.join(sharedDir(), 'data/conll2003/dev.jsonl')): GoldConll[] | undefined {
  if (!fs.existsSync(file)) return undefined;
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldConll);
}
