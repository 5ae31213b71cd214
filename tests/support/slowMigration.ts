/**
 * A test-only schema history for the migration kill test: the app's real migrations plus
 * one more that is deliberately slow. The real upgrades (adding columns, filling two lists) take
 * a millisecond, too short a window to kill inside; this one copies every element row into
 * a new table and indexes the copies, which takes a good part of a second on a workspace of
 * a few megabytes. Its all-or-nothing check: `kill_probe` either does not exist or holds
 * exactly one row per step and arrow.
 */
import { MIGRATIONS, type Migration } from '../../main/store';

export const SLOW_MIGRATION: Migration = {
  version: MIGRATIONS.length + 1,
  sql: `
    CREATE TABLE kill_probe (
      map_id TEXT NOT NULL,
      id     TEXT NOT NULL,
      size   INTEGER NOT NULL,
      copy   TEXT NOT NULL
    ) STRICT;
    INSERT INTO kill_probe SELECT map_id, id, length(data), data FROM steps;
    INSERT INTO kill_probe SELECT map_id, id, length(data), data FROM transitions;
    CREATE INDEX kill_probe_by_copy ON kill_probe (copy);
  `,
};

export const KILL_MIGRATIONS: readonly Migration[] = [...MIGRATIONS, SLOW_MIGRATION];
