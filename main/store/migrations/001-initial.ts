/**
 * The first workspace schema. Elements are stored as whole JSON objects rather than one
 * column per field: the model grows often, every field would otherwise need a migration,
 * and the store never queries inside an element. `sort` keeps the reducer's drawing order
 * across reloads without rewriting other rows when one is added or removed.
 */
import type { Migration } from './types';

/** 'DMAP' in ASCII: marks the file as ours so another app's SQLite file is not "upgraded". */
export const APPLICATION_ID = 0x444d4150;

export const migration001: Migration = {
  version: 1,
  sql: `
    PRAGMA application_id = ${APPLICATION_ID};

    CREATE TABLE maps (
      id           TEXT PRIMARY KEY NOT NULL,
      name         TEXT NOT NULL,
      purpose      TEXT NOT NULL DEFAULT '',
      stage        TEXT NOT NULL,
      -- No foreign key: a to-be map keeps the link even after its as-is map is purged.
      derived_from TEXT,
      parking_lot  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(parking_lot)),
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      -- Set while the map is in the trash; NULL for a live map.
      deleted_at   TEXT,
      -- Bumped by every save, so a client can tell whether its copy is current.
      revision     INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX maps_by_updated ON maps (updated_at);

    CREATE TABLE steps (
      map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
      id     TEXT NOT NULL,
      sort   INTEGER NOT NULL,
      data   TEXT NOT NULL CHECK (json_valid(data)),
      PRIMARY KEY (map_id, id)
    ) STRICT;

    CREATE TABLE transitions (
      map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
      id     TEXT NOT NULL,
      sort   INTEGER NOT NULL,
      data   TEXT NOT NULL CHECK (json_valid(data)),
      PRIMARY KEY (map_id, id)
    ) STRICT;

    CREATE TABLE roles (
      map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
      id     TEXT NOT NULL,
      sort   INTEGER NOT NULL,
      data   TEXT NOT NULL CHECK (json_valid(data)),
      PRIMARY KEY (map_id, id)
    ) STRICT;

    CREATE TABLE information (
      map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
      id     TEXT NOT NULL,
      sort   INTEGER NOT NULL,
      data   TEXT NOT NULL CHECK (json_valid(data)),
      PRIMARY KEY (map_id, id)
    ) STRICT;
  `,
};
