/**
 * One open workspace database and what the service does with it. Lives from a successful
 * open until close; the service swaps it when the user starts a fresh workspace.
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import {
  emptyMap,
  type MapDocument,
  type MapId,
  type MapSummary,
  type Stage,
} from '../../shared/model';
import { parseMapFile, remapCollidingIds } from '../../shared/file-format';
import { applyOperations, noneTouched } from '../../shared/operations/apply';
import type { Operation, Touched } from '../../shared/operations/types';
import { LIMITS } from '../../shared/content/limits';
import type { ExampleName, OpenedMap } from '../../shared/api/contract';
import { logWarn } from '../log';
import { identityOf, stillSameFile, type FileIdentity } from '../store/identity';
import {
  commitRows,
  ELEMENT_TABLES,
  MapGone,
  MapStale,
  MapStore,
  planRows,
  type ElementTable,
  type MapEdit,
  type RowPlan,
} from '../store';
import { RoomStore } from '../room/roomStore';
import { EXAMPLES } from './examples';
import { MapCache, type CachedMap } from './mapCache';

const COPY_SUFFIX = ' (copy)';
const TO_BE_SUFFIX = ' (to-be)';

/** `name` + `suffix`, the name shortened so that the whole still fits the name limit. */
function suffixed(name: string, suffix: string): string {
  let base = name.slice(0, LIMITS.name - suffix.length);
  // Never cut a character in half: a lone surrogate would not survive UTF-8 storage.
  if (/[\uD800-\uDBFF]$/.test(base)) base = base.slice(0, -1);
  return base + suffix;
}

/** "<name> (copy)", shortened so that it still fits the name limit. */
export function copyName(name: string): string {
  return suffixed(name, COPY_SUFFIX);
}

/**
 * "<name> (to-be)" for the redesign of a map; an "(as-is)" at the end of the name is
 * replaced rather than kept: "Campaign launch (as-is)" becomes "Campaign launch (to-be)".
 */
export function toBeName(name: string): string {
  return suffixed(name.replace(/\s*\(as-is\)\s*$/i, ''), TO_BE_SUFFIX);
}

/**
 * `name`, or when a live map already has it, "<name> (2)", "(3)", … — the first that is free,
 * as a file manager names a second copy. A number already at the end counts up rather than
 * piling up: importing "Plan (2)" again gives "Plan (3)".
 */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const base = name.replace(/ \((\d+)\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = suffixed(base, ` (${n})`);
    if (!taken.has(candidate)) return candidate;
  }
}

function notFound(): AppError {
  return new AppError('MAP_NOT_FOUND');
}

/** How many of a refused file's problems the message names; the rest are summed up. */
const PROBLEMS_SHOWN = 3;

/** The words shown when an imported file is refused, naming its first problems. */
export function importRefusal(problems: readonly string[]): string {
  const shown = problems.slice(0, PROBLEMS_SHOWN).join(' ');
  const more = problems.length > PROBLEMS_SHOWN ? ' There are more problems after these.' : '';
  return `This file could not be imported: ${shown}${more} Nothing was changed.`;
}

/** An element table's drawing order: the roster keeps the key order of its records. */
function orderOf(doc: MapDocument, table: ElementTable): readonly string[] {
  if (table === 'steps') return doc.stepOrder;
  if (table === 'transitions') return doc.transitionOrder;
  return Object.keys(doc[table]);
}

/** The rows of each element table to write after an edit took the cached map to `after`. */
function planEdit(
  entry: CachedMap,
  after: MapDocument,
  touched: Touched,
): Record<ElementTable, RowPlan> {
  const plan = (table: ElementTable): RowPlan => {
    const index = entry.sorts[table];
    // Untouched means not added to or removed from either: nothing to write or renumber.
    if (touched[table].size === 0) return { writes: [], next: index.next };
    const record: Readonly<Record<string, unknown>> = after[table];
    return planRows(
      index,
      orderOf(entry.doc, table),
      orderOf(after, table),
      touched[table],
      (key) => Object.hasOwn(record, key),
    );
  };
  return {
    steps: plan('steps'),
    transitions: plan('transitions'),
    roles: plan('roles'),
    information: plan('information'),
  };
}

/**
 * Runs a write; a SQLite failure (disk full, I/O error, a locked file) becomes
 * STORAGE_FAILED. The transaction has rolled back by then, so callers must only touch the
 * cache after this returns.
 */
function storing<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof Database.SqliteError) {
      const failure = new AppError('STORAGE_FAILED');
      failure.cause = error;
      throw failure;
    }
    throw error;
  }
}

export class WorkspaceSession {
  private readonly store: MapStore;
  /** The room's rows (participants, dots, proposals) in this same workspace file. */
  readonly rooms: RoomStore;
  private readonly cache = new MapCache();
  private readonly totalChanges: Database.Statement<[], number>;
  /** The file `file` named when it was opened; null when that could not be read. */
  private readonly opened: FileIdentity | null;
  private gone = false;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
    /** The database's path, checked before every write (see `guard`). */
    private readonly file: string,
  ) {
    this.store = new MapStore(db);
    this.rooms = new RoomStore(db);
    this.totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
    this.opened = identityOf(file);
  }

  /** Whether the workspace file vanished or was replaced while open: writes have stopped. */
  get lost(): boolean {
    return this.gone;
  }

  /**
   * Before any write: the path must still name the file that was opened. Once it does not,
   * nothing more is written (it would go into a file no one opens again), for good.
   */
  private guard(): void {
    if (!this.gone && this.opened && !stillSameFile(this.file, this.opened)) {
      this.gone = true;
      logWarn('workspace', 'the workspace file vanished or was replaced while open');
    }
    if (this.gone) throw new AppError('WORKSPACE_GONE');
  }

  /** Runs a write after the guard; SQLite failures become STORAGE_FAILED (see `storing`). */
  private write<T>(run: () => T): T {
    this.guard();
    return storing(run);
  }

  /**
   * Copies the whole database, as this connection sees it (the WAL included), into a new
   * file at `target`: how a vanished workspace is saved. `target` must not exist.
   */
  copyTo(target: string): void {
    storing(() => this.db.prepare('VACUUM INTO ?').run(target));
  }

  /** Rows written through this connection since it opened: the backups' "anything new?". */
  changes(): number {
    return this.totalChanges.get() ?? 0;
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  /** A live map, from the cache or loaded into it. */
  private entry(id: MapId): CachedMap {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const loaded = this.store.load(id);
    if (!loaded || loaded.deletedAt !== null) throw notFound();
    const { deletedAt: _trashed, ...entry } = loaded;
    this.cache.set(id, entry);
    return entry;
  }

  private summaryOf(id: MapId): MapSummary {
    const summary = this.store.summary(id);
    if (!summary) throw notFound();
    return summary;
  }

  list(): MapSummary[] {
    return this.store.listMaps();
  }

  trash(): MapSummary[] {
    return this.store.listTrash();
  }

  /** Stores a whole new map (its id must be free) and returns its summary. */
  private insert(doc: MapDocument): MapSummary {
    this.write(() => this.store.create(doc, this.stamp()));
    return this.summaryOf(doc.info.id);
  }

  create(name: string, stage: Stage = 'as-is'): MapSummary {
    const base = emptyMap(randomUUID() as MapId, name);
    return this.insert({ ...base, info: { ...base.info, stage } });
  }

  /** A new map from a bundled example, under a fresh id (the example can be added again). */
  createFromExample(example: ExampleName): MapSummary {
    const { text, name } = EXAMPLES[example];
    const parsed = parseMapFile(text);
    // The bundled files are tested; a refusal here is a bug of ours, shown as INTERNAL.
    if (!parsed.ok) throw new Error(`Example ${example} is invalid: ${parsed.problems.join(' ')}`);
    const id = randomUUID() as MapId;
    return this.insert({ ...parsed.doc, info: { ...parsed.doc.info, id, name } });
  }

  /**
   * A new map from the text of a portable map file. Keeps the file's ids, except a map id
   * already used in this workspace (element ids are per map, so they never collide), and its
   * name, unless a map already has it (then "Name (2)", see freeName). A bad
   * file is refused with INVALID_FILE naming its first problems, and nothing is stored.
   */
  importMap(text: string): MapSummary {
    const parsed = parseMapFile(text);
    if (!parsed.ok) throw new AppError('INVALID_FILE', importRefusal(parsed.problems));
    const { doc } = remapCollidingIds(
      parsed.doc,
      (id, kind) => kind === 'map' && this.store.summary(id as MapId) !== undefined,
      () => randomUUID(),
    );
    // A file imported twice gives two maps that can be told apart: "Plan" and "Plan (2)".
    const taken = new Set(this.store.listMaps().map((m) => m.name));
    const name = freeName(doc.info.name.trim() === '' ? 'Imported map' : doc.info.name, taken);
    return this.insert({ ...doc, info: { ...doc.info, name } });
  }

  /**
   * Starts the redesign of an as-is map: a new to-be map that copies it whole — steps,
   * arrows, decisions, roster, parking lot and votes — with the SAME element ids (ids are
   * per map, so an id is the correspondence between the two maps that Compare relies on),
   * linked back by `derivedFrom`. A to-be map is refused with REDESIGN_NEEDS_AS_IS: its
   * redesign would chain maps away from the as-is one; duplicating it (which keeps the
   * link) gives a second design of the same as-is map instead.
   */
  startRedesign(id: MapId): MapSummary {
    const { doc } = this.entry(id);
    if (doc.info.stage !== 'as-is') throw new AppError('REDESIGN_NEEDS_AS_IS');
    const info = {
      ...doc.info,
      id: randomUUID() as MapId,
      name: toBeName(doc.info.name),
      stage: 'to-be' as const,
      derivedFrom: doc.info.id,
    };
    return this.insert({ ...doc, info });
  }

  rename(id: MapId, name: string): MapSummary {
    const revision = this.write(() => this.store.rename(id, name, this.stamp()));
    if (revision === undefined) throw notFound();
    const cached = this.cache.get(id);
    if (cached) {
      this.cache.set(id, {
        ...cached,
        revision,
        doc: { ...cached.doc, info: { ...cached.doc.info, name } },
      });
    }
    return this.summaryOf(id);
  }

  duplicate(id: MapId): MapSummary {
    const source = this.store.summary(id);
    if (!source || source.deletedAt !== null) throw notFound();
    const copyId = randomUUID() as MapId;
    const copied = this.write(() =>
      this.store.duplicate(id, copyId, copyName(source.name), this.stamp()),
    );
    if (!copied) throw notFound();
    return this.summaryOf(copyId);
  }

  remove(id: MapId): null {
    const trashed = this.write(() => this.store.trash(id, this.stamp()));
    // Deleting a map already in the trash is not an error: the user's intent holds.
    if (!trashed && !this.store.summary(id)) throw notFound();
    this.cache.delete(id);
    return null;
  }

  restore(id: MapId): MapSummary {
    if (!this.write(() => this.store.restore(id))) throw notFound();
    return this.summaryOf(id);
  }

  emptyTrash(): { removed: number } {
    const ids = this.write(() => this.store.purgeTrash());
    for (const id of ids) this.cache.delete(id as MapId);
    return { removed: ids.length };
  }

  open(id: MapId): OpenedMap {
    const { doc, revision } = this.entry(id);
    return { doc, revision };
  }

  /**
   * Applies the operations to the cached map and writes exactly the rows they touched,
   * in one transaction. An invalid operation throws INVALID_EDIT before anything is
   * written; a failed write throws STORAGE_FAILED; either way the cache is unchanged.
   * Edits made on another revision than `base` (another tab or window saved meanwhile)
   * are refused with MAP_STALE, writing nothing.
   */
  apply(id: MapId, ops: readonly Operation[], base: number): { revision: number } {
    const entry = this.entry(id);
    if (entry.revision !== base) throw new AppError('MAP_STALE');
    const touched = noneTouched();
    const doc = applyOperations(entry.doc, ops, touched);
    const edit: MapEdit = { doc, info: touched.map, rows: planEdit(entry, doc, touched) };
    let revision: number;
    try {
      revision = this.write(() => this.store.save(id, edit, this.stamp(), entry.revision));
    } catch (error) {
      if (error instanceof MapStale) {
        // Written by another process than this one: the cache is behind the file.
        this.cache.delete(id);
        throw new AppError('MAP_STALE');
      }
      if (!(error instanceof MapGone)) throw error;
      this.cache.delete(id);
      throw notFound();
    }
    for (const table of ELEMENT_TABLES) commitRows(entry.sorts[table], edit.rows[table]);
    this.cache.set(id, { ...entry, doc, revision });
    return { revision };
  }

  /**
   * Folds the WAL into the database file so a closed workspace is one self-contained file.
   * Never throws: a full disk (SQLITE_FULL) or an I/O error here only means the WAL stays
   * beside the file, and SQLite folds it in on the next open; nothing saved is lost.
   */
  close(): void {
    this.cache.clear();
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      logWarn('workspace', 'the workspace could not be folded into one file on close', error);
    }
    try {
      this.db.close();
    } catch (error) {
      logWarn('workspace', 'the workspace did not close cleanly', error);
    }
  }
}
