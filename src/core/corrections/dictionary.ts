// The reader's corrections as data: what `.briefing-lens/entities.json` (or the user setting of the
// same shape) says, after reading. Pure, so the editor, the CLI and tests share one reading.
import type { EntityType } from '../types';

export interface DictionaryEntity {
  /** The canonical name the entity takes in every briefing. */
  name: string;
  type: EntityType;
  /** Other surface forms that name the same entity ("Same as…"). */
  aliases: string[];
}

export interface Dictionary {
  entities: DictionaryEntity[];
  /** Surface forms that are never an entity. */
  notEntities: string[];
  /** Names whose entity is flagged `watched`. */
  watchlist: string[];
}

export interface DictionaryProblem {
  /** 1-based line in the dictionary text. */
  line: number;
  message: string;
}

export function emptyDictionary(): Dictionary {
  return { entities: [], notEntities: [], watchlist: [] };
}

/** Names compare with their whitespace collapsed: a name wrapped across lines is the same name. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * The workspace file and the user setting together. The first dictionary's entries come first, so
 * where both claim one name the first one (the workspace's) wins.
 */
export function mergeDictionaries(first: Dictionary, second: Dictionary): Dictionary {
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    entities: [...first.entities, ...second.entities],
    notEntities: union(first.notEntities, second.notEntities),
    watchlist: union(first.watchlist, second.watchlist),
  };
}
