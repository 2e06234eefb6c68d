// Applies the reader's corrections to the engine's analysis of one briefing. The analyst has the last
// word: a dictionary name becomes a mention wherever it occurs as a whole word (except inside a longer
// name the engine found), replacing what the engine made of that text; an engine entity whose
// canonical name the dictionary claims joins the dictionary's entity whole (so "Mark as person" on
// "Zautbek Turisbekov" carries "Turisbekov" along); names marked as no entity disappear; watched
// names are flagged. The result keeps every invariant of analyze().
import { ENTITY_TYPES, type Analysis, type Entity, type EntityType, type Mention, type Span } from '../types';
import { type Dictionary, normalizeName } from './dictionary';
import { findOccurrences } from './occurrences';

interface Bucket {
  type: EntityType;
  /** The dictionary's name, fixed; undefined for an engine entity, whose name is recomputed. */
  fixedName?: string;
  engineName?: string;
  /** The engine entity's mention texts before the corrections. */
  engineForms?: ReadonlySet<string>;
  role?: string;
  mentions: Mention[];
  /** Aliases that are no mention's text (an acronym's long form defined elsewhere). */
  extraAliases: string[];
}

export function isEmptyDictionary(dictionary: Dictionary): boolean {
  return dictionary.entities.length === 0 && dictionary.notEntities.length === 0 && dictionary.watchlist.length === 0;
}

/** Pure: the same text, analysis and dictionary always give the same result; the inputs are not changed. */
export function applyDictionary(text: string, analysis: Analysis, dictionary: Dictionary): Analysis {
  if (isEmptyDictionary(dictionary)) return analysis;
  // A long briefing names the same few forms thousands of times: each is normalised once.
  const normal = memoised(normalizeName);
  const excluded = new Set(dictionary.notEntities.map(normalizeName));
  const claims = claimedForms(dictionary, excluded);
  const buckets: Bucket[] = dictionary.entities.map((d) => ({ type: d.type, fixedName: d.name, mentions: [], extraAliases: [] }));
  const engineSpans = analysis.entities
    .flatMap((e) => e.mentions)
    .filter((m) => !excluded.has(normal(m.text)))
    .sort((a, b) => a.start - b.start);
  const occurrences = dictionaryOccurrences(text, claims, engineSpans);
  for (const o of occurrences) buckets[o.owner]!.mentions.push({ start: o.start, end: o.end, text: o.text });

  for (const entity of analysis.entities) {
    if (excluded.has(normal(entity.name))) continue;
    const owner = claims.get(normal(entity.name));
    const forms = new Set(entity.mentions.map((m) => normal(m.text)));
    const bucket: Bucket = owner === undefined ? { type: entity.type, engineName: entity.name, engineForms: forms, mentions: [], extraAliases: [] } : buckets[owner]!;
    if (owner === undefined) buckets.push(bucket);
    bucket.extraAliases.push(...entity.aliases.filter((a) => !forms.has(a) && !excluded.has(a)));
    if (bucket.type === 'person' && entity.type === 'person' && entity.role && !bucket.role) bucket.role = entity.role;
    for (const m of entity.mentions) {
      if (!excluded.has(normal(m.text)) && !overlapsAny(occurrences, m)) bucket.mentions.push({ start: m.start, end: m.end, text: m.text });
    }
  }

  const watched = new Set(dictionary.watchlist.map(normalizeName));
  const entities = mergeSameId(buckets.filter((b) => b.mentions.length > 0).map(toEntity)).map((e) => withWatch(e, watched));
  const order = (t: EntityType) => ENTITY_TYPES.indexOf(t);
  entities.sort((a, b) => order(a.type) - order(b.type) || a.mentions[0]!.start - b.mentions[0]!.start);
  return { ...analysis, entities };
}

/**
 * Each surface form the dictionary claims, and the entry claiming it: the first claim wins, and an
 * entry whose name an earlier entry already claims is part of that entity. An entry whose own name is
 * marked as no entity claims nothing: "not an entity" has the last word.
 */
function claimedForms(dictionary: Dictionary, excluded: ReadonlySet<string>): Map<string, number> {
  const claims = new Map<string, number>();
  dictionary.entities.forEach((entry, i) => {
    const name = normalizeName(entry.name);
    if (excluded.has(name)) return;
    const owner = claims.get(name) ?? i;
    for (const form of [name, ...entry.aliases.map(normalizeName)]) {
      if (form && !excluded.has(form) && !claims.has(form)) claims.set(form, owner);
    }
  });
  return claims;
}

interface Occurrence extends Span {
  owner: number;
}

function strictlyInside(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

/**
 * Occurrences of every claimed form, never overlapping: the leftmost wins, then the longest. One
 * strictly inside a longer engine mention yields to it (a marked "Almaty" must not cut "Almaty
 * Region" in two, nor a marked surname the full name), unless another occurrence overrides that
 * engine mention by overlapping it otherwise.
 */
function dictionaryOccurrences(text: string, claims: ReadonlyMap<string, number>, engineSpans: readonly Span[]): Occurrence[] {
  const all: Occurrence[] = [];
  let longest = 0;
  for (const [form, owner] of claims) {
    for (const span of findOccurrences(text, form)) {
      all.push({ ...span, owner });
      longest = Math.max(longest, span.end - span.start);
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const starts = all.map((o) => o.start);
  const overlapping = (m: Span): Occurrence[] => {
    const found: Occurrence[] = [];
    for (let i = lowerBound(starts, m.start - longest + 1); i < all.length && all[i]!.start < m.end; i++) if (all[i]!.end > m.start) found.push(all[i]!);
    return found;
  };
  const standing = engineSpans.filter((m) => overlapping(m).every((o) => strictlyInside(o, m)));
  const kept: Occurrence[] = [];
  for (const o of all) {
    if (insideLonger(standing, o)) continue;
    if (kept.length === 0 || o.start >= kept[kept.length - 1]!.end) kept.push(o);
  }
  return kept;
}

/** Index of the first of the sorted `values` that is at least `value`. */
function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of the sorted, disjoint `spans` that ends after `offset` (binary search). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overlapsAny(spans: readonly Span[], span: { start: number; end: number }): boolean {
  const i = firstEndingAfter(spans, span.start);
  return i < spans.length && spans[i]!.start < span.end;
}

function insideLonger(spans: readonly Span[], span: Span): boolean {
  const outer = spans[firstEndingAfter(spans, span.start)];
  return outer !== undefined && strictlyInside(span, outer);
}

/**
 * A dictionary entity is named by the dictionary. An engine entity keeps its name unless the
 * corrections took away every mention written that way (a name no mention has, such as a gazetteer's
 * "Kazakhstan" for a headline's "KAZAKHSTAN", stands).
 */
function toEntity(bucket: Bucket): Entity {
  const mentions = [...bucket.mentions].sort((a, b) => a.start - b.start);
  const forms = [...new Set(mentions.map((m) => normalizeName(m.text)))];
  const engineName = bucket.engineName;
  const keepsName = engineName !== undefined && (forms.includes(engineName) || !bucket.engineForms?.has(engineName));
  const name = bucket.fixedName ?? (keepsName ? engineName : longestForm(forms));
  const aliases = [...new Set([...forms, ...bucket.extraAliases])].filter((a) => a !== name);
  const entity: Entity = { id: `${bucket.type}:${name}`, name, type: bucket.type, aliases, mentions };
  if (bucket.role) entity.role = bucket.role;
  return entity;
}

/** The longest remaining form, preferring one not written in capitals, as the engine chooses. */
function longestForm(forms: readonly string[]): string {
  const shouting = (f: string) => f === f.toUpperCase() && /\p{Lu}/u.test(f) && f.length > 6;
  const score = (f: string) => (shouting(f) ? 0 : 1000) + f.length;
  return [...forms].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0]!;
}

/** Two buckets can end with one id (an engine entity renamed to another's name); they are one entity. */
function mergeSameId(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, e);
      continue;
    }
    prev.mentions = [...prev.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    prev.aliases = [...new Set([...prev.aliases, ...e.aliases])].filter((a) => a !== prev.name);
    if (!prev.role && e.role) prev.role = e.role;
  }
  return [...byId.values()];
}

function withWatch(entity: Entity, watched: ReadonlySet<string>): Entity {
  return [entity.name, ...entity.aliases].some((n) => watched.has(n)) ? { ...entity, watched: true } : entity;
}

function memoised(fn: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) seen.set(s, (out = fn(s)));
    return out;
  };
}
