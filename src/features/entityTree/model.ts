// What the Entities view shows for one analysis: groups by type, entities sorted and filtered,
// mentions with their line and an excerpt. Pure (no vscode import) so it is unit-tested directly.
import { indexOf } from '../../core/analysisIndex';
import { excerpt, type Excerpt } from '../../core/snippet';
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

/**
 * Mention rows made so far, per analysis: a change of sort order or filter rebuilds the groups and
 * VS Code asks again for every expanded entity's rows, which stay the same.
 */
const rowsByAnalysis = new WeakMap<Analysis, Map<Entity, MentionRow[]>>();

/** The entity's mention rows; lines from the analysis' shared line table. */
function mentionRows(analysis: Analysis, text: string, entity: Entity): MentionRow[] {
  let made = rowsByAnalysis.get(analysis);
  if (!made) rowsByAnalysis.set(analysis, (made = new Map()));
  let rows = made.get(entity);
  if (!rows) {
    const index = indexOf(analysis, text);
    rows = entity.mentions.map((m) => ({ start: m.start, end: m.end, line: index.lineAt(m.start), context: excerpt(text, m.start, m.end) }));
    made.set(entity, rows);
  }
  return rows;
}

export function buildEntityGroups(
  analysis: Analysis,
  text: string,
  options: { sortOrder: SortOrder; filter: string },
): EntityGroup[] {
  return GROUPS.map(({ type, title }) => ({
    type,
    title,
    entities: analysis.entities
      .filter((entity) => entity.type === type && matchesFilter(entity, options.filter))
      .sort(compare(options.sortOrder))
      .map((entity) => ({
        entity,
        get mentions() {
          return mentionRows(analysis, text, entity);
        },
      })),
  }));
}
