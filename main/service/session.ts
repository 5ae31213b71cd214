/**
 * One open workspace database and what the service does with it. Lives from a successful
 * open until close; the service swaps it when the user starts a fresh workspace.
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { emptyMap, type MapId, type MapSummary, type Stage } from '../../shared/model';
import { applyOperations, noneTouched } from '../../shared/operations/apply';
import type { Operation } from '../../shared/operations/types';
import { LIMITS } from '../../shared/operations/schema';
import type { OpenedMap } from '../../shared/api/contract';
import { commitRows, MapGone, MapStore, planRows, type MapEdit } from '../store';
import { MapCache, type CachedMap } from './mapCache';

const COPY_SUFFIX = ' (copy)';

/** "<name> (copy)", shortened so that it still fits the name limit. */
export function copyName(name: string): string {
  let base = name.slice(0, LIMITS.name - COPY_SUFFIX.length);
  // Never cut a character in half: a lone surrogate would not survive UTF-8 storage.
  if (/[\uD800-\uDBFF]$/.test(base)) base = base.slice(0, -1);
  return base + COPY_SUFFIX;
}

function notFound(): AppError {
  return new AppError('MAP_NOT_FOUND');
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
  private readonly cache = new MapCache();

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {
    this.store = new MapStore(db);
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

  create(name: string, stage: Stage = 'as-is'): MapSummary {
    const id = randomUUID() as MapId;
    const base = emptyMap(id, name);
    const doc = { ...base, info: { ...base.info, stage } };
    storing(() => this.store.create(doc, this.stamp()));
    return this.summaryOf(id);
  }

  rename(id: MapId, name: string): MapSummary {
    const revision = storing(() => this.store.rename(id, name, this.stamp()));
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
    const copied = storing(() =>
      this.store.duplicate(id, copyId, copyName(source.name), this.stamp()),
    );
    if (!copied) throw notFound();
    return this.summaryOf(copyId);
  }

  remove(id: MapId): null {
    const trashed = storing(() => this.store.trash(id, this.stamp()));
    // Deleting a map already in the trash is not an error: the user's intent holds.
    if (!trashed && !this.store.summary(id)) throw notFound();
    this.cache.delete(id);
    return null;
  }

  restore(id: MapId): MapSummary {
    if (!storing(() => this.store.restore(id))) throw notFound();
    return this.summaryOf(id);
  }

  emptyTrash(): { removed: number } {
    const ids = storing(() => this.store.purgeTrash());
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
   */
  apply(id: MapId, ops: readonly Operation[]): { revision: number } {
    const entry = this.entry(id);
    const touched = noneTouched();
    const doc = applyOperations(entry.doc, ops, touched);
    const edit: MapEdit = {
      doc,
      info: touched.map,
      steps: planRows(entry.stepSorts, entry.doc.stepOrder, doc.stepOrder, touched.steps, (key) =>
        Object.hasOwn(doc.steps, key),
      ),
      transitions: planRows(
        entry.transitionSorts,
        entry.doc.transitionOrder,
        doc.transitionOrder,
        touched.transitions,
        (key) => Object.hasOwn(doc.transitions, key),
      ),
    };
    let revision: number;
    try {
      revision = storing(() => this.store.save(id, edit, this.stamp()));
    } catch (error) {
      if (!(error instanceof MapGone)) throw error;
      this.cache.delete(id);
      throw notFound();
    }
    commitRows(entry.stepSorts, edit.steps);
    commitRows(entry.transitionSorts, edit.transitions);
    this.cache.set(id, { ...entry, doc, revision });
    return { revision };
  }

  /** Folds the WAL into the database file so a closed workspace is one self-contained file. */
  close(): void {
    this.cache.clear();
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}
