/**
 * How large a map is as a file: the UTF-8 bytes of its portable file written on one line
 * (the form an export falls back to), counted exactly without writing the file. Every door
 * keeps a map within LIMITS.fileBytes by this measure, so every map exports to a file that
 * imports again.
 *
 * Counting a whole map costs one JSON.stringify per element, so the count is remembered per
 * document (documents are immutable) and an edit updates it from the rows it touched.
 */
import { utf8Bytes } from '../content/text';
import type { MapDocument } from '../model';
import type { Touched } from '../operations/types';
import { informationEntry, roleEntry, stepEntry, toMapFile, transitionEntry } from './export';

const LISTS = ['roles', 'information', 'steps', 'transitions'] as const;
type List = (typeof LISTS)[number];

interface ListSize {
  /** Bytes of every entry, separators not included. */
  readonly bytes: number;
  readonly count: number;
}

interface FileSize {
  /** The file with these four lists empty: the map's own fields, parking lot and votes. */
  readonly frame: number;
  readonly lists: Readonly<Record<List, ListSize>>;
}

const known = new WeakMap<MapDocument, FileSize>();

function entryBytes(doc: MapDocument, list: List, id: string): number {
  const record: Readonly<Record<string, unknown>> = doc[list];
  if (!Object.hasOwn(record, id)) return 0;
  let entry: unknown;
  if (list === 'roles') entry = roleEntry(doc.roles[id]!);
  else if (list === 'information') entry = informationEntry(doc.information[id]!);
  else if (list === 'steps') entry = stepEntry(doc.steps[id]!);
  else entry = transitionEntry(doc.transitions[id]!);
  return utf8Bytes(JSON.stringify(entry));
}

function frameBytes(doc: MapDocument): number {
  const empty = { ...doc, roles: {}, information: {}, steps: {}, stepOrder: [] };
  const frame = toMapFile({ ...empty, transitions: {}, transitionOrder: [] });
  return utf8Bytes(JSON.stringify(frame));
}

function total(size: FileSize): number {
  let bytes = size.frame + 1; // the final newline
  for (const list of LISTS) {
    const { bytes: entries, count } = size.lists[list];
    if (count > 0) bytes += entries + (count - 1); // commas between entries
  }
  return bytes;
}

function measure(doc: MapDocument): FileSize {
  const cached = known.get(doc);
  if (cached) return cached;
  const lists = {} as Record<List, ListSize>;
  for (const list of LISTS) {
    const ids = Object.keys(doc[list]);
    let bytes = 0;
    for (const id of ids) bytes += entryBytes(doc, list, id);
    lists[list] = { bytes, count: ids.length };
  }
  const size: FileSize = { frame: frameBytes(doc), lists };
  known.set(doc, size);
  return size;
}

/**
 * The size in bytes of `doc`'s map file written on one line, final newline included:
 * exactly `serializeMapFile`'s output when the indented file would not fit.
 */
export function mapFileBytes(doc: MapDocument): number {
  return total(measure(doc));
}

/** How many roles and information items `doc` holds, from the same remembered count. */
export function rosterCounts(doc: MapDocument): { roles: number; information: number } {
  const { lists } = measure(doc);
  return { roles: lists.roles.count, information: lists.information.count };
}

/**
 * The size of `after`, an edit of `before` that changed only the rows in `touched`: counted
 * from those rows alone when `before`'s size is known. Remembers the result for `after`.
 */
export function mapFileBytesAfter(
  before: MapDocument,
  after: MapDocument,
  touched: Touched,
): number {
  if (known.has(after)) return mapFileBytes(after);
  const was = measure(before);
  const lists = { ...was.lists };
  for (const list of LISTS) {
    const ids = touched[list];
    if (ids.size === 0) continue;
    let { bytes, count } = lists[list];
    for (const id of ids) {
      const old = entryBytes(before, list, id);
      const now = entryBytes(after, list, id);
      const existed = Object.hasOwn(before[list], id);
      const exists = Object.hasOwn(after[list], id);
      bytes += now - old;
      count += Number(exists) - Number(existed);
    }
    lists[list] = { bytes, count };
  }
  const size: FileSize = { frame: touched.map ? frameBytes(after) : was.frame, lists };
  known.set(after, size);
  return total(size);
}
