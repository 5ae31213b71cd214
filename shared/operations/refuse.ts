/** Helpers the reducer's parts share: refusing an edit, and reading a record safely. */
import { AppError } from '../errors';

/** Refuses an edit that does not fit the map, naming why; nothing is changed. */
export function invalid(why: string): never {
  throw new AppError(
    'INVALID_EDIT',
    `That change could not be applied: ${why}. Nothing was changed.`,
  );
}

/**
 * Reads a record entry only when it is the record's own: ids come from outside, and a plain
 * `record[id]` would find `constructor` or `toString` on every map.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
