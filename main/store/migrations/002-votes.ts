/**
 * Dot votes on findings (workshop mode), kept on the map's row beside its parking lot: a
 * small JSON object `{ "<rule>:<first target id>": count }`, read and written whole with
 * the map, never queried inside.
 */
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  sql: `
    ALTER TABLE maps ADD COLUMN votes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(votes));
  `,
};
