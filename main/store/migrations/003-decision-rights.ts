/**
 * Decision rights for the matrix view (issue 18): the map's notation (RACI, RAPID, DACI) on
 * its row, and `recommenders` and `informed` on every stored decision. Decisions live as
 * JSON in the transition rows, so the two lists are added there, empty, where missing:
 * every row then has the shape the app reads, and no load has to patch old rows.
 */
import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  sql: `
    ALTER TABLE maps ADD COLUMN notation TEXT NOT NULL DEFAULT 'RACI'
      CHECK (notation IN ('RACI', 'RAPID', 'DACI'));
    UPDATE transitions
      SET data = json_set(data,
        '$.decision.recommenders', json(coalesce(json_extract(data, '$.decision.recommenders'), '[]')),
        '$.decision.informed', json(coalesce(json_extract(data, '$.decision.informed'), '[]')))
      WHERE json_extract(data, '$.decision.recommenders') IS NULL
         OR json_extract(data, '$.decision.informed') IS NULL;
  `,
};
