// What the quick fixes offer for a place in a briefing, and what each writes into the dictionary.
// Pure (no vscode import), so unit tests read exactly the titles and edits a reader gets.
import { addAlias, addEntity, addNotEntity, addToWatchlist, normalizeName, removeFromWatchlist } from '../core/corrections';
import { mentionAt } from '../core/lookup';
import { ENTITY_TYPES, type Analysis, type Entity, type EntityType, type Mention } from '../core/types';

export interface CorrectionTarget {
  /** The name a fix records: the entity's canonical name, or the selected text. */
  name: string;
  /** The entity the cursor or selection is on, if it is exactly a mention. */
  entity?: Entity;
  /** A longer mention the selection lies inside: the engine's name there gives way to the reader's. */
  enclosing?: Mention;
  /** The span the fixes act on (a whole mention for a bare cursor). */
  start: number;
  end: number;
}

/** A selection longer than this is prose, not a name. */
const MAX_NAME_LENGTH = 80;
const MAX_NAME_WORDS = 8;

/** The name under the cursor (`start === end`) or the selected one, if it can be a name. */
export function correctionTarget(analysis: Analysis, text: string, start: number, end: number): CorrectionTarget | undefined {
  if (start === end) {
    const hit = mentionAt(analysis, text, start);
    return hit && { name: hit.entity.name, entity: hit.entity, start: hit.mention.start, end: hit.mention.end };
  }
  let from = Math.min(start, end);
  let to = Math.max(start, end);
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  const name = normalizeName(text.slice(from, to));
  if (!/\p{L}/u.test(name) || name.length > MAX_NAME_LENGTH || name.split(' ').length > MAX_NAME_WORDS || /\n\s*\n/.test(text.slice(from, to))) return undefined;
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) {
      if (mention.start === from && mention.end === to) return { name: entity.name, entity, start: from, end: to };
      if (mention.start <= from && to <= mention.end) return { name, enclosing: mention, start: from, end: to };
    }
  }
  return { name, start: from, end: to };
}

export type Correction =
  | { kind: 'markAs'; type: EntityType }
  | { kind: 'notEntity' }
  | { kind: 'sameAs'; other: { name: string; type: EntityType } }
  | { kind: 'watch' }
  | { kind: 'unwatch' };

export interface OfferedCorrection {
  title: string;
  kind: Correction['kind'];
  /** For "Mark as …". */
  type?: EntityType;
}

const quoted = (name: string) => `“${name}”`;

/** The fixes that make sense here, in menu order. "Same as…" needs another entity to join. */
export function offeredCorrections(target: CorrectionTarget, analysis: Analysis): OfferedCorrection[] {
  const { name, entity, enclosing } = target;
  const offers: OfferedCorrection[] = ENTITY_TYPES.filter((type) => type !== entity?.type).map((type) => ({
    title: enclosing ? `Mark ${quoted(name)} as ${type} instead of ${quoted(normalizeName(enclosing.text))}` : `Mark ${quoted(name)} as ${type}`,
    kind: 'markAs',
    type,
  }));
  if (entity) offers.push({ title: `${quoted(name)} is not an entity`, kind: 'notEntity' });
  if (sameAsCandidates(analysis, target).length > 0) offers.push({ title: `${quoted(name)} is the same as…`, kind: 'sameAs' });
  if (entity?.watched) offers.push({ title: `Remove ${quoted(name)} from the watchlist`, kind: 'unwatch' });
  else if (entity) offers.push({ title: `Add ${quoted(name)} to the watchlist`, kind: 'watch' });
  return offers;
}

/** The dictionary text after the correction: every fix is an edit of the reader's file. */
export function applyCorrection(text: string, target: CorrectionTarget, correction: Correction): string {
  switch (correction.kind) {
    case 'markAs': {
      const marked = addEntity(text, target.name, correction.type);
      return target.enclosing ? addNotEntity(marked, target.enclosing.text) : marked;
    }
    case 'notEntity':
      return addNotEntity(text, target.name);
    case 'sameAs':
      return addAlias(text, correction.other, target.name);
    case 'watch':
      return addToWatchlist(text, target.name);
    case 'unwatch':
      return removeFromWatchlist(text, [target.name, ...(target.entity?.aliases ?? [])]);
  }
}

/** The entities "Same as…" offers: the document's others, most mentioned first. */
export function sameAsCandidates(analysis: Analysis, target: CorrectionTarget): Entity[] {
  return analysis.entities
    .filter((e) => e.id !== target.entity?.id)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}
