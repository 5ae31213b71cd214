/** Refusing an edit: what the reducer's parts share (reading a record safely is `own` of the model). */
import { AppError } from '../errors';

/** Refuses an edit that does not fit the map, naming why; nothing is changed. */
export function invalid(why: string): never {
  throw new AppError(
    'INVALID_EDIT',
    `That change could not be applied: ${why}. Nothing was changed.`,
  );
}
