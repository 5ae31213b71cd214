/**
 * What the kill test's database must hold: the child announces each save (a `Batch`) before
 * it starts, and the parent replays the batches on this plain model. Shared by the child
 * (editChild.ts) and the test; no vitest, no Node I/O.
 */
import type Database from 'better-sqlite3';

/** One `map:apply` call of the edit child, as it announces it. */
export interface Batch {
  readonly b: string;
  readonly shape: string;
  /** Steps added, in order. */
  readonly add: readonly string[];
  /** Arrows added in the same save: `[id, from, to]`. */
  readonly arrows: readonly (readonly [string, string, string])[];
  /** Steps removed (with every arrow touching them). */
  readonly remove: readonly string[];
  readonly removeArrows: readonly string[];
  readonly relabel: readonly string[];
  readonly name?: string;
}

/** The label batch `b` gives a step it adds or relabels. */
export const labelOf = (id: string, b: string) => `${id}@${b}`;

/** The database's content as far as the test checks it, in a comparable form. */
export interface Snapshot {
  readonly maps: number;
  readonly name: string | null;
  /** `id label`, sorted. */
  readonly steps: readonly string[];
  /** `id from>to`, sorted. */
  readonly arrows: readonly string[];
}

export interface ModelMap {
  readonly name: string;
  readonly steps: ReadonlyMap<string, string>;
  readonly arrows: ReadonlyMap<string, readonly [string, string]>;
}

/** The map the child creates on its first run. */
export const NEW_MAP: ModelMap = { name: 'Kill test', steps: new Map(), arrows: new Map() };

export function applyBatch(map: ModelMap, batch: Batch): ModelMap {
  const steps = new Map(map.steps);
  const arrows = new Map(map.arrows);
  for (const id of batch.add) steps.set(id, labelOf(id, batch.b));
  for (const [id, from, to] of batch.arrows) arrows.set(id, [from, to]);
  for (const id of batch.relabel) steps.set(id, labelOf(id, batch.b));
  const removed = new Set(batch.remove);
  for (const id of removed) steps.delete(id);
  for (const [id, [from, to]] of arrows) {
    if (removed.has(from) || removed.has(to)) arrows.delete(id);
  }
  for (const id of batch.removeArrows) arrows.delete(id);
  return { name: batch.name ?? map.name, steps, arrows };
}

export function snapshotOf(map: ModelMap | null): Snapshot {
  if (!map) return { maps: 0, name: null, steps: [], arrows: [] };
  return {
    maps: 1,
    name: map.name,
    steps: [...map.steps].map(([id, label]) => `${id} ${label}`).sort(),
    arrows: [...map.arrows].map(([id, [from, to]]) => `${id} ${from}>${to}`).sort(),
  };
}

/** Reads the same view from a workspace database. */
export function readSnapshot(db: Database.Database): Snapshot {
  const names = db.prepare('SELECT name FROM maps').pluck().all() as string[];
  const steps = db
    .prepare(`SELECT id || ' ' || json_extract(data, '$.label') FROM steps`)
    .pluck()
    .all() as string[];
  const arrows = db
    .prepare(
      `SELECT id || ' ' || json_extract(data, '$.from') || '>' || json_extract(data, '$.to') FROM transitions`,
    )
    .pluck()
    .all() as string[];
  return { maps: names.length, name: names[0] ?? null, steps: steps.sort(), arrows: arrows.sort() };
}

export function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
