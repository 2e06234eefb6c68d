// What the editor asks of the workspace index: every entity with the files that mention it, the
// mentions of one entity in other files, and symbols matching a query. Pure functions over entries.
import type { EntityType } from '../core/types';
import type { BriefingEntry } from './entry';
import type { EntitySummary, LineRange } from './summary';

/** Names compare without regard to case or spacing ("Central  Bank" is "central bank"). */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function entityKey(type: EntityType, name: string): string {
  return `${type}:${nameKey(name)}`;
}

export interface EntityFile {
  uri: string;
  /** Mentions of the entity in this file. */
  mentions: number;
  first: LineRange;
}

/** One entity across the workspace: every file's entity of the same type and name. */
export interface WorkspaceEntity {
  key: string;
  /** The spelling of the file that mentions it most. */
  name: string;
  type: EntityType;
  role?: string;
  /** Every other form any file knows it by. */
  aliases: string[];
  watched: boolean;
  /** Mentions in all files. */
  mentions: number;
  /** Most mentions first. */
  files: EntityFile[];
}

export function workspaceEntities(briefings: readonly BriefingEntry[]): WorkspaceEntity[] {
  const groups = new Map<string, { uri: string; entity: EntitySummary }[]>();
  for (const { uri, summary } of briefings) {
    for (const entity of summary.entities) {
      if (entity.mentions.length === 0) continue;
      const key = entityKey(entity.type, entity.name);
      const group = groups.get(key);
      if (group) group.push({ uri, entity });
      else groups.set(key, [{ uri, entity }]);
    }
  }
  return [...groups].map(([key, members]) => {
    members.sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || a.uri.localeCompare(b.uri));
    const lead = members[0]!.entity;
    const nameForm = nameKey(lead.name);
    const aliases = new Map<string, string>();
    for (const { entity } of members) {
      for (const alias of entity.aliases) if (nameKey(alias) !== nameForm && !aliases.has(nameKey(alias))) aliases.set(nameKey(alias), alias);
    }
    const role = members.find((m) => m.entity.role)?.entity.role;
    return {
      key,
      name: lead.name,
      type: lead.type,
      ...(role ? { role } : {}),
      aliases: [...aliases.values()].sort((a, b) => a.localeCompare(b)),
      watched: members.some((m) => m.entity.watched),
      mentions: members.reduce((sum, m) => sum + m.entity.mentions.length, 0),
      files: members.map(({ uri, entity }) => ({ uri, mentions: entity.mentions.length, first: entity.mentions[0]! })),
    };
  });
}

/** What a reference search starts from: the entity under the cursor in the open briefing. */
export interface EntityRef {
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/**
 * Whether two files' entities are the same one: same type, and one's canonical name is the other's
 * name or alias. Two people who merely share an alias (a surname) are not matched.
 */
export function sameEntity(a: EntityRef, b: EntityRef): boolean {
  if (a.type !== b.type) return false;
  const aName = nameKey(a.name);
  const bName = nameKey(b.name);
  return aName === bName || b.aliases.some((x) => nameKey(x) === aName) || a.aliases.some((x) => nameKey(x) === bName);
}

export interface FileRange {
  uri: string;
  range: LineRange;
}

/** Mentions of the entity in every indexed briefing except `exceptUri` (whose mentions the editor has live). */
export function referencesTo(briefings: readonly BriefingEntry[], target: EntityRef, exceptUri: string): FileRange[] {
  const found: FileRange[] = [];
  for (const { uri, summary } of briefings) {
    if (uri === exceptUri) continue;
    for (const entity of summary.entities) {
      if (sameEntity(target, entity)) for (const range of entity.mentions) found.push({ uri, range });
    }
  }
  return found;
}

export type SymbolKindName = EntityType | 'title' | 'section';

export interface SymbolHit {
  name: string;
  kind: SymbolKindName;
  uri: string;
  /** The first mention of an entity, or a heading's line. */
  range: LineRange;
  /** Shown beside the name (VS Code adds the file): a person's role or the entity's type, or the kind of heading. */
  detail: string;
  /** How well the name matches the query; higher first. */
  score: number;
}

/**
 * How well `candidate` matches `query`, ignoring case: whole name, prefix, word start, substring,
 * then the query's characters in order (what VS Code asks providers to accept, before it ranks
 * the results itself). Undefined for no match.
 */
export function matchScore(query: string, candidate: string): number | undefined {
  const q = query.trim().toLocaleLowerCase();
  const c = candidate.toLocaleLowerCase();
  if (q.length === 0) return 1;
  if (c === q) return 5;
  if (c.startsWith(q)) return 4;
  const at = c.indexOf(q);
  if (at > 0) return /[\s\-'’(]/.test(c[at - 1]!) ? 3 : 2;
  let i = 0;
  for (const ch of c) if (ch === q[i]) i++;
  return i === q.length ? 1 : undefined;
}

/** Entities (one symbol per file that mentions them) and headings whose name matches, best first, at most `limit`. */
export function searchSymbols(briefings: readonly BriefingEntry[], query: string, limit: number): SymbolHit[] {
  const hits: (SymbolHit & { weight: number })[] = [];
  for (const { uri, summary } of briefings) {
    for (const entity of summary.entities) {
      const score = matchScore(query, entity.name);
      if (score !== undefined && entity.mentions.length > 0) {
        const detail = entity.role ?? entity.type;
        hits.push({ name: entity.name, kind: entity.type, uri, range: entity.mentions[0]!, detail, score, weight: entity.mentions.length });
      }
    }
    for (const heading of summary.headings) {
      const score = matchScore(query, heading.text);
      if (score !== undefined) hits.push({ name: heading.text, kind: heading.kind, uri, range: heading.range, detail: heading.kind, score, weight: 0 });
    }
  }
  hits.sort((a, b) => b.score - a.score || b.weight - a.weight || a.name.localeCompare(b.name) || a.uri.localeCompare(b.uri));
  return hits.slice(0, limit).map(({ weight: _weight, ...hit }) => hit);
}
