// What the Entities view shows for one analysis: groups by type, entities sorted and filtered,
// mentions with their line and an excerpt. Pure (no vscode import) so it is unit-tested directly.
import { excerpt, type Excerpt } from '../../core/snippet';
import { type Line, lineOfOffset, splitLines } from '../../core/text/lines';
import type { Analysis, Entity, EntityType } from '../../core/types';
import type { SortOrder } from '../settings';

export interface MentionRow {
  start: number;
  end: number;
  /** Zero-based line of the mention's start. */
  line: number;
  context: Excerpt;
}

export interface EntityRow {
  entity: Entity;
  /** Computed when first read (a row is expanded): a long briefing has tens of thousands of mentions. */
  readonly mentions: MentionRow[];
}

export interface EntityGroup {
  type: EntityType;
  /** "People", "Organizations", "Places". */
  title: string;
  entities: EntityRow[];
}

export const GROUPS: readonly { type: EntityType; title: string }[] = [
  { type: 'person', title: 'People' },
  { type: 'organization', title: 'Organizations' },
  { type: 'place', title: 'Places' },
];

function compare(order: SortOrder): (a: Entity, b: Entity) => number {
  const byName = (a: Entity, b: Entity) => a.name.localeCompare(b.name);
  return order === 'name' ? byName : (a, b) => b.mentions.length - a.mentions.length || byName(a, b);
}

/** A filter matches the canonical name, any alias or the role, ignoring case. */
export function matchesFilter(entity: Pick<Entity, 'name' | 'aliases' | 'role'>, filter: string): boolean {
  const needle = filter.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [entity.name, ...entity.aliases, entity.role ?? ''].some((s) => s.toLocaleLowerCase().includes(needle));
}

export function buildEntityGroups(
  analysis: Analysis,
  text: string,
  options: { sortOrder: SortOrder; filter: string },
): EntityGroup[] {
  let lines: Line[] | undefined;
  const mentionRows = (entity: Entity): MentionRow[] => {
    lines ??= splitLines(text);
    return entity.mentions.map((m) => ({ start: m.start, end: m.end, line: lineOfOffset(lines!, m.start), context: excerpt(text, m.start, m.end) }));
  };
  return GROUPS.map(({ type, title }) => ({
    type,
    title,
    entities: analysis.entities
      .filter((entity) => entity.type === type && matchesFilter(entity, options.filter))
      .sort(compare(options.sortOrder))
      .map((entity) => {
        let mentions: MentionRow[] | undefined;
        return {
          entity,
          get mentions() {
            return (mentions ??= mentionRows(entity));
          },
        };
      }),
  }));
}
