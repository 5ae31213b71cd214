/**
 * Edits of what the map's own row holds besides its name: the parking lot (open questions
 * the room parked, about a step, an arrow or the whole map) and the dot votes on findings.
 */
import { own, type MapDocument, type ParkingLotItem } from '../model';
import { idTaken, refuseReservedId } from './mapLimits';
import { invalid } from './refuse';
import type { Operation, Touched } from './types';

type MapRowOperation = Extract<
  Operation,
  { type: 'parking/add' | 'parking/update' | 'parking/remove' | 'votes/set' }
>;

/** True when `id` names a step or an arrow of the map: what a parked question may be about. */
export function isParkingTarget(doc: MapDocument, id: string): boolean {
  return own(doc.steps, id) !== undefined || own(doc.transitions, id) !== undefined;
}

/**
 * Ids of the parked questions about an element that removing these steps and arrows takes
 * away: their target names no step or arrow left afterwards.
 */
export function parkedOn(
  doc: MapDocument,
  stepIds: ReadonlySet<string>,
  transitionIds: ReadonlySet<string>,
): Set<string> {
  const orphaned = new Set<string>();
  for (const item of doc.parkingLot) {
    const target = item.target;
    if (target === null) continue;
    const stepLeft = own(doc.steps, target) !== undefined && !stepIds.has(target);
    const arrowLeft = own(doc.transitions, target) !== undefined && !transitionIds.has(target);
    if (!stepLeft && !arrowLeft) orphaned.add(item.id);
  }
  return orphaned;
}

function checkTarget(doc: MapDocument, target: string | null | undefined): void {
  if (target !== undefined && target !== null && !isParkingTarget(doc, target)) {
    invalid(`there is no step or arrow ${target} to attach the question to`);
  }
}

function indexOfItem(doc: MapDocument, id: string): number {
  const index = doc.parkingLot.findIndex((p) => p.id === id);
  if (index < 0) invalid(`there is no parked question ${id}`);
  return index;
}

function addItem(doc: MapDocument, item: ParkingLotItem, at: number | undefined): MapDocument {
  // A parked question's id must be new to the whole map, like every id in a file.
  refuseReservedId(item.id);
  if (idTaken(doc, item.id)) invalid(`the id ${item.id} is already used in this map`);
  checkTarget(doc, item.target);
  const list = [...doc.parkingLot];
  const index = at === undefined ? list.length : Math.min(Math.max(at, 0), list.length);
  list.splice(index, 0, { id: item.id, text: item.text, target: item.target });
  return { ...doc, parkingLot: list };
}

/**
 * Applies a parking-lot or vote edit; every one of them rewrites the map's row. Refuses an
 * unknown question id, a duplicate id, or a target that is not a step or arrow of the map.
 */
export function applyMapRowEdit(
  doc: MapDocument,
  op: MapRowOperation,
  touched: Touched,
): MapDocument {
  switch (op.type) {
    case 'parking/add': {
      const next = addItem(doc, op.item, op.at);
      touched.map = true;
      return next;
    }
    case 'parking/update': {
      const index = indexOfItem(doc, op.id);
      checkTarget(doc, op.patch.target);
      const item = doc.parkingLot[index]!;
      const next: ParkingLotItem = {
        ...item,
        ...(op.patch.text !== undefined && { text: op.patch.text }),
        ...(op.patch.target !== undefined && { target: op.patch.target }),
      };
      touched.map = true;
      return { ...doc, parkingLot: doc.parkingLot.with(index, next) };
    }
    case 'parking/remove': {
      const index = indexOfItem(doc, op.id);
      touched.map = true;
      return { ...doc, parkingLot: doc.parkingLot.toSpliced(index, 1) };
    }
    case 'votes/set': {
      if (!Number.isInteger(op.count) || op.count < 0) invalid('a vote count is a whole number');
      touched.map = true;
      return { ...doc, votes: withVotes(doc.votes, op.key, op.count) };
    }
  }
}

/**
 * The votes with `key` set to `count` (in place, or last when new), or without `key` when
 * `count` is 0. Entries are defined, not assigned, so that any key stays plain data.
 */
function withVotes(
  votes: Readonly<Record<string, number>>,
  key: string,
  count: number,
): Record<string, number> {
  const next: Record<string, number> = {};
  const define = (k: string, value: number) =>
    Object.defineProperty(next, k, { value, enumerable: true, writable: true, configurable: true });
  let placed = false;
  for (const k of Object.keys(votes)) {
    if (k !== key) define(k, votes[k]!);
    else if (count > 0) {
      define(k, count);
      placed = true;
    }
  }
  if (!placed && count > 0) define(key, count);
  return next;
}
