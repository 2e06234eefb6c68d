import { strict as assert } from 'assert';
import fc from 'fast-check';
import { JoinCache, entityOf, joinEntities, type PlacedPart } from '../../src/core/mergeParts';
import { ENTITY_TYPES, type Entity, type EntityType } from '../../src/core/types';

const PART_LENGTH = 1000;
const NAMES = ['Kassym-Jomart Tokayev', 'Tokayev', 'TOKAYEV', 'Astana', 'KAZBAT', 'Kazbat', 'Almaty Region', 'Almaty', 'Interfax', 'Nurlan Sembinov', 'Sembinov'];

/** The join as its comment states it, done the plain way: every part entity against every other. */
function referenceJoin(parts: readonly PlacedPart[]): Entity[] {
  const all = parts.flatMap(({ start, analysis }) => analysis.entities.map((entity) => ({ start, entity })));
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => (parent[find(a)] = find(b));
  const key = (name: string) => name.toLowerCase();
  all.forEach((a, i) => all.forEach((b, j) => key(a.entity.name) === key(b.entity.name) && union(i, j)));
  const claimants = new Map<string, Set<string>>();
  for (const { entity } of all) {
    for (const alias of entity.aliases.map(key).filter((a) => a !== key(entity.name))) {
      claimants.set(alias, (claimants.get(alias) ?? new Set()).add(key(entity.name)));
    }
  }
  for (const [alias, names] of claimants) {
    const aliasOwner = all.findIndex((a) => key(a.entity.name) === alias);
    if (aliasOwner < 0 || names.size !== 1) continue;
    union(aliasOwner, all.findIndex((a) => key(a.entity.name) === [...names][0]));
  }
  const groups = new Map<number, typeof all>();
  all.forEach((a, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), a]));
  const entities = [...groups.values()].map((members): Entity => {
    const weights = new Map<EntityType, number>();
    for (const { entity } of members) weights.set(entity.type, (weights.get(entity.type) ?? 0) + entity.mentions.length);
    const type = [...weights].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
    const score = (n: string) => (n.length > 4 && n === n.toUpperCase() ? 0 : 1000) + n.length;
    const name = members.filter((m) => m.entity.type === type).map((m) => m.entity.name).reduce((best, n) => (score(n) > score(best) ? n : best));
    const aliases = [...new Set(members.flatMap((m) => [m.entity.name, ...m.entity.aliases]))].filter((a) => a !== name);
    const role = members.find((m) => m.entity.role)?.entity.role;
    const mentions = members
      .flatMap(({ start, entity }) => entity.mentions.map((m) => ({ start: m.start + start, end: m.end + start, text: m.text })))
      .sort((a, b) => a.start - b.start);
    return {
      id: `${type}:${name}`, name, type, aliases,
      ...(role && type === 'person' ? { role } : {}),
      ...(members.some((m) => m.entity.watched) ? { watched: true } : {}),
      mentions,
    };
  });
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

const partEntity = fc.record({
  name: fc.constantFrom(...NAMES),
  aliases: fc.array(fc.constantFrom(...NAMES), { maxLength: 2 }),
  type: fc.constantFrom(...ENTITY_TYPES),
  mentions: fc.integer({ min: 1, max: 4 }),
  role: fc.option(fc.constantFrom('president', 'minister'), { nil: undefined }),
  watched: fc.boolean(),
});

/** Parts of PART_LENGTH characters; within a part, each mention has a place of its own. */
const parts = fc.array(fc.array(partEntity, { minLength: 1, maxLength: 5 }), { minLength: 2, maxLength: 8 }).map((list) =>
  list.map((drafts, p): PlacedPart => {
    let slot = 0;
    const entities = drafts.map(({ name, aliases, type, mentions, role, watched }): Entity => {
      const own = [...new Set(aliases)].filter((a) => a !== name);
      const spans = Array.from({ length: mentions }, () => ({ start: 40 * slot++ + 3, end: 40 * slot + 3 + name.length - 40, text: name }));
      return { id: `${type}:${name}`, name, type, aliases: own, mentions: spans, ...(role && type === 'person' ? { role } : {}), ...(watched ? { watched } : {}) };
    });
    // A part lists its entities by first mention; interleave two of them to test the mention order.
    if (entities.length > 1) [entities[0]!.mentions[0]!.start, entities[1]!.mentions[0]!.start] = [entities[1]!.mentions[0]!.start, entities[0]!.mentions[0]!.start];
    entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
    return { start: p * PART_LENGTH, analysis: { entities, figures: [], citations: [], sentences: [] } };
  }),
);

describe('joining the entities of parts', () => {
  it('joins as the plain reference does: shared names, an alias claimed by one name, the type most mentions carry', () => {
    fc.assert(
      fc.property(parts, (placed) => {
        assert.deepEqual(joinEntities(placed).map(entityOf), referenceJoin(placed));
      }),
      { numRuns: 300 },
    );
  });

  it('numbers names afresh once most of those it numbered are gone, and joins as before', () => {
    const place = (name: string, start: number): Entity => ({ id: `place:${name}`, name, type: 'place', aliases: [], mentions: [{ start, end: start + name.length, text: name }] });
    // Thousands of names typed and gone again, as over a long session, then a document of a few.
    const many: PlacedPart[] = Array.from({ length: 5 }, (_, p) => ({
      start: p * 100_000,
      analysis: { entities: Array.from({ length: 1200 }, (_, i) => place(`Place ${p}-${i}`, 40 * i)), figures: [], citations: [], sentences: [] },
    }));
    const few: PlacedPart[] = [
      { start: 0, analysis: { entities: [place('Astana', 0), place('Almaty', 40)], figures: [], citations: [], sentences: [] } },
      { start: 1000, analysis: { entities: [place('ALMATY', 0), many[0]!.analysis.entities[0]!], figures: [], citations: [], sentences: [] } },
    ];
    const cache = new JoinCache();
    // Every place of `many` is a name of its own (the reference, quadratic, would take seconds here).
    const names = many.flatMap((p) => p.analysis.entities.map((e) => e.name));
    assert.deepEqual(cache.join(many).map((e) => entityOf(e).name), names);
    assert.deepEqual(cache.join(few).map(entityOf), referenceJoin(few));
    assert.deepEqual(cache.join(many).map((e) => entityOf(e).name), names, 'parts numbered before the fresh start are numbered again');
  });

  it('after a part changes, gives what a fresh join gives, reusing what it joined before', () => {
    fc.assert(
      fc.property(parts, parts, fc.nat(), (before, replacements, which) => {
        const cache = new JoinCache();
        cache.join(before);
        const i = which % before.length;
        const after = before.map((part, k) => (k === i ? { start: part.start, analysis: replacements[0]!.analysis } : part));
        assert.deepEqual(cache.join(after).map(entityOf), referenceJoin(after));
        assert.deepEqual(cache.join(before).map(entityOf), referenceJoin(before));
      }),
      { numRuns: 200 },
    );
  });
});
