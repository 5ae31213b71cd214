/**
 * When rolling backups are taken. Shortly after a workspace opens, one backup if the
 * newest is older than the interval; after that, every interval, one backup when the
 * workspace changed since the last good one. Nothing while idle, nothing while the
 * workspace is not open (a damaged file is never copied over good backups), one at a
 * time, and a failure is only logged: the next round tries again.
 */
import path from 'node:path';
import { removeStaleTemps, type BackupJob, type BackupResult } from './backupDatabase';
import { newestRolling } from './list';
import { BACKUP_FOLDER } from './names';
import { runBackup, type RunningBackup, type WorkerReply } from './runner';

export const DEFAULT_BACKUP_INTERVAL_MS = 10 * 60 * 1000;
export const DEFAULT_FIRST_BACKUP_DELAY_MS = 30 * 1000;
export const DEFAULT_BACKUPS_KEPT = 5;
/** How long closing waits for a running backup to let go of the database. */
export const BACKUP_STOP_TIMEOUT_MS = 10_000;

export interface BackupOptions {
  /** The worker script: the bundled file (see workerPath.ts), or backupWorker.ts in tests. */
  readonly worker: string;
  readonly intervalMs?: number;
  /** Delay of the first check after the workspace opens. */
  readonly firstDelayMs?: number;
  /** Rolling backups kept per database. */
  readonly keep?: number;
  /** Pages per step of the online backup (default 256; tests make copies slow with 1). */
  readonly pagesPerStep?: number;
  /**
   * Hears every outcome: `info` for a backup taken, `warn` (with the cause) for one skipped
   * and retried at the next round. Messages are fixed words plus backup file names, never
   * map content. Without it only the skipped ones are reported, on console.warn.
   */
  readonly report?: BackupReport;
}

/** The open workspace as the scheduler sees it. */
export interface BackupTarget {
  readonly file: string;
  /** Rows this connection has changed since it opened: grows with every saved edit. */
  changes(): number;
}

export type BackupReport = (level: 'info' | 'warn', message: string, cause?: unknown) => void;

export type BackupOutcome =
  | { readonly ran: true; readonly reply: WorkerReply }
  | { readonly ran: false; readonly reason: 'not-open' | 'closed' };

interface Dependencies {
  readonly dataDir: string;
  readonly applicationId: number;
  readonly now: () => Date;
  /** The open workspace, or null while it is not ready. */
  readonly target: () => BackupTarget | null;
}

export class BackupScheduler {
  private readonly intervalMs: number;
  private readonly firstDelayMs: number;
  private readonly keep: number;
  private readonly report: BackupReport;
  private timers: NodeJS.Timeout[] = [];
  private running: { backup: RunningBackup; done: Promise<BackupOutcome> } | null = null;
  /** What the last good backup covered: the file and its change count when it started. */
  private covered: { file: string; changes: number } | null = null;
  private stopped = false;

  constructor(
    private readonly options: BackupOptions,
    private readonly deps: Dependencies,
  ) {
    this.intervalMs = options.intervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
    this.firstDelayMs = options.firstDelayMs ?? DEFAULT_FIRST_BACKUP_DELAY_MS;
    this.keep = options.keep ?? DEFAULT_BACKUPS_KEPT;
    this.report =
      options.report ??
      ((level, message, cause) => {
        if (level === 'warn') console.warn(message, cause);
      });
  }

  /** Starts the timers (and clears what a killed run left). Calling it again restarts them. */
  start(): void {
    this.clearTimers();
    this.stopped = false;
    if (!this.running) removeStaleTemps(path.join(this.deps.dataDir, BACKUP_FOLDER));
    const first = setTimeout(() => void this.tick(), this.firstDelayMs);
    const every = setInterval(() => void this.tick(), this.intervalMs);
    // Timers must never keep the app (or a test) from exiting.
    first.unref();
    every.unref();
    this.timers = [first, every];
  }

  /**
   * Stops the timers and any running backup, blocking until its worker has closed the
   * database (or the timeout passed). Synchronous, so the app can call it while quitting.
   */
  stop(timeoutMs = BACKUP_STOP_TIMEOUT_MS): void {
    this.stopped = true;
    this.clearTimers();
    this.settle(timeoutMs);
  }

  /** Stops a running backup (it is retried later) and waits as stop() does; timers stay. */
  settle(timeoutMs = BACKUP_STOP_TIMEOUT_MS): void {
    this.running?.backup.stop(timeoutMs);
  }

  /** A backup now, whatever the schedule says; joins one already running. */
  runNow(): Promise<BackupOutcome> {
    if (this.running) return this.running.done;
    if (this.stopped) return Promise.resolve({ ran: false, reason: 'closed' });
    const target = this.deps.target();
    if (!target) return Promise.resolve({ ran: false, reason: 'not-open' });

    const covering = { file: target.file, changes: target.changes() };
    const job: BackupJob = {
      source: target.file,
      destDir: path.join(this.deps.dataDir, BACKUP_FOLDER),
      takenAt: this.deps.now().toISOString(),
      keep: this.keep,
      applicationId: this.deps.applicationId,
      ...(this.options.pagesPerStep ? { pagesPerStep: this.options.pagesPerStep } : {}),
    };
    const backup = runBackup(this.options.worker, job);
    const done = backup.done.then((reply): BackupOutcome => {
      this.running = null;
      if (reply.ok) {
        this.covered = covering;
        this.report('info', describe(reply.result));
      } else if (!reply.stopped) {
        this.report('warn', 'Backup skipped, will retry', new Error(reply.message));
      }
      return { ran: true, reply };
    });
    this.running = { backup, done };
    return done;
  }

  /**
   * One scheduled check: back up when the open workspace has what no backup holds yet.
   * Never rejects (a timer calls it): a failure is reported and the next round retries.
   */
  async tick(): Promise<BackupOutcome | null> {
    try {
      const target = this.deps.target();
      if (!target || this.running || this.stopped) return null;
      if (this.covered?.file === target.file) {
        if (target.changes() === this.covered.changes) return null;
      } else {
        // Newly opened (or switched): edits since opening are not in any backup yet.
        const newest = newestRolling(this.deps.dataDir, path.basename(target.file));
        const recent =
          newest !== null && this.deps.now().getTime() - newest.getTime() < this.intervalMs;
        if (recent) {
          this.covered = { file: target.file, changes: 0 };
          if (target.changes() === 0) return null;
        }
      }
      return await this.runNow();
    } catch (error) {
      this.report('warn', 'Backup skipped, will retry', error);
      return null;
    }
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }
}

function describe(result: BackupResult): string {
  const pruned = result.pruned.length > 0 ? `, removed ${result.pruned.length} older` : '';
  return `Backup ${path.basename(result.file)} (${result.maps} maps, ${result.bytes} bytes) in ${result.ms} ms${pruned}`;
}
