/**
 * The workspace service behind the API contract. Opening never throws for a bad
 * database: the service starts in an "unreadable" or "too-new" state, reports it through
 * `workspace:status`, refuses map calls with WORKSPACE_UNAVAILABLE, and can start a fresh
 * database beside the bad one, or restore a backup beside it, without touching it. With
 * `options.backups` it also takes rolling backups while the workspace is open.
 *
 * Before anything else it takes the data folder's lock (workspaceLock.ts): while another
 * process holds it the state is "in-use" and nothing in the folder is opened or written.
 * A workspace file deleted or replaced while open turns the state "gone": writes stop,
 * and `workspace:rescue` copies what the open connection still sees into a new file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers, WorkspaceStatus } from '../../shared/api/contract';
import type { MapId } from '../../shared/model';
import { AppError, ERROR_MESSAGES } from '../../shared/errors';
import { logWarn } from '../log';
import { fileHandlers } from '../files/saveFile';
import { modelImportHandlers } from '../import/handlers';
import { readBpmn } from '../import/bpmnParser';
import { readDrawio } from '../import/drawio';
import { PROCESS_LIMITS } from '../import';
import { pdfHandlers } from '../pdf/exportPdf';
import { extractMapFile } from '../pdf/extract';
import { roomHost } from '../room/host';
import { APPLICATION_ID, openDatabase } from '../store';
import { BackupScheduler } from '../store/backup';
import { unopenable } from '../store/probe';
import { parseUntrusted } from '../untrusted/run';
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
import { lockWorkspace, type WorkspaceLock } from './workspaceLock';

type State =
  | { readonly kind: 'ready'; readonly session: WorkspaceSession; readonly status: WorkspaceStatus }
  | { readonly kind: 'failed'; readonly status: WorkspaceStatus }
  | { readonly kind: 'closed'; readonly status: WorkspaceStatus };

function failedStatus(file: string, error: unknown): WorkspaceStatus {
  const failure = error instanceof AppError ? error : unopenable(error);
  const states: Partial<Record<string, 'too-new' | 'in-use'>> = {
    WORKSPACE_TOO_NEW: 'too-new',
    WORKSPACE_IN_USE: 'in-use',
  };
  return { state: states[failure.code] ?? 'unreadable', path: file, message: failure.message };
}

function connect(file: string, now: () => Date): State {
  try {
    const { db } = openDatabase(file, { now });
    return {
      kind: 'ready',
      session: new WorkspaceSession(db, now, file),
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
  const app = options.app ?? 'desktop';
  let lock: WorkspaceLock | null = null;
  let state: State = open();

  /** Takes the folder's lock, then opens the workspace it points at. */
  function open(): State {
    const file = () => path.join(dataDir, readPointer(dataDir));
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      lock ??= lockWorkspace(dataDir, app, now);
    } catch (error) {
      if (!(error instanceof AppError))
        logWarn('workspace', 'the data folder could not be locked', error);
      return { kind: 'failed', status: failedStatus(file(), error) };
    }
    try {
      return connect(file(), now);
    } catch (error) {
      return { kind: 'failed', status: failedStatus(file(), error) };
    }
  }

  /** The status as it is now: a ready session whose file vanished is "gone". */
  function currentStatus(): WorkspaceStatus {
    if (state.kind === 'ready' && state.session.lost) {
      return { state: 'gone', path: state.status.path, message: ERROR_MESSAGES.WORKSPACE_GONE };
    }
    return state.status;
  }

  /** Anything that writes into the data folder needs its lock. */
  function locked(): void {
    if (lock) return;
    throw new AppError(
      'WORKSPACE_IN_USE',
      'message' in state.status ? state.status.message : undefined,
    );
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
        // Not from a vanished file: its path now names nothing, or someone else's file.
        target: () =>
          state.kind === 'ready' && !state.session.lost
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
    // The room's rows live in the workspace being left: the room ends with it.
    void room.shutdown();
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
    if (state.kind === 'ready') return currentStatus();
    if (state.kind === 'closed') throw new AppError('WORKSPACE_UNAVAILABLE');
    locked();
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
    locked();
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

  /** After "in-use": tries the lock again (the other process may have closed). */
  function retry(): WorkspaceStatus {
    if (state.kind === 'failed' && state.status.state === 'in-use') state = open();
    return currentStatus();
  }

  /**
   * After "gone": copies the whole workspace, as the still-open connection sees it, into a
   * new file in the data folder (made again if it was deleted), opens that and points the
   * folder at it. Edits refused meanwhile were never written, so they can be sent again.
   */
  function rescue(): WorkspaceStatus {
    if (state.kind !== 'ready' || !state.session.lost) return currentStatus();
    fs.mkdirSync(dataDir, { recursive: true });
    lock?.ensure();
    const name = freshDatabaseName(dataDir);
    const target = path.join(dataDir, name);
    state.session.copyTo(target);
    const next = connect(target, now);
    if (next.kind !== 'ready') throw new AppError('STORAGE_FAILED');
    switchTo(name, next);
    return currentStatus();
  }

  const room = roomHost(options.room ?? null, {
    store: () => session().rooms,
    checkMap: (id) => void session().open(id as MapId),
  });

  const handlers: Handlers = {
    'workspace:status': () => currentStatus(),
    'workspace:retry': () => retry(),
    'workspace:rescue': () => rescue(),
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
    'map:apply': ({ id, ops, base }) => session().apply(id, ops, base),
    ...fileHandlers(options.files ?? null),
    ...pdfHandlers({
      printer: options.pdf ?? null,
      files: options.files ?? null,
      open: (id) => session().open(id).doc,
      importText: (text) => session().importMap(text),
      readMapFile: (pdf) => {
        const worker = options.untrustedWorker;
        return worker ? parseUntrusted(worker, 'pdf-map-file', pdf) : extractMapFile(pdf);
      },
    }),
    ...modelImportHandlers({
      importText: (text) => session().importMap(text),
      parseBpmn: (bytes) => {
        const worker = options.untrustedWorker;
        return worker
          ? parseUntrusted(worker, 'bpmn-model', bytes, PROCESS_LIMITS)
          : readBpmn(bytes, PROCESS_LIMITS);
      },
      parseDrawio: (bytes) => {
        const worker = options.untrustedWorker;
        return worker
          ? parseUntrusted(worker, 'drawio', bytes, PROCESS_LIMITS)
          : readDrawio(bytes, PROCESS_LIMITS);
      },
    }),
    ...room.handlers,
  };

  backups?.start();

  return {
    handlers,
    backups,
    status: () => currentStatus(),
    close() {
      // The room ends before anything else: its participants lose their access, and its
      // last rows are written while the database is still open.
      void room.shutdown();
      // First the backup worker lets go of the database, so that the app's connection is
      // the last one and its close folds the WAL in and removes -wal/-shm.
      try {
        backups?.stop();
      } catch (error) {
        logWarn('workspace', 'the backups did not stop cleanly', error);
      }
      if (state.kind === 'ready') {
        const { session: opened, status } = state;
        state = { kind: 'closed', status };
        // Never throws (a full disk is logged): shutting down must not crash.
        opened.close();
      } else if (state.kind === 'failed') {
        state = { kind: 'closed', status: state.status };
      }
      // Last: while the database is still open, no other process may take the folder.
      lock?.release();
      lock = null;
    },
  };
}
