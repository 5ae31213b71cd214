/**
 * Starts one backup in a worker thread and reports how it went. Never throws: a worker
 * that cannot start, crashes or fails resolves `done` with `ok: false`, and the scheduler
 * simply tries again later.
 */
import { Worker } from 'node:worker_threads';
import type { BackupJob, BackupResult } from './backupDatabase';
import { createSignal, stopAndWait } from './signal';

export type WorkerReply =
  | { readonly ok: true; readonly result: BackupResult }
  | { readonly ok: false; readonly stopped: boolean; readonly message: string };

export interface RunningBackup {
  /** Settles once the worker has replied or exited. */
  readonly done: Promise<WorkerReply>;
  /**
   * Asks the worker to stop and blocks until it has closed the database and its temp copy
   * (or `timeoutMs` passed), then terminates it. Returns whether it closed in time.
   */
  stop(timeoutMs: number): boolean;
}

/**
 * Runs `job` in a worker loaded from `workerPath`: the bundled `backupWorker` file in the
 * app, or `backupWorker.ts` from sources (tests), which then runs through tsx.
 */
export function runBackup(workerPath: string, job: BackupJob): RunningBackup {
  const signal = createSignal();
  let worker: Worker;
  try {
    worker = new Worker(workerPath, {
      workerData: { job, signal },
      ...(workerPath.endsWith('.ts') ? { execArgv: ['--import', 'tsx'] } : {}),
    });
  } catch (error) {
    return {
      done: Promise.resolve({ ok: false, stopped: false, message: String(error) }),
      stop: () => true,
    };
  }
  // A backup must never keep the app (or a test) from exiting.
  worker.unref();
  let stopping = false;
  const done = new Promise<WorkerReply>((resolve) => {
    const failed = (message: string) => resolve({ ok: false, stopped: stopping, message });
    worker.once('message', (reply: WorkerReply) => resolve(reply));
    worker.once('error', (error) => failed(`Backup worker failed: ${error.message}`));
    worker.once('exit', (code) => failed(`Backup worker exited with ${code}`));
  });
  return {
    done,
    stop(timeoutMs) {
      stopping = true;
      const closed = stopAndWait(signal, timeoutMs);
      void worker.terminate();
      return closed;
    },
  };
}
