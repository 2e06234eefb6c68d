// Joins the entities of a document's parts: an entity named in several parts becomes one entity,
// with the type most of its mentions carry. (Spans move to document offsets in analyze.ts and wire.ts.)
import { nameScore } from './entities/nameScore';
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
type Remembered = { entities: Entity[]; head: JoinedEntity['head']; ordered: boolean };

/**
 * Joins entities as joinEntities does, remembering each joined entity from one version of a
 * document to the next: after an edit only entities of the parts that changed are joined again.
 */
export class JoinCache {
  /** By the first part entity of each group: the group's part entities and what they joined into. */
  private previous = new Map<Entity, Remembered>();
  private readonly names = new NameTable();

  join(parts: readonly PlacedPart[]): JoinedEntity[] {
    const placed: Member[] = [];
    for (const { start, analysis } of parts) for (const entity of analysis.entities) placed.push({ start, entity });
    if (parts.length === 1 && parts[0]!.start === 0) return placed.map(alone);
    const remembered = new Map<Entity, Remembered>();
    const joinedEntities = this.names.groups(parts).map((indices) => {
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

/** A part entity's head, kept per entity: parts outlive many edits. */
const heads = new WeakMap<Entity, JoinedEntity['head']>();

function alone(member: Member): JoinedEntity {
  let head = heads.get(member.entity);
  if (!head) {
    const { mentions: _, ...rest } = member.entity;
    heads.set(member.entity, (head = rest));
  }
  return { head, members: [member], ordered: true };
}

/** A part's entities as numbers of a NameTable: each one's name, and (name, alias) pairs for its other names. */
interface PartNames {
  table: number;
  names: Int32Array;
  aliasPairs: Int32Array;
}

/**
 * Entities of different parts are one when they share a name, or when one's name is an alias of
 * exactly one other ("Tokayev" alone in one part, "Kassym-Jomart Tokayev" with that alias in another).
 * Names, not entities, are what is joined: a long document has a few hundred names and thousands of
 * part entities, and this runs after every edit. Each name (lower-cased) gets a number once per
 * document, and each part's entities are numbered once, since parts outlive many edits.
 */
class NameTable {
  private numbers = new Map<string, number>();
  /** Changes when the numbering starts over: a part numbered before must be numbered again. */
  private generation = 0;
  private readonly byPart = new WeakMap<PartAnalysis, PartNames>();

  /** The groups, as indices into the parts' entities taken in order, each group in that order. */
  groups(parts: readonly PlacedPart[]): number[][] {
    let keys = parts.map((p) => this.partNames(p.analysis));
    // Names typed and gone again would pile up over a long session: start over when most are gone.
    const entities = keys.reduce((n, k) => n + k.names.length, 0);
    if (this.numbers.size > 4 * entities + 4096) {
      this.numbers = new Map();
      this.generation++;
      keys = parts.map((p) => this.partNames(p.analysis));
    }
    const size = this.numbers.size;
    const named = new Uint8Array(size);
    for (const { names } of keys) for (const n of names) named[n] = 1;
    // The one name claiming each alias, -1 for none, -2 for several.
    const claimant = new Int32Array(size).fill(-1);
    for (const { aliasPairs } of keys) {
      for (let i = 0; i < aliasPairs.length; i += 2) {
        const name = aliasPairs[i]!;
        const alias = aliasPairs[i + 1]!;
        const held = claimant[alias]!;
        claimant[alias] = held === -1 || held === name ? name : -2;
      }
    }
    const sets = new UnionFind(size);
    for (let alias = 0; alias < size; alias++) if (named[alias] && claimant[alias]! >= 0) sets.union(alias, claimant[alias]!);
    const groupOf = new Int32Array(size).fill(-1);
    const groups: number[][] = [];
    let i = 0;
    for (const { names } of keys) {
      for (const name of names) {
        const root = sets.find(name);
        if (groupOf[root] === -1) groupOf[root] = groups.push([]) - 1;
        groups[groupOf[root]!]!.push(i++);
      }
    }
    return groups;
  }

  private partNames(analysis: PartAnalysis): PartNames {
    const known = this.byPart.get(analysis);
    if (known?.table === this.generation) return known;
    const names = new Int32Array(analysis.entities.length);
    const pairs: number[] = [];
    analysis.entities.forEach((e, i) => {
      const name = e.name.toLowerCase();
      names[i] = this.number(name);
      for (const alias of e.aliases) {
        const key = alias.toLowerCase();
        if (key !== name) pairs.push(names[i]!, this.number(key));
      }
    });
    const numbered = { table: this.generation, names, aliasPairs: Int32Array.from(pairs) };
    this.byPart.set(analysis, numbered);
    return numbered;
  }

  private number(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) this.numbers.set(name, (n = this.numbers.size));
    return n;
  }
}

const TYPE_INDEX: Record<EntityType, number> = { person: 0, organization: 1, place: 2 };

/** One entity from its parts' entities (in document order). */
function joined(members: readonly Member[]): Omit<JoinedEntity, 'members'> {
  // The type most mentions carry; on a tie, the one met first.
  const weight = [0, 0, 0];
  const firstSeen = [-1, -1, -1];
  const forms = new Set<string>();
  let role: string | undefined;
  let watched = false;
  members.forEach(({ entity: e }, i) => {
    const t = TYPE_INDEX[e.type];
    weight[t] += e.mentions.length;
    if (firstSeen[t] === -1) firstSeen[t] = i;
    forms.add(e.name);
    for (const alias of e.aliases) forms.add(alias);
    if (!role && e.role) role = e.role;
    if (e.watched) watched = true;
  });
  let best = -1;
  for (let t = 0; t < 3; t++) {
    if (firstSeen[t] === -1) continue;
    if (best === -1 || weight[t]! > weight[best]! || (weight[t] === weight[best] && firstSeen[t]! < firstSeen[best]!)) best = t;
  }
  const type = members[firstSeen[best]!]!.entity.type;
  const name = canonicalName(members, type);
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

/** As the engine picks a canonical name (nameScore), among the names of the type's members; the first wins a tie. */
function canonicalName(members: readonly Member[], type: EntityType): string {
  let best: string | undefined;
  let bestScore = -1;
  for (const { entity } of members) {
    if (entity.type !== type || entity.name === best) continue;
    const s = nameScore(entity.name);
    if (s > bestScore) [best, bestScore] = [entity.name, s];
  }
  return best!;
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
