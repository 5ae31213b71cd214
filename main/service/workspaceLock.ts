/**
 * One process at a time on a data folder. Node has no OS file lock, so the lock is a file,
 * `workspace.lock`, created exclusively beside the workspace database and holding who
 * made it: process id, host, start time and which app. A second process on the folder
 * reads it and is refused with words that name the first. A lock whose process is gone
 * (same host, and the process id no longer exists or now belongs to a younger process) is
 * taken over, so a crash or a kill never locks the person out. Worker threads of the same
 * process (the backup worker) need no lock: the lock is per process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';

export const LOCK_FILE = 'workspace.lock';

/** Which app holds a folder, named in the refusal the other one shows. */
export type AppKind = 'desktop' | 'browser' | 'cli';

export interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  /** ISO 8601: when the owning process started. */
  readonly startedAt: string;
  readonly app: AppKind;
}

export interface WorkspaceLock {
  readonly file: string;
  /** Writes the lock again if it is gone (the folder was deleted while open). */
  ensure(): void;
  /** Lets go of the folder: removes the lock file when it is still ours. Safe twice. */
  release(): void;
}

const APP_WORDS: Readonly<Record<AppKind, string>> = {
  desktop: 'the desktop app',
  browser: 'browser mode',
  cli: 'the command line',
};

/** A lock file that cannot be read is a writer caught between create and write; give it this long. */
const HALF_WRITTEN_GRACE_MS = 2000;

/** Folders this process holds, with how many services share each (tests open one twice). */
const held = new Map<string, number>();

function processStart(): Date {
  return new Date(Date.now() - process.uptime() * 1000);
}

function ownerOf(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (
      typeof value.pid === 'number' &&
      Number.isInteger(value.pid) &&
      value.pid > 0 &&
      typeof value.hostname === 'string' &&
      typeof value.startedAt === 'string' &&
      (value.app === 'desktop' || value.app === 'browser' || value.app === 'cli')
    ) {
      return value as LockOwner;
    }
  } catch {
    // Not JSON: handled by the caller as a half-written file.
  }
  return null;
}

/**
 * On Linux, when process `pid` started (from /proc), or null when that cannot be read.
 * Assumes the usual 100 clock ticks per second; the comparison below allows seconds.
 */
function linuxProcess(pid: number): { startedAt: number; zombie: boolean } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const bootLine = /^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'));
    if (!bootLine) return null;
    const ticks = Number(fields[19]);
    return { startedAt: Number(bootLine[1]) * 1000 + ticks * 10, zombie: fields[0] === 'Z' };
  } catch {
    return null;
  }
}

/** Whether the process that wrote `owner` is certainly gone. When unsure: it is alive. */
export function ownerIsGone(owner: LockOwner, dataDir: string): boolean {
  // Another computer (a shared folder): its processes cannot be seen from here.
  if (owner.hostname !== os.hostname()) return false;
  // Our own id in a lock we do not hold: written by an earlier process that had the same
  // id (containers restart with the same few ids).
  if (owner.pid === process.pid) return !held.has(dataDir);
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  // The id exists. After a restart it may belong to another program, started later.
  const running = linuxProcess(owner.pid);
  if (!running) return false;
  if (running.zombie) return true;
  const ownerStart = Date.parse(owner.startedAt);
  return Number.isFinite(ownerStart) && running.startedAt > ownerStart + 5000;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "14:02", or "2026-12-06 14:02" when not today: a time the person can match to a window. */
function startWords(startedAt: string, now: Date): string {
  const at = new Date(startedAt);
  if (Number.isNaN(at.getTime())) return 'at an unknown time';
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  if (at.toDateString() === now.toDateString()) return time;
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${time}`;
}

/** The refusal a second process shows, naming the one that holds the folder. */
export function inUseMessage(owner: LockOwner | null, now: Date = new Date()): string {
  const advice = 'Close it first, or start with --data-dir to use another folder.';
  if (!owner) {
    return `Decision Map is already open on this folder in another window. ${advice}`;
  }
  const who = `${APP_WORDS[owner.app]}, process ${owner.pid}, started ${startWords(owner.startedAt, now)}`;
  const where =
    owner.hostname === os.hostname()
      ? 'in another window'
      : `on another computer (${owner.hostname})`;
  return `Decision Map is already open on this folder ${where} (${who}). ${advice}`;
}

function readLock(file: string): { text: string; mtimeMs: number } | null {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const { mtimeMs } = fs.statSync(file);
    return { text, mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Creates the lock file exclusively; false when one is already there. */
function create(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside, unless someone replaced it since we judged it: the rename is
 * atomic, and a lock that turns out to be another's fresh one is put back with link(),
 * which cannot overwrite a lock made meanwhile.
 */
function removeStale(file: string, judged: string): void {
  const aside = `${file}.stale-${process.pid}-${Date.now()}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = fs.readFileSync(aside, 'utf8');
  if (moved !== judged) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // A third process locked the folder meanwhile; it holds it now.
    }
  }
  fs.rmSync(aside, { force: true });
}

/**
 * Takes the data folder for this process, or throws AppError WORKSPACE_IN_USE naming the
 * process that has it. A second call in the same process shares the lock.
 */
export function lockWorkspace(
  dataDir: string,
  app: AppKind,
  now: () => Date = () => new Date(),
): WorkspaceLock {
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: processStart().toISOString(),
    app,
  };
  const text = `${JSON.stringify(mine)}\n`;
  const shared = held.get(dataDir);

  if (shared === undefined) {
    let taken = false;
    // A few rounds: each either creates the lock, meets a live owner, or clears a dead one.
    for (let round = 0; round < 4 && !taken; round++) {
      if (create(file, text)) {
        taken = true;
        break;
      }
      const found = readLock(file);
      if (!found) continue;
      const owner = ownerOf(found.text);
      const stale = owner
        ? ownerIsGone(owner, dataDir)
        : Date.now() - found.mtimeMs > HALF_WRITTEN_GRACE_MS;
      if (!stale) throw new AppError('WORKSPACE_IN_USE', inUseMessage(owner, now()));
      removeStale(file, found.text);
    }
    if (!taken) throw new AppError('WORKSPACE_IN_USE', inUseMessage(null, now()));
  }
  held.set(dataDir, (shared ?? 0) + 1);

  let released = false;
  return {
    file,
    ensure() {
      if (!released && readLock(file) === null) create(file, text);
    },
    release() {
      if (released) return;
      released = true;
      const count = (held.get(dataDir) ?? 1) - 1;
      if (count > 0) {
        held.set(dataDir, count);
        return;
      }
      held.delete(dataDir);
      try {
        const found = readLock(file);
        const owner = found && ownerOf(found.text);
        if (owner?.pid === process.pid && owner.hostname === mine.hostname) {
          fs.rmSync(file, { force: true });
        }
      } catch {
        // The folder is gone or unreadable: nothing left to release.
      }
    },
  };
}
