// Joins the analyses of a document's parts into one. Spans move to document offsets; an entity named
// in several parts becomes one entity, with the type most of its mentions carry.
import type { Analysis, Entity, EntityType, Span } from './types';

export type PartAnalysis = Omit<Analysis, 'sections'>;

export interface PlacedPart {
  /** Where the part starts in the document. */
  start: number;
  analysis: PartAnalysis;
}

export function mergeParts(parts: readonly PlacedPart[]): PartAnalysis {
  if (parts.length === 1 && parts[0]!.start === 0) return parts[0]!.analysis;
  // Objects are built field by field: this runs after every edit of a long document, over every span in it.
  const entities = parts.flatMap(({ start, analysis }) => analysis.entities.map((e) => (start === 0 ? e : {
    ...e, mentions: e.mentions.map((m) => ({ start: m.start + start, end: m.end + start, text: m.text })),
  })));
  return {
    entities: mergeEntities(entities),
    figures: parts.flatMap(({ start, analysis }) => start === 0 ? analysis.figures : analysis.figures.map((f) => ({
      start: f.start + start, end: f.end + start, text: f.text, kind: f.kind, value: f.value, unit: f.unit,
    }))),
    citations: parts.flatMap(({ start, analysis }) => start === 0 ? analysis.citations : analysis.citations.map((c) => ({
      start: c.start + start, end: c.end + start, text: c.text, source: c.source, dates: c.dates,
    }))),
    sentences: parts.flatMap(({ start, analysis }) => start === 0 ? analysis.sentences : analysis.sentences.map((s) => ({
      start: s.start + start, end: s.end + start,
    }))),
  };
}

const key = (name: string): string => name.toLowerCase();

/**
 * Entities of different parts are one when they share a name, or when one's name is an alias of
 * exactly one other ("Tokayev" alone in one part, "Kassym-Jomart Tokayev" with that alias in another).
 */
function mergeEntities(entities: readonly Entity[]): Entity[] {
  const groups = new UnionFind(entities.length);
  const byName = new Map<string, number>();
  entities.forEach((e, i) => {
    const k = key(e.name);
    const other = byName.get(k);
    if (other === undefined) byName.set(k, i);
    else groups.union(other, i);
  });
  const claims = new Map<string, Set<number>>();
  entities.forEach((e, i) => {
    for (const alias of e.aliases) {
      const k = key(alias);
      if (k === key(e.name)) continue;
      const set = claims.get(k) ?? new Set<number>();
      set.add(groups.find(i));
      claims.set(k, set);
    }
  });
  for (const [k, claimants] of claims) {
    const named = byName.get(k);
    if (named === undefined || claimants.size !== 1) continue;
    groups.union(named, [...claimants][0]!);
  }
  const members = new Map<number, Entity[]>();
  entities.forEach((e, i) => {
    const root = groups.find(i);
    const list = members.get(root);
    if (list) list.push(e);
    else members.set(root, [e]);
  });
  return [...members.values()].map(joinEntities).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** One entity from its parts' entities (in document order). */
function joinEntities(parts: Entity[]): Entity {
  if (parts.length === 1) return parts[0]!;
  const weight = new Map<EntityType, number>();
  for (const e of parts) weight.set(e.type, (weight.get(e.type) ?? 0) + e.mentions.length);
  const type = [...weight].sort((a, b) => b[1] - a[1])[0]![0];
  const name = canonicalName(parts.filter((e) => e.type === type).map((e) => e.name));
  const forms = new Set(parts.flatMap((e) => [e.name, ...e.aliases]));
  forms.delete(name);
  // Parts come in document order, so the mentions usually are too: sort only when two entities of one part joined.
  const mentions: Span[] = parts.flatMap((e) => e.mentions);
  if (mentions.some((m, i) => i > 0 && m.start < mentions[i - 1]!.start)) mentions.sort((x, y) => x.start - y.start);
  const entity: Entity = { id: `${type}:${name}`, name, type, aliases: [...forms], mentions };
  const role = parts.find((e) => e.role)?.role;
  if (role && type === 'person') entity.role = role;
  if (parts.some((e) => e.watched)) entity.watched = true;
  return entity;
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
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
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
