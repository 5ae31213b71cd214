/**
 * Every SQL statement the store runs, prepared once per connection. Preparing is most of
 * the cost of a small statement, and an edit runs several per call.
 */
import type Database from 'better-sqlite3';
import {
  ELEMENT_TABLES,
  type ElementRow,
  type ElementTable,
  type MapRow,
  type SummaryRow,
} from './rows';

const SUMMARY_COLUMNS = `
  m.id, m.name, m.stage, m.derived_from, m.created_at, m.updated_at, m.deleted_at,
  (SELECT count(*) FROM steps s WHERE s.map_id = m.id) AS step_count`;

function elementStatements(db: Database.Database, table: ElementTable) {
  return {
    select: db.prepare<[string], ElementRow>(
      `SELECT id, sort, data FROM ${table} WHERE map_id = ? ORDER BY sort`,
    ),
    upsert: db.prepare<[string, string, number, string]>(
      `INSERT INTO ${table} (map_id, id, sort, data) VALUES (?, ?, ?, ?)
       ON CONFLICT (map_id, id) DO UPDATE SET sort = excluded.sort, data = excluded.data`,
    ),
    remove: db.prepare<[string, string]>(`DELETE FROM ${table} WHERE map_id = ? AND id = ?`),
    copy: db.prepare<[string, string]>(
      `INSERT INTO ${table} (map_id, id, sort, data) SELECT ?, id, sort, data FROM ${table} WHERE map_id = ?`,
    ),
  };
}

export type ElementStatements = ReturnType<typeof elementStatements>;

export function prepareStatements(db: Database.Database) {
  const elements = Object.fromEntries(
    ELEMENT_TABLES.map((table) => [table, elementStatements(db, table)]),
  ) as Record<ElementTable, ElementStatements>;
  return {
    elements,
    listLive: db.prepare<[], SummaryRow>(
      // rowid breaks ties between maps saved in the same millisecond: newer rows first.
      `SELECT ${SUMMARY_COLUMNS} FROM maps m WHERE m.deleted_at IS NULL
       ORDER BY m.updated_at DESC, m.rowid DESC`,
    ),
    listTrash: db.prepare<[], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM maps m WHERE m.deleted_at IS NOT NULL
       ORDER BY m.deleted_at DESC, m.rowid DESC`,
    ),
    summary: db.prepare<[string], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM maps m WHERE m.id = ?`,
    ),
    map: db.prepare<[string], MapRow>(
      `SELECT id, name, purpose, stage, derived_from, notation, parking_lot, votes, created_at,
              updated_at,
              deleted_at, revision
       FROM maps WHERE id = ?`,
    ),
    insertMap: db.prepare<
      [string, string, string, string, string | null, string, string, string, string, string]
    >(
      `INSERT INTO maps (id, name, purpose, stage, derived_from, notation, parking_lot, votes,
                         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    copyMap: db.prepare<[string, string, string, string, string]>(
      `INSERT INTO maps (id, name, purpose, stage, derived_from, notation, parking_lot, votes,
                         created_at, updated_at)
       SELECT ?, ?, purpose, stage, derived_from, notation, parking_lot, votes, ?, ?
       FROM maps WHERE id = ?`,
    ),
    setInfo: db.prepare<[string, string, string]>(
      `UPDATE maps SET name = ?, purpose = ? WHERE id = ?`,
    ),
    /** The whole map row an edit can change: name, purpose, notation, parking lot and votes. */
    setMapRow: db.prepare<[string, string, string, string, string, string]>(
      `UPDATE maps SET name = ?, purpose = ?, notation = ?, parking_lot = ?, votes = ?
       WHERE id = ?`,
    ),
    /** Read first in a save's transaction: the revision the edit must have been based on. */
    revisionOf: db.prepare<[string], { revision: number; deleted_at: string | null }>(
      `SELECT revision, deleted_at FROM maps WHERE id = ?`,
    ),
    /** Every save ends with this, so a save of a trashed or missing map writes nothing. */
    bump: db.prepare<[string, string], { revision: number }>(
      `UPDATE maps SET revision = revision + 1, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL RETURNING revision`,
    ),
    trash: db.prepare<[string, string]>(
      `UPDATE maps SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`,
    ),
    restore: db.prepare<[string]>(`UPDATE maps SET deleted_at = NULL WHERE id = ?`),
    trashedIds: db.prepare<[], string>(`SELECT id FROM maps WHERE deleted_at IS NOT NULL`).pluck(),
    purgeTrash: db.prepare<[]>(`DELETE FROM maps WHERE deleted_at IS NOT NULL`),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
