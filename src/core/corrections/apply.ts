// Applies the reader's corrections to the engine's analysis of one briefing. The analyst has the last
// word: a dictionary name becomes a mention wherever it occurs as a whole word (except inside a longer
// name the engine found), replacing what the engine made of that text; an engine entity whose
// canonical name the dictionary claims joins the dictionary's entity whole (so "Mark as person" on
// "Zautbek Turisbekov" carries "Turisbekov" along); names marked as no entity disappear; watched
// names are flagged. The result keeps every invariant of analyze().
import { ENTITY_TYPES, type Analysis, type Entity, type EntityType, type Mention } from '../types';
import { type Dictionary, normalizeName } from './dictionary';
import { DictionaryOccurrences } from './dictionaryOccurrences';

interface Bucket {
  type: EntityType;
  /** The dictionary's name, fixed; undefined for an engine entity, whose name is recomputed. */
  fixedName?: string;
  /** The engine entity an engine bucket stands for. */
  source?: Entity;
  /** The forms of the engine entity's mentions before the corrections. */
  engineForms?: ReadonlySet<string>;
  role?: string;
  mentions: Mention[];
  /** The mentions are known to be in text order. */
  sorted: boolean;
  /** Aliases that are no mention's text (an acronym's long form defined elsewhere). */
  extraAliases: string[];
}

export function isEmptyDictionary(dictionary: Dictionary): boolean {
  return dictionary.entities.length === 0 && dictionary.notEntities.length === 0 && dictionary.watchlist.length === 0;
}

/**
 * Pure: the same text, analysis and dictionary always give the same result; the inputs are not
 * changed. An entity the corrections leave as it was is the analysis's own object, and an entity
 * that keeps all its mentions keeps their array. No two mentions of the analysis may overlap, as
 * none of analyze()'s do.
 */
export function applyDictionary(text: string, analysis: Analysis, dictionary: Dictionary): Analysis {
  if (isEmptyDictionary(dictionary)) return analysis;
  // A long briefing names the same few forms thousands of times: each is normalised once.
  const normal = memoised(normalizeName);
  const excluded = new Set(dictionary.notEntities.map(normalizeName));
  const claims = claimedForms(dictionary, excluded);
  const claimed = [...claims.keys()];
  const candidates = new DictionaryOccurrences(text, claimed);
  // One pass over every engine mention: how each is written, and which stand against the dictionary.
  const read = analysis.entities.map((entity) => readMentions(entity, normal, excluded, candidates));
  const { occurrences, covered } = candidates.settle();
  const buckets: Bucket[] = dictionary.entities.map((d) => ({ type: d.type, fixedName: d.name, mentions: [], sorted: false, extraAliases: [] }));
  for (const o of occurrences) buckets[claims.get(claimed[o.name]!)!]!.mentions.push({ start: o.start, end: o.end, text: o.text });

  analysis.entities.forEach((entity, e) => {
    if (excluded.has(normal(entity.name))) return;
    const owner = claims.get(normal(entity.name));
    const { forms, changed, sorted } = read[e]!;
    // Most entities are far from every dictionary name: their mentions stay as they are, unvisited.
    const kept = changed ? entity.mentions.filter((m) => !excluded.has(normal(m.text)) && !covered.touches(m)) : entity.mentions;
    const mentions = kept.length === entity.mentions.length ? entity.mentions : kept;
    const extraAliases = entity.aliases.filter((a) => !forms.has(a) && !excluded.has(a));
    if (owner === undefined) {
      const role = entity.type === 'person' && entity.role ? entity.role : undefined;
      buckets.push({ type: entity.type, source: entity, engineForms: forms, role, mentions, sorted, extraAliases });
      return;
    }
    const bucket = buckets[owner]!;
    bucket.extraAliases.push(...extraAliases);
    if (bucket.type === 'person' && entity.type === 'person' && entity.role && !bucket.role) bucket.role = entity.role;
    for (const m of mentions) bucket.mentions.push(m);
  });

  const watched = new Set(dictionary.watchlist.map(normalizeName));
  const made = mergeSameId(buckets.filter((b) => b.mentions.length > 0).map((b) => toEntity(b, normal)));
  const entities = made.map(({ entity, source }) => {
    const out = withWatch(entity, watched);
    return source && sameEntity(out, source) ? source : out;
  });
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

/**
 * The forms of an engine entity's mentions (every entity's: a mention of one whose name is marked
 * as no entity can still stand against a dictionary name); each mention not marked as no entity that
 * a dictionary name touches stands against it. `changed`: some mention may be dropped.
 */
function readMentions(
  entity: Entity,
  normal: (s: string) => string,
  excluded: ReadonlySet<string>,
  candidates: DictionaryOccurrences,
): { forms: Set<string>; changed: boolean; sorted: boolean } {
  const forms = new Set<string>();
  let changed = false;
  let sorted = true;
  let previous = -Infinity;
  for (const m of entity.mentions) {
    sorted &&= m.start >= previous;
    previous = m.start;
    const form = normal(m.text);
    forms.add(form);
    if (excluded.has(form)) changed = true;
    else if (candidates.touches(m)) {
      changed = true;
      candidates.stand(m);
    }
  }
  return { forms, changed, sorted };
}

/**
 * A dictionary entity is named by the dictionary. An engine entity keeps its name unless the
 * corrections took away every mention written that way (a name no mention has, such as a gazetteer's
 * "Kazakhstan" for a headline's "KAZAKHSTAN", stands).
 */
function toEntity(bucket: Bucket, normal: (s: string) => string): Made {
  const mentions = bucket.sorted ? bucket.mentions : byStart(bucket.mentions);
  // An engine entity that kept every mention has its forms already, in mention order.
  const forms = mentions === bucket.source?.mentions ? [...bucket.engineForms!] : formsOf(mentions, normal);
  const engineName = bucket.source?.name;
  const keepsName = engineName !== undefined && (forms.includes(engineName) || !bucket.engineForms?.has(engineName));
  const name = bucket.fixedName ?? (keepsName ? engineName : longestForm(forms));
  const aliases = [...new Set([...forms, ...bucket.extraAliases])].filter((a) => a !== name);
  const entity: Entity = { id: `${bucket.type}:${name}`, name, type: bucket.type, aliases, mentions };
  if (bucket.role) entity.role = bucket.role;
  return { entity, source: bucket.source };
}

function formsOf(mentions: readonly Mention[], normal: (s: string) => string): string[] {
  return [...new Set(mentions.map((m) => normal(m.text)))];
}

/** The mentions in text order: the array itself when it already is. */
function byStart(mentions: Mention[]): Mention[] {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  return mentions;
}

/** The longest remaining form, preferring one not written in capitals, as the engine chooses. */
function longestForm(forms: readonly string[]): string {
  const shouting = (f: string) => f === f.toUpperCase() && /\p{Lu}/u.test(f) && f.length > 6;
  const score = (f: string) => (shouting(f) ? 0 : 1000) + f.length;
  return [...forms].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0]!;
}

/** An entity made from a bucket, and the engine entity it comes from alone. */
interface Made {
  entity: Entity;
  source?: Entity;
}

/** Two buckets can end with one id (an engine entity renamed to another's name); they are one entity. */
function mergeSameId(made: Made[]): Made[] {
  const byId = new Map<string, Made>();
  for (const m of made) {
    const prev = byId.get(m.entity.id);
    if (!prev) {
      byId.set(m.entity.id, m);
      continue;
    }
    const e = prev.entity;
    e.mentions = [...e.mentions, ...m.entity.mentions].sort((a, b) => a.start - b.start);
    e.aliases = [...new Set([...e.aliases, ...m.entity.aliases])].filter((a) => a !== e.name);
    if (!e.role && m.entity.role) e.role = m.entity.role;
    prev.source = undefined;
  }
  return [...byId.values()];
}

/**
 * The corrected entity is the engine's own: the same fields (in whatever order: the worker's wire
 * format puts a role before the mentions) and the same mentions array.
 */
function sameEntity(a: Entity, b: Entity): boolean {
  if (a.mentions !== b.mentions || a.id !== b.id || a.name !== b.name || a.type !== b.type || a.role !== b.role || a.watched !== b.watched) return false;
  if (a.aliases.length !== b.aliases.length || a.aliases.some((alias, i) => alias !== b.aliases[i])) return false;
  // Every field of `a` has a value, so the same number of keys means the same keys.
  return Object.keys(a).length === Object.keys(b).length;
}

function withWatch(entity: Entity, watched: ReadonlySet<string>): Entity {
  return watched.has(entity.name) || entity.aliases.some((n) => watched.has(n)) ? { ...entity, watched: true } : entity;
}

function memoised(fn: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) seen.set(s, (out = fn(s)));
    return out;
  };
}
