import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { applyDictionary, type Dictionary, normalizeName } from '../../src/core/corrections';
import { ENTITY_TYPES, type Analysis } from '../../src/core/types';

// Briefing-like words (fictional names), so random documents reach both the engine's rules and
// the dictionary's names, plus separators that test whole-word and line-break matching.
const NAMES = ['Petrolink', 'Holdings', 'Petrolink Holdings', 'Kostanai', 'Tobol', 'Aliya Nurova', 'Nurova', 'Sadvakasov', 'TOBOL', 'Fact Sheet'];
const WORDS = [...NAMES, 'Minister', 'Governor', 'the', 'of', 'in', 'and', 'said', ',', '.', '(Interfax, May 3)', '’s', '-', '\n', '\r\n', '\n\n', 'Ермеков', '🙂', 'Kostanaiskaya'];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' '));
const name = fc.constantFrom(...NAMES);
const dictionary: fc.Arbitrary<Dictionary> = fc.record({
  entities: fc.array(fc.record({ name, type: fc.constantFrom(...ENTITY_TYPES), aliases: fc.array(name, { maxLength: 2 }) }), { maxLength: 4 }),
  notEntities: fc.array(name, { maxLength: 2 }),
  watchlist: fc.array(name, { maxLength: 2 }),
});

function assertInvariants(source: string, a: Analysis, d: Dictionary): void {
  const ids = new Set<string>();
  const excluded = new Set(d.notEntities);
  for (const e of a.entities) {
    assert.equal(e.id, `${e.type}:${e.name}`);
    assert.ok(!ids.has(e.id), `${e.id} is unique`);
    ids.add(e.id);
    assert.ok(e.mentions.length > 0, `${e.id} has mentions`);
    assert.ok(!e.aliases.includes(e.name), `${e.id}: the name is no alias`);
    assert.equal(new Set(e.aliases).size, e.aliases.length, `${e.id}: aliases unique`);
    for (const m of e.mentions) {
      assert.equal(source.slice(m.start, m.end), m.text, 'span exact');
      assert.ok(!excluded.has(normalizeName(m.text)), `"${m.text}" is marked not an entity`);
      const form = normalizeName(m.text);
      assert.ok(form === e.name || e.aliases.includes(form), `"${form}" is the name or an alias of ${e.id}`);
    }
    for (let i = 1; i < e.mentions.length; i++) assert.ok(e.mentions[i - 1].start < e.mentions[i].start, 'mentions sorted');
    const watched = d.watchlist.some((w) => w === e.name || e.aliases.includes(w));
    assert.equal(e.watched === true, watched, `${e.id} watched iff its name or an alias is on the watchlist`);
  }
  const all = a.entities.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].end <= all[i].start, 'mentions never overlap');
  const order = a.entities.map((e) => ENTITY_TYPES.indexOf(e.type));
  assert.deepEqual(order, [...order].sort((x, y) => x - y), 'entities grouped by type');
}

describe('applyDictionary (properties)', () => {
  it('keeps every invariant of an analysis, and applying it twice changes nothing more', () => {
    fc.assert(
      fc.property(text, dictionary, (source, d) => {
        const engine = analyze(source);
        const once = applyDictionary(source, engine, d);
        assertInvariants(source, once, d);
        assert.deepEqual(applyDictionary(source, once, d), once);
      }),
      { numRuns: 200 },
    );
  });

  it('types every occurrence of a dictionary name that lies in no longer engine name', () => {
    fc.assert(
      fc.property(text, dictionary, (source, d) => {
        const out = applyDictionary(source, analyze(source), d);
        const entry = d.entities.find((e) => !d.notEntities.includes(e.name));
        if (!entry || d.entities.some((e) => e !== entry && [e.name, ...e.aliases].some((f) => f.includes(entry.name) || entry.name.includes(f)))) return;
        const owner = out.entities.find((e) => e.name === entry.name);
        const covered = (start: number) => out.entities.some((e) => e.mentions.some((m) => m.start <= start && start < m.end));
        for (const m of source.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_])${entry.name.replace(/ /g, ' +')}(?![\\p{L}\\p{N}_])`, 'gu'))) {
          assert.ok(covered(m.index!), `"${entry.name}" at ${m.index} is part of a mention`);
          const exact = owner?.mentions.find((x) => x.start === m.index);
          if (exact) assert.equal(owner!.type, entry.type);
        }
      }),
      { numRuns: 200 },
    );
  });
});
