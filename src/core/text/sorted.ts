// Binary searches over ascending values: spans sorted by start or end, line starts.

/** The first index below `count` at which `past` holds, given that it holds from some index on (`count` if none). */
function firstWhere(count: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** How many of the ascending `values` are below `value` (the index of the first at least `value`). */
export const countBelow = (values: ArrayLike<number>, value: number): number => firstWhere(values.length, (i) => values[i]! >= value);

/** How many of the ascending `values` are at most `value` (the index of the first above it). */
export const countAtMost = (values: ArrayLike<number>, value: number): number => firstWhere(values.length, (i) => values[i]! > value);

/** How many of `items`, sorted by start, start at or before `offset`. */
export const countStartingAtOrBefore = (items: ReadonlyArray<{ start: number }>, offset: number): number =>
  firstWhere(items.length, (i) => items[i]!.start > offset);
