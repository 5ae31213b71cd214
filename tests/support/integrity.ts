/** What "nothing is corrupted" means for a workspace file, for tests (no vitest imports). */
import type Database from 'better-sqlite3';

export interface Soundness {
  /** PRAGMA integrity_check: ['ok'] when sound. */
  readonly integrity: string[];
  /** PRAGMA foreign_key_check: rows whose map is missing. */
  readonly foreignKeys: unknown[];
  /** Arrows whose `from` or `to` names a step that is not in their map. */
  readonly danglingArrows: string[];
}

export function soundness(db: Database.Database): Soundness {
  const integrity = db.pragma('integrity_check', { simple: false }) as {
    integrity_check: string;
  }[];
  const foreignKeys = db.pragma('foreign_key_check') as unknown[];
  const danglingArrows = db
    .prepare<[], { map_id: string; id: string }>(
      `SELECT t.map_id, t.id FROM transitions t
       WHERE NOT EXISTS (SELECT 1 FROM steps s
                         WHERE s.map_id = t.map_id AND s.id = json_extract(t.data, '$.from'))
          OR NOT EXISTS (SELECT 1 FROM steps s
                         WHERE s.map_id = t.map_id AND s.id = json_extract(t.data, '$.to'))`,
    )
    .all()
    .map((row) => `${row.map_id}/${row.id}`);
  return { integrity: integrity.map((row) => row.integrity_check), foreignKeys, danglingArrows };
}

export const SOUND: Soundness = { integrity: ['ok'], foreignKeys: [], danglingArrows: [] };
