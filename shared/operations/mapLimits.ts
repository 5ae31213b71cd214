/**
 * The rules an edit must keep that only the whole map can tell: an id new to the map and
 * not reserved, at most LIMITS.elements of each kind, and a map that still fits in a map
 * file. The portable file's import checks the same (shared/file-format), so what an edit
 * can make, an export writes and an import reads back.
 */
import { LIMITS } from '../content/limits';
import { RESERVED_IDS } from '../content/text';
import { mapFileBytes, mapFileBytesAfter } from '../file-format/size';
import type { MapDocument } from '../model';
import { invalid } from './refuse';
import type { Operation, Touched } from './types';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Whether `id` names anything in the map: the map itself, a step, an arrow, a role, an
 * information item or a parked question. A file's ids are unique across all of these, so a
 * new element's id must be too. `parkingIds` saves a scan when many ids are checked.
 */
export function idTaken(
  doc: MapDocument,
  id: string,
  parkingIds: ReadonlySet<string> = new Set(doc.parkingLot.map((p) => p.id)),
): boolean {
  return (
    id === doc.info.id ||
    Object.hasOwn(doc.steps, id) ||
    Object.hasOwn(doc.transitions, id) ||
    Object.hasOwn(doc.roles, id) ||
    Object.hasOwn(doc.information, id) ||
    parkingIds.has(id)
  );
}

/** Refuses an id the app reserves (`constructor`, `__proto__`, ...), which no file may use. */
export function refuseReservedId(id: string): void {
  if (RESERVED_IDS.has(id)) invalid(`the id ${id} is reserved`);
}

/** Refuses when a list grew past the most one map may hold. */
function checkCount(before: number, after: number, what: string): void {
  if (after > LIMITS.elements && after > before) {
    invalid(`a map holds at most ${count(LIMITS.elements)} ${what}`);
  }
}

/**
 * Refuses an edit after which the map holds more elements of a kind than a map may, or no
 * longer fits in a map file. Only growth is refused: a map that is already past a limit
 * (made before the limit existed) can always be made smaller.
 */
export function checkMapLimits(
  before: MapDocument,
  after: MapDocument,
  op: Operation,
  touched: Touched,
): void {
  checkCount(before.stepOrder.length, after.stepOrder.length, 'steps');
  checkCount(before.transitionOrder.length, after.transitionOrder.length, 'arrows');
  checkCount(before.parkingLot.length, after.parkingLot.length, 'parked questions');
  if (op.type === 'role/add') {
    checkCount(Object.keys(before.roles).length, Object.keys(after.roles).length, 'roles');
  } else if (op.type === 'information/add') {
    const [was, now] = [before, after].map((d) => Object.keys(d.information).length);
    checkCount(was!, now!, 'information items');
  } else if (op.type === 'votes/set') {
    const [was, now] = [before, after].map((d) => Object.keys(d.votes).length);
    checkCount(was!, now!, 'findings with votes');
  }
  const bytes = mapFileBytesAfter(before, after, touched);
  if (bytes > LIMITS.fileBytes && bytes > mapFileBytes(before)) {
    const mb = (n: number) => Math.ceil(n / (1024 * 1024));
    invalid(
      `the map would take ${mb(bytes)} MB as a map file, and a map file holds at most ` +
        `${mb(LIMITS.fileBytes)} MB`,
    );
  }
}
