/**
 * Keeps the reducer's drawing order in the database without renumbering rows. Each row
 * has a `sort`; rows that stay where they were keep theirs, rows the reducer appended get
 * fresh numbers past the largest one used. The reducer only ever filters or appends, so an
 * edit rewrites just the rows it touched.
 */

/** The sort numbers of one element table of one map, as currently stored. Owned by the cache. */
export interface SortIndex {
  readonly sorts: Map<string, number>;
  /** Larger than every sort ever handed out in this map, so a new row always sorts last. */
  next: number;
}

/** One row to write: `sort` null means the element is gone and its row is deleted. */
export interface RowWrite {
  readonly id: string;
  readonly sort: number | null;
}

export interface RowPlan {
  readonly writes: readonly RowWrite[];
  readonly next: number;
}

export function sortIndexFrom(rows: Iterable<{ id: string; sort: number }>): SortIndex {
  const sorts = new Map<string, number>();
  let next = 0;
  for (const row of rows) {
    sorts.set(row.id, row.sort);
    if (row.sort >= next) next = row.sort + 1;
  }
  return { sorts, next };
}

/**
 * The rows to write after an edit, given the order before and after it and the ids the
 * reducer touched. Walks the new order and keeps every stored sort that is still
 * increasing; an element that now sits after a higher sort (one removed and re-added, or
 * new) gets a fresh number. Does not modify `index`: the plan only becomes true once the
 * transaction commits (see `commitRows`).
 */
export function planRows(
  index: SortIndex,
  before: readonly string[],
  after: readonly string[],
  touched: ReadonlySet<string>,
  exists: (id: string) => boolean,
): RowPlan {
  const assigned = new Map<string, number>();
  let next = index.next;
  // The reducer returns the same order array when an edit adds or removes nothing.
  if (after !== before) {
    let last = -Infinity;
    for (const id of after) {
      const kept = index.sorts.get(id);
      if (kept !== undefined && kept > last) {
        last = kept;
      } else {
        last = next++;
        assigned.set(id, last);
      }
    }
  }
  const writes: RowWrite[] = [];
  const ids = new Set<string>(touched);
  for (const id of assigned.keys()) ids.add(id);
  for (const id of ids) {
    if (!exists(id)) {
      writes.push({ id, sort: null });
      continue;
    }
    const sort = assigned.get(id) ?? index.sorts.get(id);
    if (sort === undefined)
      throw new Error(`Element ${id} is in the map but not in its drawing order`);
    writes.push({ id, sort });
  }
  return { writes, next };
}

/** Makes a plan part of the index, once its rows are safely in the database. */
export function commitRows(index: SortIndex, plan: RowPlan): void {
  for (const write of plan.writes) {
    if (write.sort === null) index.sorts.delete(write.id);
    else index.sorts.set(write.id, write.sort);
  }
  index.next = plan.next;
}
