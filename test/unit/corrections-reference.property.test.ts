import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { applyDictionary, type Dictionary, normalizeName } from '../../src/core/corrections';
import { ENTITY_TYPES, type Analysis, type Entity, type EntityType, type Mention, type Span } from '../../src/core/types';

// applyDictionary finds every name in one scan and leaves untouched entities as they are; this
// reference does each step the plain way (a regular expression per name over the whole text, every
// mention copied and sorted). Both must give the same analysis: the same fields with the same values
// (an untouched entity keeps its own order of keys).

const WORD_BOUNDARY = '[\\p{L}\\p{N}\\p{M}_]';
const GAP = '(?:[^\\S\\r\\n]+|[^\\S\\r\\n]*(?:\\r\\n?|\\n)[^\\S\\r\\n]*)';

function referenceOccurrences(text: string, name: string): Span[] {
  const body = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(GAP);
  const word = new RegExp(WORD_BOUNDARY, 'u');
  const before = word.test(name[0]!) ? `(?<!${WORD_BOUNDARY})` : '';
  const after = word.test(name.slice(-1)) ? `(?!${WORD_BOUNDARY})` : '';
  return [...text.matchAll(new RegExp(before + body + after, 'gu'))].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

interface Bucket {
  type: EntityType;
  fixedName?: string;
  engineName?: string;
  engineForms?: ReadonlySet<string>;
  role?: string;
  mentions: Mention[];
  extraAliases: string[];
}

const strictlyInside = (inner: Span, outer: Span) =>
  outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function referenceApply(text: string, analysis: Analysis, dictionary: Dictionary): Analysis {
  if (dictionary.entities.length === 0 && dictionary.notEntities.length === 0 && dictionary.watchlist.length === 0) return analysis;
  const excluded = new Set(dictionary.notEntities.map(normalizeName));
  const claims = new Map<string, number>();
  dictionary.entities.forEach((entry, i) => {
    const name = normalizeName(entry.name);
    if (excluded.has(name)) return;
    const owner = claims.get(name) ?? i;
    for (const form of [name, ...entry.aliases.map(normalizeName)]) if (form && !excluded.has(form) && !claims.has(form)) claims.set(form, owner);
  });
  const buckets: Bucket[] = dictionary.entities.map((d) => ({ type: d.type, fixedName: d.name, mentions: [], extraAliases: [] }));
  const engineSpans = analysis.entities.flatMap((e) => e.mentions).filter((m) => !excluded.has(normalizeName(m.text)));
  const all = [...claims].flatMap(([form, owner]) => referenceOccurrences(text, form).map((s) => ({ ...s, owner })));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const standing = engineSpans.filter((m) => all.filter((o) => overlaps(o, m)).every((o) => strictlyInside(o, m)));
  const occurrences: typeof all = [];
  for (const o of all) {
    if (standing.some((m) => strictlyInside(o, m))) continue;
    if (occurrences.length === 0 || o.start >= occurrences[occurrences.length - 1]!.end) occurrences.push(o);
  }
  for (const o of occurrences) buckets[o.owner]!.mentions.push({ start: o.start, end: o.end, text: o.text });
  for (const entity of analysis.entities) {
    if (excluded.has(normalizeName(entity.name))) continue;
    const owner = claims.get(normalizeName(entity.name));
    const forms = new Set(entity.mentions.map((m) => normalizeName(m.text)));
    const bucket: Bucket = owner === undefined ? { type: entity.type, engineName: entity.name, engineForms: forms, mentions: [], extraAliases: [] } : buckets[owner]!;
    if (owner === undefined) buckets.push(bucket);
    bucket.extraAliases.push(...entity.aliases.filter((a) => !forms.has(a) && !excluded.has(a)));
    if (bucket.type === 'person' && entity.type === 'person' && entity.role && !bucket.role) bucket.role = entity.role;
    for (const m of entity.mentions) {
      if (!excluded.has(normalizeName(m.text)) && !occurrences.some((o) => overlaps(o, m))) bucket.mentions.push({ start: m.start, end: m.end, text: m.text });
    }
  }
  const byId = new Map<string, Entity>();
  for (const e of buckets.filter((b) => b.mentions.length > 0).map(referenceEntity)) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, e);
      continue;
    }
    prev.mentions = [...prev.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    prev.aliases = [...new Set([...prev.aliases, ...e.aliases])].filter((a) => a !== prev.name);
    if (!prev.role && e.role) prev.role = e.role;
  }
  const watched = new Set(dictionary.watchlist.map(normalizeName));
  const entities = [...byId.values()].map((e) => ([e.name, ...e.aliases].some((n) => watched.has(n)) ? { ...e, watched: true } : e));
  const order = (t: EntityType) => ENTITY_TYPES.indexOf(t);
  entities.sort((a, b) => order(a.type) - order(b.type) || a.mentions[0]!.start - b.mentions[0]!.start);
  return { ...analysis, entities };
}

function referenceEntity(bucket: Bucket): Entity {
  const mentions = [...bucket.mentions].sort((a, b) => a.start - b.start);
  const forms = [...new Set(mentions.map((m) => normalizeName(m.text)))];
  const engineName = bucket.engineName;
  const keepsName = engineName !== undefined && (forms.includes(engineName) || !bucket.engineForms?.has(engineName));
  const shouting = (f: string) => f === f.toUpperCase() && /\p{Lu}/u.test(f) && f.length > 6;
  const score = (f: string) => (shouting(f) ? 0 : 1000) + f.length;
  const name = bucket.fixedName ?? (keepsName ? engineName! : [...forms].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0]!);
  const aliases = [...new Set([...forms, ...bucket.extraAliases])].filter((a) => a !== name);
  const entity: Entity = { id: `${bucket.type}:${name}`, name, type: bucket.type, aliases, mentions };
  if (bucket.role) entity.role = bucket.role;
  return entity;
}

// Names that overlap, nest, repeat, wrap, touch punctuation, carry regular-expression syntax or
// characters beyond the Basic Multilingual Plane; and text around them with every kind of space.
const NAMES = [
  'Petrolink', 'Petrolink Holdings', 'Holdings', 'Holdings Petrolink', 'Tobol', 'Tobol Tobol', 'TOBOL', 'Aliya Nurova', 'Nurova',
  'U.S.', 'U.S', '(Tobol)', 'Kostanai Region', 'Region', 'Ермеков', 'Ерм', '𝐀lpha', 'Alpha', 'Beta 🙂', 'é', 'Cafe\u0301', 'a+b', 'x',
  '\ude42', '\ud83d', '\ude42x', 'U.S. Army',
];
const SEPARATORS = [' ', '  ', '\n', '\r\n', '\n\n', ' \t', '\u00a0', '-', '.', ',', "'s ", '_', '🙂', '𝐀', '\u0301', '\ud83d', '\ude42', ''];
const WORDS = [...NAMES, 'the', 'of', 'said', 'Minister', 'Kostanai', 'Ltd', 'Cafe', 'b'];
const piece = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)).map(([w, s]) => w + s);
const text = fc.array(piece, { maxLength: 40, size: 'medium' }).map((p) => p.join(''));
const written = fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(' Petrolink  Holdings ', 'Petrolink\nHoldings', 'Tobol\u00a0Tobol'));
const dictionary: fc.Arbitrary<Dictionary> = fc.record({
  entities: fc.array(fc.record({ name: written, type: fc.constantFrom(...ENTITY_TYPES), aliases: fc.array(written, { maxLength: 3 }) }), { maxLength: 6 }),
  notEntities: fc.array(written, { maxLength: 3 }),
  watchlist: fc.array(written, { maxLength: 3 }),
});

/**
 * How an entity object is written: as applyDictionary writes one, otherwise with the same meaning,
 * or (beyond what analyze() makes) with its mentions out of order.
 */
type Shape = 'usual' | 'role undefined' | 'keys reordered' | 'watched false' | 'mentions reversed';

/** The entity with the same fields written as `shape` says. */
function shaped(e: Entity, shape: Shape): Entity {
  if (shape === 'role undefined' && !('role' in e)) return { ...e, role: undefined };
  if (shape === 'keys reordered') {
    const { mentions, ...rest } = e;
    return { mentions, ...rest };
  }
  if (shape === 'watched false' && !e.watched) return { ...e, watched: false };
  if (shape === 'mentions reversed') return { ...e, mentions: [...e.mentions].reverse() };
  return e;
}

/**
 * An analysis as the engine could make it, with the invariants applyDictionary relies on: mentions
 * disjoint, each entity's sorted, ids from type and name, aliases distinct and not the name.
 */
function handAnalysis(source: string, cuts: number[], owners: number[], extras: string[][], types: EntityType[], roles: boolean[], watched: boolean[], shapes: Shape[]): Analysis {
  const bounds = [...new Set(cuts.map((c) => c % (source.length + 1)))].sort((a, b) => a - b);
  const spans: Mention[] = [];
  for (let i = 0; i + 1 < bounds.length; i += 2) {
    if (bounds[i]! < bounds[i + 1]!) spans.push({ start: bounds[i]!, end: bounds[i + 1]!, text: source.slice(bounds[i], bounds[i + 1]) });
  }
  const groups = new Map<number, Mention[]>();
  spans.forEach((m, i) => groups.set(owners[i % owners.length]!, [...(groups.get(owners[i % owners.length]!) ?? []), m]));
  const entities: Entity[] = [];
  for (const [g, mentions] of groups) {
    const forms = [...new Set(mentions.map((m) => normalizeName(m.text)))];
    const type = types[g % types.length]!;
    // Sometimes named by a form no mention has, as a gazetteer spelling is.
    const name = extras[g % extras.length]![0] ?? forms[forms.length - 1]!;
    const aliases = [...new Set([...forms, ...extras[g % extras.length]!.slice(1)])].filter((a) => a !== name);
    const entity: Entity = { id: `${type}:${name}`, name, type, aliases, mentions };
    if (roles[g % roles.length]) entity.role = 'Governor';
    if (watched[g % watched.length]) entity.watched = true;
    if (!entities.some((e) => e.id === entity.id)) entities.push(shaped(entity, shapes[g % shapes.length]!));
  }
  return { entities, figures: [], citations: [], sections: [], sentences: [] };
}

const handMade = text.chain((source) =>
  fc.record({
    source: fc.constant(source),
    analysis: fc
      .tuple(
        fc.array(fc.nat(100_000), { minLength: 2, maxLength: 40, size: 'large' }),
        fc.array(fc.nat(5), { minLength: 1, maxLength: 30, size: 'medium' }),
        fc.array(fc.array(written, { maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...ENTITY_TYPES), { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom<Shape>('usual', 'usual', 'role undefined', 'keys reordered', 'watched false', 'mentions reversed'), { minLength: 1, maxLength: 6 }),
      )
      .map((args) => handAnalysis(source, ...args)),
  }),
);

function assertSame(source: string, analysis: Analysis, d: Dictionary): void {
  assert.deepStrictEqual(applyDictionary(source, analysis, d), referenceApply(source, analysis, d));
}

describe('applyDictionary against a plain reference (properties)', () => {
  it('gives what the reference gives on hand-made analyses, and again on its own output', () => {
    fc.assert(
      fc.property(handMade, dictionary, fc.nat(3), ({ source, analysis }, random, watchFirst) => {
        // Names the text has, so that entities the corrections leave alone are watched too.
        const d = { ...random, watchlist: [...random.watchlist, ...analysis.entities.slice(0, watchFirst).map((e) => e.name)] };
        const before = JSON.stringify(analysis);
        assertSame(source, analysis, d);
        assert.equal(JSON.stringify(analysis), before, 'the input is not changed');
        assertSame(source, applyDictionary(source, analysis, d), d);
      }),
      { numRuns: 500 },
    );
  });

  it('gives what the reference gives on the engine’s analyses', () => {
    fc.assert(fc.property(text, dictionary, (source, d) => assertSame(source, analyze(source), d)), { numRuns: 150 });
  });

  it('matches a name left to right, never overlapping itself, before other names have their say', () => {
    // "Tobol Tobol" occurs at 0 only: the next match is looked for after it, not at the second "Tobol".
    const source = 'Tobol Tobol Tobol Region';
    const region = { start: 12, end: 24, text: 'Tobol Region' };
    const analysis: Analysis = { entities: [{ id: 'place:Tobol Region', name: 'Tobol Region', type: 'place', aliases: [], mentions: [region] }], figures: [], citations: [], sections: [], sentences: [] };
    const d: Dictionary = { entities: [{ name: 'Tobol Tobol', type: 'organization', aliases: [] }, { name: 'Region', type: 'place', aliases: [] }], notEntities: [], watchlist: [] };
    const out = applyDictionary(source, analysis, d);
    assert.deepEqual(out.entities.map((e) => [e.id, e.mentions.map((m) => m.start)]), [['organization:Tobol Tobol', [0]], ['place:Tobol Region', [12]]]);
    assertSame(source, analysis, d);
  });

  it('finds a name whose first word begins another name’s first word where that other name does not follow', () => {
    const source = 'U.S. Navy ships and the U.S. Army.';
    const d: Dictionary = { entities: [{ name: 'U.S. Army', type: 'organization', aliases: [] }, { name: 'U.S', type: 'place', aliases: [] }], notEntities: [], watchlist: [] };
    const out = applyDictionary(source, { entities: [], figures: [], citations: [], sections: [], sentences: [] }, d);
    assert.deepEqual(out.entities.map((e) => [e.id, e.mentions.map((m) => m.text)]), [['organization:U.S. Army', ['U.S. Army']], ['place:U.S', ['U.S']]]);
  });

  it('reads word boundaries by code point: astral letters and combining marks are word characters, emoji are not', () => {
    const source = '𝐀Alpha, 🙂Alpha; Cafe\u0301 and Cafe. Alpha𝐀 Alpha🙂';
    const d: Dictionary = { entities: [{ name: 'Alpha', type: 'organization', aliases: ['Cafe'] }], notEntities: [], watchlist: [] };
    const out = applyDictionary(source, { entities: [], figures: [], citations: [], sections: [], sentences: [] }, d);
    assert.deepEqual(out.entities[0]!.mentions.map((m) => [m.start, m.text]), [
      [source.indexOf('Alpha;'), 'Alpha'],
      [source.indexOf('Cafe.'), 'Cafe'],
      [source.indexOf('Alpha🙂'), 'Alpha'],
    ]);
  });

  it('drops every mention of a spelling marked as no entity, however many ways the entity is written', () => {
    const spellings = Array.from({ length: 12 }, (_, i) => `Tobol${'i'.repeat(i)}`);
    const source = [...spellings, ...spellings].join(' and ');
    let at = 0;
    const mentions = [...spellings, ...spellings].map((written) => {
      const start = source.indexOf(written, at);
      at = start + written.length;
      return { start, end: at, text: written };
    });
    const analysis: Analysis = { entities: [{ id: 'place:Tobol', name: 'Tobol', type: 'place', aliases: spellings.slice(1), mentions }], figures: [], citations: [], sections: [], sentences: [] };
    const dropped = [spellings[3]!, spellings[10]!];
    const d: Dictionary = { entities: [], notEntities: dropped, watchlist: [] };
    const out = applyDictionary(source, analysis, d);
    assert.deepEqual(out.entities[0]!.mentions.map((m) => m.text), [...spellings, ...spellings].filter((s) => !dropped.includes(s)));
    assertSame(source, analysis, d);
  });

  it('returns the analysis’s own entity, mentions and all, when the corrections leave it as it was', () => {
    const source = 'Petrolink Holdings hired Aliya Nurova. Nurova met Tobol officials in Kostanai.';
    const analysis = analyze(source);
    const out = applyDictionary(source, analysis, { entities: [{ name: 'Tobol', type: 'organization', aliases: [] }], notEntities: [], watchlist: [] });
    const untouched = analysis.entities.filter((e) => !e.mentions.some((m) => m.text.includes('Tobol')));
    assert.ok(untouched.length > 0, 'the engine found names besides Tobol');
    for (const e of untouched) assert.ok(out.entities.includes(e), `${e.id} is the same object`);
  });
});
