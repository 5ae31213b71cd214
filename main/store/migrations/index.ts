/**
 * Every migration the app knows, in order. Append only: the last entry's version is the
 * schema version this build writes, and anything higher is refused as "too new".
 */
import { migration001 } from './001-initial';
import { migration002 } from './002-votes';
import { migration003 } from './003-decision-rights';
import { migration004 } from './004-room';
import type { Migration } from './types';

export type { Migration } from './types';
export { APPLICATION_ID } from './001-initial';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
];

/** The schema version a list of migrations leads to (0 for an empty list). */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}
