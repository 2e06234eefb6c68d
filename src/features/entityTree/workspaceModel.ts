// What the Entities view shows in workspace mode: every indexed entity grouped by type, sorted and
// filtered like the document mode's. Pure, so it is unit-tested without an editor.
import type { EntityType } from '../../core/types';
import type { WorkspaceEntity } from '../../workspace/queries';
import type { SortOrder } from '../settings';
import { GROUPS, matchesFilter } from './model';

export interface WorkspaceEntityGroup {
  type: EntityType;
  title: string;
  entities: WorkspaceEntity[];
}

function compare(order: SortOrder): (a: WorkspaceEntity, b: WorkspaceEntity) => number {
  const byName = (a: WorkspaceEntity, b: WorkspaceEntity) => a.name.localeCompare(b.name);
  return order === 'name' ? byName : (a, b) => b.mentions - a.mentions || b.fileCount - a.fileCount || byName(a, b);
}

export function buildWorkspaceGroups(
  entities: readonly WorkspaceEntity[],
  options: { sortOrder: SortOrder; filter: string },
): WorkspaceEntityGroup[] {
  return GROUPS.map(({ type, title }) => ({
    type,
    title,
    entities: entities.filter((e) => e.type === type && matchesFilter(e, options.filter)).sort(compare(options.sortOrder)),
  }));
}
