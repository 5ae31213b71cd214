/**
 * The workspace's maps in SQLite: summaries for Home, whole documents for the editor, and
 * the row-level writes of an edit. Knows nothing of caching or of the API; every method
 * that writes runs in one transaction.
 */
import type Database from 'better-sqlite3';
import type { MapDocument, MapId, MapSummary } from '../../shared/model';
import { ELEMENT_TABLES, toDocument, toSummary, type ElementRow, type ElementTable } from './rows';
import { prepareStatements, type Statements } from './statements';
import { sortIndexFrom, type RowPlan, type SortIndex } from './sortPlan';

export interface LoadedMap {
  readonly doc: MapDocument;
  readonly revision: number;
  readonly deletedAt: string | null;
  /** The stored sort of every row, per element table; owned by the cache once loaded. */
  readonly sorts: Readonly<Record<ElementTable, SortIndex>>;
}

/** The rows one `map:apply` writes, planned from the reducer's `Touched`. */
export interface MapEdit {
  readonly doc: MapDocument;
  /** The map's own row changed (`Touched.map`): name, purpose, parking lot or votes. */
  readonly info: boolean;
  readonly rows: Readonly<Record<ElementTable, RowPlan>>;
}

export class MapStore {
  private readonly sql: Statements;

  constructor(private readonly db: Database.Database) {
    this.sql = prepareStatements(db);
  }

  listMaps(): MapSummary[] {
    return this.sql.listLive.all().map(toSummary);
  }

  listTrash(): MapSummary[] {
    return this.sql.listTrash.all().map(toSummary);
  }

  /** Any map, in the trash or not; undefined when there is none with this id. */
  summary(id: MapId): MapSummary | undefined {
    const row = this.sql.summary.get(id);
    return row && toSummary(row);
  }

  /** A map with its rows in drawing order, read in one snapshot. */
  load(id: MapId): LoadedMap | undefined {
    return this.db.transaction(() => {
      const map = this.sql.map.get(id);
      if (!map) return undefined;
      const [steps, transitions, roles, information] = ELEMENT_TABLES.map((table) =>
        this.sql.elements[table].select.all(id),
      ) as [ElementRow[], ElementRow[], ElementRow[], ElementRow[]];
      return {
        doc: toDocument(map, { steps, transitions, roles, information }),
        revision: map.revision,
        deletedAt: map.deleted_at,
        sorts: {
          steps: sortIndexFrom(steps),
          transitions: sortIndexFrom(transitions),
          roles: sortIndexFrom(roles),
          information: sortIndexFrom(information),
        },
      };
    })();
  }

  /** Stores a new map with its elements in document order; its revision starts at 0. */
  create(doc: MapDocument, at: string): void {
    this.db.transaction(() => {
      const { info } = doc;
      this.sql.insertMap.run(
        info.id,
        info.name,
        info.purpose,
        info.stage,
        info.derivedFrom,
        info.notation,
        JSON.stringify(doc.parkingLot),
        JSON.stringify(doc.votes),
        at,
        at,
      );
      const write = (table: (typeof ELEMENT_TABLES)[number], items: readonly { id: string }[]) =>
        items.forEach((item, sort) =>
          this.sql.elements[table].upsert.run(info.id, item.id, sort, JSON.stringify(item)),
        );
      write(
        'steps',
        doc.stepOrder.map((id) => doc.steps[id]!),
      );
      write(
        'transitions',
        doc.transitionOrder.map((id) => doc.transitions[id]!),
      );
      write('roles', Object.values(doc.roles));
      write('information', Object.values(doc.information));
    })();
  }

  /**
   * Writes an edit: the planned element rows, the map's own row (name, purpose, parking lot,
   * votes) when it changed, and a new revision. Returns that revision; throws MapGone (writing nothing)
   * when the map is gone or in the trash, and MapStale (writing nothing) when the stored
   * revision is not `base`, the one the edit was planned on: checked in the same transaction
   * as the write, so no other writer can slip in between.
   */
  save(id: MapId, edit: MapEdit, at: string, base: number): number {
    return this.db.transaction(() => {
      const stored = this.sql.revisionOf.get(id);
      if (!stored || stored.deleted_at !== null) throw new MapGone();
      if (stored.revision !== base) throw new MapStale(stored.revision);
      for (const table of ELEMENT_TABLES) {
        this.writeRows(table, id, edit.rows[table], edit.doc[table]);
      }
      if (edit.info) {
        const { info, parkingLot, votes } = edit.doc;
        this.sql.setMapRow.run(
          info.name,
          info.purpose,
          info.notation,
          JSON.stringify(parkingLot),
          JSON.stringify(votes),
          id,
        );
      }
      const bumped = this.sql.bump.get(at, id);
      // Throwing rolls back the rows written above.
      if (!bumped) throw new MapGone();
      return bumped.revision;
    })();
  }

  private writeRows(
    table: ElementTable,
    mapId: MapId,
    plan: RowPlan,
    record: Readonly<Record<string, unknown>>,
  ): void {
    const statements = this.sql.elements[table];
    for (const { id, sort } of plan.writes) {
      if (sort === null) statements.remove.run(mapId, id);
      else statements.upsert.run(mapId, id, sort, JSON.stringify(record[id]));
    }
  }

  /** Renames a live map as a save (new revision). Returns the revision, or undefined. */
  rename(id: MapId, name: string, at: string): number | undefined {
    return this.db.transaction(() => {
      const map = this.sql.map.get(id);
      if (!map || map.deleted_at !== null) return undefined;
      this.sql.setInfo.run(name, map.purpose, id);
      return this.sql.bump.get(at, id)?.revision;
    })();
  }

  /** Copies a map and all its rows under a new id; false when the source is missing. */
  duplicate(sourceId: MapId, newId: MapId, name: string, at: string): boolean {
    return this.db.transaction(() => {
      const copied = this.sql.copyMap.run(newId, name, at, at, sourceId);
      if (copied.changes === 0) return false;
      for (const table of ELEMENT_TABLES) this.sql.elements[table].copy.run(newId, sourceId);
      return true;
    })();
  }

  /** Moves a live map to the trash; false when it was not live (missing or already trashed). */
  trash(id: MapId, at: string): boolean {
    return this.sql.trash.run(at, id).changes > 0;
  }

  /** Takes a map out of the trash; false when there is no such map. */
  restore(id: MapId): boolean {
    return this.sql.restore.run(id).changes > 0;
  }

  /** Deletes every trashed map for good (their rows go by cascade); returns their ids. */
  purgeTrash(): string[] {
    return this.db.transaction(() => {
      const ids = this.sql.trashedIds.all();
      this.sql.purgeTrash.run();
      return ids;
    })();
  }
}

/** Raised inside a save transaction to roll it back when the map disappeared. */
export class MapGone extends Error {
  constructor() {
    super('The map is missing or in the trash');
    this.name = 'MapGone';
  }
}

/** Raised inside a save transaction when the map was saved by someone else since `base`. */
export class MapStale extends Error {
  constructor(readonly stored: number) {
    super('The map was saved by another writer since this edit was made');
    this.name = 'MapStale';
  }
}
