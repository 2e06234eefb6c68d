// Groups typed mentions into entities: one per real-world thing, named by its longest full form.
// "Turisbekov" joins "Zautbek Turisbekov", "U.S." joins "United States", "KAZAKHSTAN" joins "Kazakhstan",
// and an acronym defined in parentheses joins its long form.
import type { Entity, EntityType, Mention } from '../types';
import { ENTITY_TYPES } from '../types';
import type { Doc } from './document';
import { canonicalOrg } from './lexicons/organizations';
import { canonicalPlace } from './lexicons/places';
import type { AcronymLink } from './patterns';
import { keyOf, type Resolved } from './resolve';
import { roleFor } from './roles';
import { spanText } from './titles';
import { lexiconKind } from './names';
import { nameScore, shouting } from './nameScore';
import { orgLongForms, regionGroupsWithShortName, regionShortName, stateShortName } from './aliases';

interface Group {
  type: EntityType;
  key: string;
  members: Resolved[];
  extraAliases: string[];
}

function titleCase(name: string): string {
  return name.split(' ').map((w) => (w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)
    ? w.charAt(0) + w.slice(1).toLowerCase() : w)).join(' ');
}

function lastWord(name: string): string {
  const words = name.split(' ');
  return words[words.length - 1]!;
}

/** Group key of a place or organisation: its canonical variant, case-insensitive. */
function baseKey(r: Resolved): string {
  const name = r.name.replace(/\\_/g, ' ');
  if (r.kind === 'place') return placeKey(name);
  if (r.kind === 'organization') return keyOf(canonicalOrg(name));
  return keyOf(name);
}

function placeKey(name: string): string {
  const state = stateShortName(name) ?? name;
  return keyOf(canonicalPlace(state) === state ? canonicalPlace(titleCase(state)) : canonicalPlace(state));
}

export function groupEntities(doc: Doc, resolved: readonly Resolved[], acronyms: readonly AcronymLink[]): Entity[] {
  const sorted = [...resolved].sort((a, b) => doc.tokens[a.piece.first]!.start - doc.tokens[b.piece.first]!.start);
  const groups = new Map<string, Group>();
  const acronymTarget = new Map<string, string>();
  const acronymAliases = new Map<string, string[]>();
  for (const link of acronyms) {
    const acronym = keyOf(spanText(doc, link.acronym.first, link.acronym.last));
    if (link.longPiece) acronymTarget.set(acronym, keyOf(canonicalOrg(spanText(doc, link.longPiece.first, link.longPiece.last))));
    else acronymAliases.set(acronym, [...(acronymAliases.get(acronym) ?? []), link.longText]);
  }
  const fullNames = new Map<string, Resolved[]>();
  for (const r of sorted) {
    if (r.kind !== 'person' || !r.name.includes(' ')) continue;
    const surname = keyOf(lastWord(r.name));
    fullNames.set(surname, [...(fullNames.get(surname) ?? []), r]);
  }
  const orgNames = [...new Set(sorted.filter((r) => r.kind === 'organization').map((r) => r.name))];
  const placeNames = new Set(sorted.filter((r) => r.kind === 'place').map((r) => r.name));
  const isPlace = (name: string): boolean => placeNames.has(name) || lexiconKind(name) === 'place';
  const regions = regionForms(doc, sorted);
  const longForm = orgLongForms(orgNames, isPlace);
  for (const r of sorted) {
    let key = baseKey(r);
    if (r.kind === 'organization') key = acronymTarget.get(key) ?? key;
    if (r.kind === 'person' && !r.name.includes(' ')) key = surnameOwner(r, fullNames) ?? key;
    const longOrg = r.kind === 'organization' ? longForm(r.name) : undefined;
    if (longOrg) key = keyOf(canonicalOrg(longOrg));
    const region = r.kind === 'place' ? regions.get(r.name) : undefined;
    if (region) key = placeKey(region);
    const id = `${r.kind}|${key}`;
    let group = groups.get(id);
    if (!group) {
      group = { type: r.kind, key, members: [], extraAliases: acronymAliases.get(key) ?? [] };
      groups.set(id, group);
    }
    group.members.push(r);
  }
  const entities = [...groups.values()].map((g) => toEntity(doc, g));
  const order = (t: EntityType): number => ENTITY_TYPES.indexOf(t);
  return mergeSameId(entities).sort((a, b) => order(a.type) - order(b.type) || a.mentions[0]!.start - b.mentions[0]!.start);
}

/** The full name a lone surname belongs to: the nearest full name before it, else the first one after. */
function surnameOwner(r: Resolved, fullNames: ReadonlyMap<string, Resolved[]>): string | undefined {
  const owners = fullNames.get(keyOf(r.name)) ?? [];
  if (owners.length === 0) return undefined;
  const before = owners.filter((f) => f.piece.first < r.piece.first);
  return keyOf((before[before.length - 1] ?? owners[0]!).name);
}

const SETTLEMENT = /^(?:town|city|village|settlement|capital|township)$/i;

/** "the town of Batken", "Batken town", "the city Batken": the name is used for a settlement. */
function isCalledTown(doc: Doc, r: Resolved): boolean {
  const t = doc.tokens;
  const before = t[r.piece.first - 1]?.text === 'of' ? t[r.piece.first - 2] : t[r.piece.first - 1];
  return SETTLEMENT.test(before?.text ?? '') || SETTLEMENT.test(t[r.piece.last + 1]?.text ?? '');
}

/** Lone region names and the "<name> Region" form each stands for ("Khatlon" → "Khatlon Region"). */
function regionForms(doc: Doc, sorted: readonly Resolved[]): Map<string, string> {
  const forms = new Map<string, string>();
  const townsApart = new Set<string>();
  sorted.forEach((r, i) => {
    const short = r.kind === 'place' ? regionShortName(r.name) : undefined;
    if (!short) return;
    if (!forms.has(short)) forms.set(short, r.name);
    // "Batken (Batken Region)", "Batken, in Batken Region": the text names a town and its region apart.
    const prev = sorted[i - 1];
    const between = prev ? doc.text.slice(doc.tokens[prev.piece.last]!.end, doc.tokens[r.piece.first]!.start) : '';
    if (prev && prev.name === short && /^[\s(,]*(?:(?:in|of) (?:the )?)?$/.test(between)) townsApart.add(short);
  });
  for (const r of sorted) if (r.kind === 'place' && forms.has(r.name) && isCalledTown(doc, r)) townsApart.add(r.name);
  for (const short of [...forms.keys()]) if (!regionGroupsWithShortName(short, townsApart)) forms.delete(short);
  return forms;
}

function toEntity(doc: Doc, g: Group): Entity {
  const mentions: Mention[] = g.members.map((m) => {
    const start = doc.tokens[m.piece.first]!.start;
    const end = doc.tokens[m.piece.last]!.end;
    return { start, end, text: doc.text.slice(start, end) };
  });
  const forms = [...new Set(g.members.map((m) => m.name))];
  const name = canonicalName(forms);
  const roles = g.type === 'person' ? g.members.map((m) => roleFor(doc, m.piece)).filter((x): x is string => !!x) : [];
  const aliases = [...new Set([...forms, ...g.extraAliases])].filter((f) => f !== name);
  const entity: Entity = { id: `${g.type}:${name}`, name, type: g.type, aliases, mentions };
  if (roles.length > 0) entity.role = roles[0];
  return entity;
}

/** The longest full form, preferring one not written in capitals ("Kazakhstan" over "KAZAKHSTAN"); a name seen only
 * in capitals takes the gazetteer's spelling when it has one. */
function canonicalName(forms: readonly string[]): string {
  const name = [...forms].sort((a, b) => nameScore(b) - nameScore(a))[0]!.replace(/\\_/g, ' ');
  return shouting(name) && lexiconKind(titleCase(name)) ? titleCase(name) : name;
}

/** Two groups can end with the same name (a variant key and its full form); they are one entity. */
function mergeSameId(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (!prev) { byId.set(e.id, e); continue; }
    prev.mentions = [...prev.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    prev.aliases = [...new Set([...prev.aliases, ...e.aliases])].filter((a) => a !== prev.name);
    if (!prev.role && e.role) prev.role = e.role;
  }
  return [...byId.values()];
}
