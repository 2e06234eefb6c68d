// The workspace index's view of entities across files: name forms, one entity's aggregate over the
// files that mention it, and the matching of symbol queries. Pure; built to stay cheap over tens of
// thousands of file entities.
import type { EntityType } from '../core/types';
import type { EntitySummary, LineRange } from './summary';

/** Names compare without regard to case or spacing ("Central  Bank" is "central bank"). */
export function nameKey(name: string): string {
  const lower = name.toLowerCase();
  // Most names are already single-spaced: skip the regular expression for them.
  return /\s\s|[^\S ]|^ | $/.test(lower) ? lower.trim().replace(/\s+/g, ' ') : lower;
}

export function entityKey(type: EntityType, name: string): string {
  return `${type}:${nameKey(name)}`;
}

/** Code-unit order: a thousand-file sort by ICU collation would hold up the editor, and ties only need to be stable. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What a reference search starts from: the entity under the cursor in the open briefing. */
export interface EntityRef {
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

export interface EntityForms {
  /** `type:name form`. */
  key: string;
  /** `type:alias form` of each alias. */
  aliasKeys: readonly string[];
}

/** Each entity's normalised forms, computed once: queries run over tens of thousands of them. */
const formsMemo = new WeakMap<EntityRef, EntityForms>();

export function formsOf(entity: EntityRef): EntityForms {
  let forms = formsMemo.get(entity);
  if (!forms) {
    forms = { key: entityKey(entity.type, entity.name), aliasKeys: entity.aliases.map((alias) => entityKey(entity.type, alias)) };
    formsMemo.set(entity, forms);
  }
  return forms;
}

/** One file's entity, as the index files it. */
export interface Member {
  uri: string;
  entity: EntitySummary;
}

export interface EntityFile {
  uri: string;
  /** Mentions of the entity in this file. */
  mentions: number;
  first: LineRange;
}

const fileOf = ({ uri, entity }: Member): EntityFile => ({ uri, mentions: entity.mentions.length, first: entity.mentions[0]! });

/** Most mentions first, then by uri. */
const byWeight = (a: Member, b: Member) => b.entity.mentions.length - a.entity.mentions.length || byCodeUnits(a.uri, b.uri);

/**
 * One entity across the workspace: every file's entity of the same type and name (case and spacing
 * aside). The figures a tree row shows are computed at once, in one pass; the sorted file list and
 * the merged aliases only when asked for (a row expanded, a filter typed).
 */
export class WorkspaceEntity {
  readonly name: string;
  readonly type: EntityType;
  readonly role?: string;
  readonly watched: boolean;
  /** Mentions in all files. */
  readonly mentions: number;
  /** The file that mentions it most: where a click on its row goes. */
  readonly lead: EntityFile;
  private sortedFiles: EntityFile[] | undefined;
  private mergedAliases: string[] | undefined;

  constructor(
    readonly key: string,
    private readonly members: readonly Member[],
  ) {
    let lead = members[0]!;
    let roleFrom: Member | undefined;
    let mentions = 0;
    let watched = false;
    for (const member of members) {
      mentions += member.entity.mentions.length;
      watched ||= member.entity.watched === true;
      if (byWeight(member, lead) < 0) lead = member;
      if (member.entity.role && (!roleFrom || byWeight(member, roleFrom) < 0)) roleFrom = member;
    }
    // The spelling, and the role, of the file that mentions it most.
    this.name = lead.entity.name;
    this.type = lead.entity.type;
    if (roleFrom) this.role = roleFrom.entity.role;
    this.watched = watched;
    this.mentions = mentions;
    this.lead = fileOf(lead);
  }

  get fileCount(): number {
    return this.members.length;
  }

  /** Most mentions first. */
  get files(): EntityFile[] {
    this.sortedFiles ??= [...this.members].sort(byWeight).map(fileOf);
    return this.sortedFiles;
  }

  /** Every other form any file knows it by. */
  get aliases(): string[] {
    if (!this.mergedAliases) {
      const nameForm = nameKey(this.name);
      const aliases = new Map<string, string>();
      for (const { entity } of this.members) {
        for (const alias of entity.aliases) {
          const form = nameKey(alias);
          if (form !== nameForm && !aliases.has(form)) aliases.set(form, alias);
        }
      }
      this.mergedAliases = [...aliases.values()].sort(byCodeUnits);
    }
    return this.mergedAliases;
  }
}

export interface FileRange {
  uri: string;
  range: LineRange;
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
 * How well a lower-case candidate matches the query, ignoring case: whole name, prefix, word start,
 * substring, then the query's characters in order (what VS Code asks providers to accept, before it
 * ranks the results itself). Undefined for no match.
 */
export function matcher(query: string): (candidate: string) => number | undefined {
  const q = query.trim().toLowerCase();
  return (c) => {
    if (q.length === 0) return 1;
    if (c === q) return 5;
    if (c.startsWith(q)) return 4;
    const at = c.indexOf(q);
    if (at > 0) return /[\s\-'’(]/.test(c[at - 1]!) ? 3 : 2;
    let i = 0;
    for (let k = 0; k < c.length && i < q.length; k++) if (c[k] === q[i]) i++;
    return i === q.length ? 1 : undefined;
  };
}

export function matchScore(query: string, candidate: string): number | undefined {
  return matcher(query)(candidate.toLowerCase());
}
