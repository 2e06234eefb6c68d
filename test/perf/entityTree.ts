// Asks the Entities view's TreeDataProvider what VS Code asks it, and times each call: for a row's
// children, ExtHostTreeView calls getChildren and then getTreeItem on every child, in one task.
import type * as vscode from 'vscode';
import type { EntityTreeResults, TreeTimes } from './results';
import { GcPauses, percentiles, Requests } from './timing';

type Provider<T> = vscode.TreeDataProvider<T>;

/** A provider may answer at once or with a promise; awaiting a plain value would add a turn of the queue to the time. */
async function settled<T>(value: vscode.ProviderResult<T>): Promise<T | null | undefined> {
  return value !== null && typeof value === 'object' && 'then' in value ? await value : (value as T | null | undefined);
}

interface Series {
  children: number[];
  items: number[];
  fetches: Requests;
}

const series = (): Series => ({ children: [], items: [], fetches: new Requests() });

/** One request for `parent`'s children as ExtHostTreeView makes it, timed into `into`. */
async function fetchChildren<T>(provider: Provider<T>, parent: T | undefined, into: Series): Promise<T[]> {
  return into.fetches.time(async () => {
    const start = performance.now();
    const children = (await settled(provider.getChildren(parent))) ?? [];
    into.children.push(performance.now() - start);
    for (const child of children) {
      const asked = performance.now();
      const item = await settled(provider.getTreeItem(child));
      into.items.push(performance.now() - asked);
      if (!item?.label) throw new Error('a row without a label');
    }
    return children;
  });
}

/** Times VS Code's requests to the view's provider, walk after walk. */
export class TreeWalker<T> {
  private readonly root = series();
  private readonly group = series();
  private readonly entity = series();

  constructor(private readonly provider: Provider<T>) {}

  /**
   * What VS Code asks after the view changed: the root, every group (they open expanded) and the
   * mention rows of the entity rows `expand` picks from each group. Returns the rows seen and the
   * time of each entity's request.
   */
  async walk(expand: (entityRows: T[]) => T[]): Promise<{ entities: number; mentions: number; entityFetches: number[] }> {
    const seen = { entities: 0, mentions: 0, entityFetches: [] as number[] };
    const groups = await fetchChildren(this.provider, undefined, this.root);
    for (const g of groups) {
      const entityRows = await fetchChildren(this.provider, g, this.group);
      seen.entities += entityRows.length;
      for (const e of expand(entityRows)) {
        seen.mentions += (await fetchChildren(this.provider, e, this.entity)).length;
        seen.entityFetches.push(this.entity.fetches.wall[this.entity.fetches.wall.length - 1]!);
      }
    }
    return seen;
  }

  async times(gc: GcPauses): Promise<TreeTimes> {
    const { root, group, entity } = this;
    return {
      calls: {
        root: percentiles(root.children),
        groupItem: percentiles(root.items),
        group: percentiles(group.children),
        entityItem: percentiles(group.items),
        entity: percentiles(entity.children),
        mentionItem: percentiles(entity.items),
      },
      fetches: { root: await root.fetches.summary(gc), group: await group.fetches.summary(gc), entity: await entity.fetches.summary(gc) },
    };
  }
}

/**
 * `rounds` walks over the tree of one analysis: the root and every group each time, every entity's
 * mention rows in the first `entityRounds` only (the rows are many). Before every walk but the
 * first, `change` makes the view change (VS Code then asks again).
 */
export async function timeEntityTree<T>(
  provider: Provider<T>,
  { rounds, entityRounds }: { rounds: number; entityRounds: number },
  change: (round: number) => Promise<void>,
  gc: GcPauses,
): Promise<EntityTreeResults> {
  const walker = new TreeWalker(provider);
  const first = await walker.walk((rows) => rows);
  for (let round = 1; round < rounds; round++) {
    await change(round);
    await walker.walk((rows) => (round < entityRounds ? rows : []));
  }
  return { entities: first.entities, mentions: first.mentions, rounds, entityRounds, ...(await walker.times(gc)), firstEntityFetch: percentiles(first.entityFetches) };
}
