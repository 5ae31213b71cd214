/**
 * The app's log: `<dir>/decision-map.log`, one line per event —
 *
 *   2026-11-27T05:30:00.123Z ERROR [ipc] map:apply failed unexpectedly | TypeError: … | at …
 *
 * — rotated by size (the full file becomes `decision-map.1.log`, that one `.2.log`, and the
 * oldest is dropped), created only when the first line is written. Only fixed messages of
 * ours and scrubbed errors go in (see scrub.ts): never a map's content, never the arguments
 * of a call.
 *
 * Logging never throws and never stops the app: if the folder cannot be created or the
 * disk is full, the line goes to stderr instead, and the file is tried again a minute later.
 * Until `initLogging` is called (tests, the CLI) lines go to stderr only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeError } from './scrub';

export const LOG_FILE = 'decision-map.log';

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogOptions {
  /** Rotate when the file would grow past this many bytes. Default 1 MB. */
  readonly maxBytes?: number;
  /** Files kept, the current one included. Default 3. */
  readonly keep?: number;
  /** Also write every line to stderr (development, browser mode). Default true. */
  readonly stderr?: boolean;
  /** Clock, for tests. */
  readonly now?: () => Date;
}

interface Sink {
  readonly dir: string;
  readonly maxBytes: number;
  readonly keep: number;
  readonly stderr: boolean;
  readonly now: () => Date;
  fd: number | null;
  size: number;
  /** When writing the file last failed; it is retried after RETRY_MS. */
  failedAt: number | null;
}

const RETRY_MS = 60_000;

let sink: Sink | null = null;

/** `decision-map.log`, `decision-map.1.log`, `decision-map.2.log`, … */
export function logFileName(index: number): string {
  return index === 0 ? LOG_FILE : LOG_FILE.replace(/\.log$/, `.${index}.log`);
}

/** Starts logging into `dir` (created when the first line is written). Never throws. */
export function initLogging(dir: string, options: LogOptions = {}): void {
  closeLogging();
  sink = {
    dir,
    maxBytes: Math.max(1, options.maxBytes ?? 1024 * 1024),
    keep: Math.max(1, Math.floor(options.keep ?? 3)),
    stderr: options.stderr ?? true,
    now: options.now ?? (() => new Date()),
    fd: null,
    size: 0,
    failedAt: null,
  };
}

/** Closes the file; later lines go to stderr until `initLogging` is called again. */
export function closeLogging(): void {
  const current = sink;
  sink = null;
  if (current?.fd != null) {
    try {
      fs.closeSync(current.fd);
    } catch {
      // Nothing useful to do about a close that fails.
    }
  }
}

/** One line, whatever the caller passed: no line breaks inside. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

export function formatLine(
  at: Date,
  level: LogLevel,
  area: string,
  message: string,
  error?: unknown,
): string {
  const described = error === undefined ? '' : ` | ${describeError(error)}`;
  return oneLine(`${at.toISOString()} ${level.toUpperCase()} [${area}] ${message}${described}`);
}

function toStderr(line: string): void {
  try {
    console.error(line);
  } catch {
    // stderr itself is gone (a closed pipe): there is nowhere left to report to.
  }
}

function openFile(target: Sink): number {
  fs.mkdirSync(target.dir, { recursive: true });
  const fd = fs.openSync(path.join(target.dir, LOG_FILE), 'a');
  target.size = fs.fstatSync(fd).size;
  return fd;
}

/** Shifts the files up by one: `.log` → `.1.log` → `.2.log`, dropping the last. */
function rotate(target: Sink): void {
  if (target.fd !== null) fs.closeSync(target.fd);
  target.fd = null;
  const file = (index: number) => path.join(target.dir, logFileName(index));
  fs.rmSync(file(target.keep - 1), { force: true });
  for (let index = target.keep - 2; index >= 0; index--) {
    try {
      fs.renameSync(file(index), file(index + 1));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

function toFile(target: Sink, line: string): boolean {
  if (target.failedAt !== null && Date.now() - target.failedAt < RETRY_MS) return false;
  try {
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    if (target.fd === null) target.fd = openFile(target);
    if (target.size > 0 && target.size + bytes.length > target.maxBytes) {
      rotate(target);
      target.fd = openFile(target);
    }
    fs.writeSync(target.fd, bytes);
    target.size += bytes.length;
    target.failedAt = null;
    return true;
  } catch (error) {
    if (target.fd !== null) {
      try {
        fs.closeSync(target.fd);
      } catch {
        // Already unusable.
      }
      target.fd = null;
    }
    if (target.failedAt === null) {
      toStderr(formatLine(target.now(), 'warn', 'log', 'could not write the log file', error));
    }
    target.failedAt = Date.now();
    return false;
  }
}

/** Writes one event. `area` and `message` are fixed words of ours, never user content. */
export function log(level: LogLevel, area: string, message: string, error?: unknown): void {
  try {
    const target = sink;
    const line = formatLine(target ? target.now() : new Date(), level, area, message, error);
    const written = target !== null && toFile(target, line);
    if (!written || target.stderr) toStderr(line);
  } catch {
    // Logging must never be the reason something fails.
  }
}

export const logInfo = (area: string, message: string) => log('info', area, message);
export const logWarn = (area: string, message: string, error?: unknown) =>
  log('warn', area, message, error);
export const logError = (area: string, message: string, error?: unknown) =>
  log('error', area, message, error);
