// Joins the entities of a document's parts: an entity named in several parts becomes one entity,
// with the type most of its mentions carry. (Spans move to document offsets in analyze.ts and wire.ts.)
import type { Analysis, Entity, EntityType, Span } from './types';

export type PartAnalysis = Omit<Analysis, 'sections'>;

export interface PlacedPart {
  /** Where the part starts in the document. */
  start: number;
  analysis: PartAnalysis;
}

/**
 * One entity of the document, before its mentions are copied out: what it is, and the entities of the
 * parts that it joins. The worker writes mentions straight from the members into its wire buffers,
 * so that an edit of a long document does not copy every mention into new objects twice.
 */
export interface JoinedEntity {
  head: Omit<Entity, 'mentions'>;
  /** In document order. */
  members: Array<{ start: number; entity: Entity }>;
  /** Whether the members' mentions, read member after member, are in document order. */
  ordered: boolean;
}

/** The document's entities, ordered by first mention. One part at the start of the text keeps its own entities and order. */
export function joinEntities(parts: readonly PlacedPart[]): JoinedEntity[] {
  return new JoinCache().join(parts);
}

type Member = JoinedEntity['members'][number];

/**
 * Joins entities as joinEntities does, remembering each joined entity from one version of a
 * document to the next: after an edit only entities of the parts that changed are joined again.
 */
export class JoinCache {
  /** By the first part entity of each group: the group's part entities and what they joined into. */
  private previous = new Map<Entity, { entities: Entity[]; head: JoinedEntity['head']; ordered: boolean }>();

  join(parts: readonly PlacedPart[]): JoinedEntity[] {
    const placed: Member[] = [];
    for (const { start, analysis } of parts) for (const entity of analysis.entities) placed.push({ start, entity });
    if (parts.length === 1 && parts[0]!.start === 0) return placed.map(alone);
    const remembered = new Map<Entity, { entities: Entity[]; head: JoinedEntity['head']; ordered: boolean }>();
    const joinedEntities = groupByName(parts).map((indices) => {
      const members = indices.map((i) => placed[i]!);
      if (members.length === 1) return alone(members[0]!);
      const entities = members.map((m) => m.entity);
      const known = this.previous.get(entities[0]!);
      const same = known !== undefined && known.entities.length === entities.length && known.entities.every((e, i) => e === entities[i]);
      const { head, ordered } = same ? known : joined(members);
      remembered.set(entities[0]!, { entities, head, ordered });
      return { head, members, ordered };
    });
    this.previous = remembered;
    return joinedEntities.sort((a, b) => firstMention(a) - firstMention(b));
  }
}

/** The entity with its mentions at document offsets; an entity of the first part is itself. */
export function entityOf(joined: JoinedEntity): Entity {
  const { head, members, ordered } = joined;
  if (members.length === 1 && members[0]!.start === 0 && ordered) return members[0]!.entity;
  const mentions: Span[] = [];
  for (const { start, entity } of members) {
    for (const m of entity.mentions) mentions.push(start === 0 ? m : { start: m.start + start, end: m.end + start, text: m.text });
  }
  if (!ordered) mentions.sort((x, y) => x.start - y.start);
  return { ...head, mentions };
}

const firstMention = ({ members, ordered }: JoinedEntity): number =>
  ordered ? members[0]!.start + members[0]!.entity.mentions[0]!.start : Math.min(...members.map((m) => m.start + m.entity.mentions[0]!.start));

function alone(member: Member): JoinedEntity {
  const { mentions: _, ...head } = member.entity;
  return { head, members: [member], ordered: true };
}

/** Each part entity's name and other names, lower-cased: kept per part, which is reused across edits. */
const keysOf = new WeakMap<PartAnalysis, { names: string[]; aliases: string[][] }>();

function partKeys(analysis: PartAnalysis): { names: string[]; aliases: string[][] } {
  let keys = keysOf.get(analysis);
  if (!keys) {
    const names = analysis.entities.map((e) => e.name.toLowerCase());
    const aliases = analysis.entities.map((e, i) => e.aliases.map((a) => a.toLowerCase()).filter((a) => a !== names[i]));
    keysOf.set(analysis, (keys = { names, aliases }));
  }
  return keys;
}

/**
 * Entities of different parts are one when they share a name, or when one's name is an alias of
 * exactly one other ("Tokayev" alone in one part, "Kassym-Jomart Tokayev" with that alias in another).
 * Returns the groups as indices into the parts' entities taken in order, each group in that order.
 * Names, not entities, are what is joined: a long document has a few hundred names and thousands of
 * part entities, and this runs after every edit.
 */
function groupByName(parts: readonly PlacedPart[]): number[][] {
  const keys = parts.map((p) => partKeys(p.analysis));
  const nodeOf = new Map<string, number>();
  for (const { names } of keys) for (const name of names) if (!nodeOf.has(name)) nodeOf.set(name, nodeOf.size);
  const groups = new UnionFind(nodeOf.size);
  const claims = new Map<string, Set<number>>();
  for (const { names, aliases } of keys) {
    names.forEach((name, i) => {
      for (const alias of aliases[i]!) {
        const set = claims.get(alias) ?? new Set<number>();
        set.add(nodeOf.get(name)!);
        claims.set(alias, set);
      }
    });
  }
  for (const [alias, claimants] of claims) {
    const named = nodeOf.get(alias);
    if (named === undefined || claimants.size !== 1) continue;
    groups.union(named, [...claimants][0]!);
  }
  const members = new Map<number, number[]>();
  let i = 0;
  for (const { names } of keys) {
    for (const name of names) {
      const root = groups.find(nodeOf.get(name)!);
      const list = members.get(root);
      if (list) list.push(i);
      else members.set(root, [i]);
      i++;
    }
  }
  return [...members.values()];
}

/** One entity from its parts' entities (in document order). */
function joined(members: readonly Member[]): Omit<JoinedEntity, 'members'> {
  const weight = new Map<EntityType, number>();
  const forms = new Set<string>();
  let role: string | undefined;
  let watched = false;
  for (const { entity: e } of members) {
    weight.set(e.type, (weight.get(e.type) ?? 0) + e.mentions.length);
    forms.add(e.name);
    for (const alias of e.aliases) forms.add(alias);
    if (!role && e.role) role = e.role;
    if (e.watched) watched = true;
  }
  const type = [...weight].sort((a, b) => b[1] - a[1])[0]![0];
  const name = canonicalName(members.filter((m) => m.entity.type === type).map((m) => m.entity.name));
  forms.delete(name);
  const head: JoinedEntity['head'] = { id: `${type}:${name}`, name, type, aliases: [...forms] };
  if (role && type === 'person') head.role = role;
  if (watched) head.watched = true;
  return { head, ordered: inDocumentOrder(members) };
}

/** Members come in document order, so their mentions usually are too: not when two entities of one part joined. */
function inDocumentOrder(members: ReadonlyArray<{ start: number; entity: Entity }>): boolean {
  let last = -1;
  for (const { start, entity } of members) {
    for (const m of entity.mentions) {
      if (m.start + start < last) return false;
      last = m.start + start;
    }
  }
  return true;
}

/** As the engine picks a canonical name: the longest form, preferring one not written in capitals. */
function canonicalName(names: readonly string[]): string {
  const shouting = (n: string): boolean => n === n.toUpperCase() && n.length > 4;
  const score = (n: string): number => (shouting(n) ? 0 : 1000) + n.length;
  let best = names[0]!;
  for (const name of new Set(names)) if (score(name) > score(best)) best = name;
  return best;
}

class UnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
