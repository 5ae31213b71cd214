/**
 * The workspace service behind the API contract. Opening never throws for a bad
 * database: the service starts in an "unreadable" or "too-new" state, reports it through
 * `workspace:status`, refuses map calls with WORKSPACE_UNAVAILABLE, and can start a fresh
 * database beside the bad one without touching it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers, WorkspaceStatus } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import { fileHandlers } from '../files/saveFile';
import { pdfHandlers } from '../pdf/exportPdf';
import { openDatabase } from '../store';
import { unopenable } from '../store/probe';
import { freshDatabaseName, readPointer, writePointer } from './pointer';
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

  /** Leaves the bad file alone, opens a new one beside it, then repoints to it. */
  function startFresh(): WorkspaceStatus {
    if (state.kind === 'ready') return state.status;
    if (state.kind === 'closed') throw new AppError('WORKSPACE_UNAVAILABLE');
    const name = freshDatabaseName(dataDir);
    const file = path.join(dataDir, name);
    const next = connect(file, now);
    if (next.kind !== 'ready') throw new AppError('STORAGE_FAILED');
    try {
      // Only after the new database exists: a pointer to nothing would be worse than none.
      writePointer(dataDir, name);
    } catch (error) {
      next.session.close();
      const failure = new AppError('STORAGE_FAILED');
      failure.cause = error;
      throw failure;
    }
    state = next;
    return state.status;
  }

  const handlers: Handlers = {
    'workspace:status': () => state.status,
    'workspace:startFresh': () => startFresh(),
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

  return {
    handlers,
    status: () => state.status,
    close() {
      if (state.kind === 'ready') {
        const { session: open, status } = state;
        state = { kind: 'closed', status };
        open.close();
      }
    },
  };
}
