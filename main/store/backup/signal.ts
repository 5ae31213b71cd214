/**
 * A few shared integers between the app's thread and a backup worker, so that closing the
 * workspace (a synchronous call, made as the app quits) can stop a running backup and wait
 * until the worker has closed its connection to the database. Only when the app's own
 * connection is the last to close does SQLite fold the WAL back in and delete -wal/-shm.
 */

/** Index of the worker's phase in the shared array. */
const PHASE = 0;

/** Not yet touching any file. */
const WAITING = 0;
/** Has (or may have) the database or a temp copy open. */
const RUNNING = 1;
/** Finished, failed or stopped: nothing of the worker is open any more. */
const DONE = 2;
/** Told to stop before it began: it must not open anything. */
const CANCELLED = 3;
/** Index of the stop request (0 or 1). */
const STOP = 1;

export type BackupSignal = Int32Array<SharedArrayBuffer>;

export function createSignal(): BackupSignal {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** Worker side: claims the start; false when the app cancelled the run already. */
export function markRunning(signal: BackupSignal): boolean {
  return Atomics.compareExchange(signal, PHASE, WAITING, RUNNING) === WAITING;
}

/** Worker side: everything is closed; wakes an app thread waiting to close. */
export function markDone(signal: BackupSignal): void {
  Atomics.store(signal, PHASE, DONE);
  Atomics.notify(signal, PHASE);
}

/** Worker side: whether the app asked the backup to stop. */
export function stopRequested(signal: BackupSignal): boolean {
  return Atomics.load(signal, STOP) === 1;
}

/**
 * App side: asks the worker to stop and blocks until it has closed everything, or until
 * `timeoutMs` passed. Returns true when nothing of the worker is open any more.
 */
export function stopAndWait(signal: BackupSignal, timeoutMs: number): boolean {
  Atomics.store(signal, STOP, 1);
  if (Atomics.compareExchange(signal, PHASE, WAITING, CANCELLED) === WAITING) return true;
  const deadline = Date.now() + timeoutMs;
  while (Atomics.load(signal, PHASE) === RUNNING) {
    const left = deadline - Date.now();
    if (left <= 0) return false;
    try {
      Atomics.wait(signal, PHASE, RUNNING, left);
    } catch {
      // A thread that may not block (never the case in Node or Electron's main process):
      // the caller goes on without waiting.
      return false;
    }
  }
  return true;
}
