/**
 * The backup worker thread: takes one backup (backupDatabase) off the app's main thread,
 * posts the outcome, and exits. Started by runBackup in runner.ts; bundled as its own file
 * by electron-vite (`./backupWorker?modulePath` in workerPath.ts), run through tsx from
 * sources in tests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { backupDatabase, BackupStopped, type BackupJob } from './backupDatabase';
import type { WorkerReply } from './runner';
import { markDone, markRunning, stopRequested, type BackupSignal } from './signal';

const { job, signal } = workerData as { job: BackupJob; signal: BackupSignal };

async function run(): Promise<WorkerReply> {
  if (!markRunning(signal)) return { ok: false, stopped: true, message: 'Stopped before start' };
  try {
    const result = await backupDatabase(job, () => stopRequested(signal));
    return { ok: true, result };
  } catch (error) {
    return {
      ok: false,
      stopped: error instanceof BackupStopped,
      message: error instanceof Error ? error.message : String(error),
    };
  } finally {
    markDone(signal);
  }
}

void run().then((reply) => parentPort?.postMessage(reply));
