/**
 * The workspace service behind the API contract. Opening never throws for a bad
 * database: the service starts in an "unreadable" or "too-new" state, reports it through
 * `workspace:status`, refuses map calls with WORKSPACE_UNAVAILABLE, and can start a fresh
 * database beside the bad one, or restore a backup beside it, without touching it. With
 * `options.backups` it also takes rolling backups while the workspace is open.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers, WorkspaceStatus } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import { logWarn } from '../log';
import { fileHandlers } from '../files/saveFile';
import { pdfHandlers } from '../pdf/exportPdf';
import { APPLICATION_ID, openDatabase } from '../store';
import { BackupScheduler } from '../store/backup';
import { unopenable } from '../store/probe';
import { freshDatabaseName, readPointer, writePointer } from './pointer';
import {
  backupInfos,
  chosenBackup,
  copyBackupBeside,
  discardCopy,
  unusableBackup,
} from './restore';
import { screenFailedHandlers } from './screenFailed';
import { WorkspaceSession } from './session';
import type { WorkspaceOptions, WorkspaceService } from './types';

type State =
  | { readonly kind: 'ready'; readonly session: WorkspaceSession; readonly status: WorkspaceStatus }
  | { readonly kind: 'failed'; readonly status: WorkspaceStatus }
  | { readonly kind: 'closed'; readonly status: WorkspaceStatus };

function failedStatus(file: string, error: unknown): WorkspaceStatus {
  const failure = error instanceof AppError ? error : unopenable(error);
  return {
    state: failure.code === 'WORKSPACE_TOO_NEW' ? 'too-new' : 'unreadable',
    path: file,
    message: failure.message,
  };
}

function connect(file: string, now: () => Date): State {
  try {
    const { db } = openDatabase(file, { now });
    return {
      kind: 'ready',
      session: new WorkspaceSession(db, now),
      status: { state: 'ready', path: file },
    };
  } catch (error) {
    // The person sees the plain message; the log keeps the cause (scrubbed) for support.
    logWarn('workspace', 'the workspace could not be opened', error);
    return { kind: 'failed', status: failedStatus(file, error) };
  }
}

export function openWorkspace(options: WorkspaceOptions): WorkspaceService {
  const now = options.now ?? (() => new Date());
  const dataDir = path.resolve(options.dataDir);
  let state: State;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    state = connect(path.join(dataDir, readPointer(dataDir)), now);
  } catch (error) {
    state = {
      kind: 'failed',
      status: failedStatus(path.join(dataDir, readPointer(dataDir)), error),
    };
  }

  function session(): WorkspaceSession {
    if (state.kind !== 'ready') throw new AppError('WORKSPACE_UNAVAILABLE');
    return state.session;
  }

  const backups = options.backups
    ? new BackupScheduler(options.backups, {
        dataDir,
        applicationId: APPLICATION_ID,
        now,
        target: () =>
          state.kind === 'ready'
            ? { file: state.status.path, changes: () => session().changes() }
            : null,
      })
    : null;

  /** Points the data folder at `name`, now open as `next`, and makes it the workspace. */
  function switchTo(name: string, next: State & { kind: 'ready' }): void {
    try {
      // Only after the new database exists: a pointer to nothing would be worse than none.
      writePointer(dataDir, name);
    } catch (error) {
      next.session.close();
      const failure = new AppError('STORAGE_FAILED');
      failure.cause = error;
      throw failure;
    }
    const previous = state;
    state = next;
    if (previous.kind === 'ready') {
      // A backup of the previous file must let go of it before its last connection closes.
      backups?.settle();
      try {
        previous.session.close();
      } catch {
        // The switch has happened; the old file keeps its WAL and is whole on its next open.
      }
    }
  }

  /** Leaves the bad file alone, opens a new one beside it, then repoints to it. */
  function startFresh(): WorkspaceStatus {
    if (state.kind === 'ready') return state.status;
    if (state.kind === 'closed') throw new AppError('WORKSPACE_UNAVAILABLE');
    const name = freshDatabaseName(dataDir);
    const next = connect(path.join(dataDir, name), now);
    if (next.kind !== 'ready') throw new AppError('STORAGE_FAILED');
    switchTo(name, next);
    return state.status;
  }

  /**
   * Copies a backup to a new database file beside the current one, opens the copy and only
   * then repoints to it. The current file is never touched, nor is the backup; a backup
   * that does not open is refused and its copy removed.
   */
  function restoreBackup(id: string): WorkspaceStatus {
    if (state.kind === 'closed') throw new AppError('WORKSPACE_UNAVAILABLE');
    const entry = chosenBackup(dataDir, id);
    const name = copyBackupBeside(dataDir, entry);
    const next = connect(path.join(dataDir, name), now);
    if (next.kind !== 'ready') {
      discardCopy(dataDir, name);
      throw unusableBackup(next.status.state === 'too-new' ? 'too-new' : 'unreadable');
    }
    try {
      switchTo(name, next);
    } catch (error) {
      discardCopy(dataDir, name);
      throw error;
    }
    return state.status;
  }

  const handlers: Handlers = {
    'workspace:status': () => state.status,
    'workspace:startFresh': () => startFresh(),
    'workspace:backups': () => backupInfos(dataDir),
    'workspace:restoreBackup': ({ id }) => restoreBackup(id),
    ...screenFailedHandlers(),
    'maps:list': () => session().list(),
    'maps:trash': () => session().trash(),
    'maps:create': ({ name, stage }) => session().create(name, stage),
    'maps:createFromExample': ({ example }) => session().createFromExample(example),
    'maps:import': ({ text }) => session().importMap(text),
    'maps:rename': ({ id, name }) => session().rename(id, name),
    'maps:duplicate': ({ id }) => session().duplicate(id),
    'maps:startRedesign': ({ id }) => session().startRedesign(id),
    'maps:delete': ({ id }) => session().remove(id),
    'maps:restore': ({ id }) => session().restore(id),
    'maps:emptyTrash': () => session().emptyTrash(),
    'map:open': ({ id }) => session().open(id),
    'map:apply': ({ id, ops }) => session().apply(id, ops),
    ...fileHandlers(options.files ?? null),
    ...pdfHandlers({
      printer: options.pdf ?? null,
      files: options.files ?? null,
      open: (id) => session().open(id).doc,
      importText: (text) => session().importMap(text),
    }),
  };

  backups?.start();

  return {
    handlers,
    backups,
    status: () => state.status,
    close() {
      // First the backup worker lets go of the database, so that the app's connection is
      // the last one and its close folds the WAL in and removes -wal/-shm.
      backups?.stop();
      if (state.kind === 'ready') {
        const { session: open, status } = state;
        state = { kind: 'closed', status };
        open.close();
      } else if (state.kind === 'failed') {
        state = { kind: 'closed', status: state.status };
      }
    },
  };
}
