/**
 * Child processes for the fault tests (kill rounds, mangled files). Starting a child with
 * `node --import tsx` costs ~0.4 s of TypeScript loading per start, which caps a kill test
 * at a dozen rounds; so each child script is bundled ONCE per test file with esbuild into a
 * plain CommonJS file and started with plain `node` (~60 ms). better-sqlite3 stays outside
 * the bundle (its native binary is found through NODE_PATH, i.e. this project's
 * node_modules).
 *
 * No vitest imports here: the parent tests pass in their own temporary folders.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';

export const ROOT = path.resolve(__dirname, '../..');

/** Bundles `entry` (a path inside the project) into `outDir`; returns the bundle's path. */
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.cjs`);
  await build({
    entryPoints: [path.resolve(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
  return outfile;
}

export interface ChildControl {
  /** SIGKILLs the child now (once). */
  kill(): void;
  /** SIGKILLs the child `ms` from now, unless a kill is already scheduled or done. */
  killAfter(ms: number): void;
  /** Milliseconds since the child was spawned. */
  elapsed(): number;
}

export interface ChildResult {
  readonly lines: readonly string[];
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  /** True when the watchdog (not the test) had to kill it. */
  readonly timedOut: boolean;
}

/**
 * Runs `node bundle ...args`, handing every stdout line to `onLine` as soon as it arrives
 * (so a test can kill the child right after a given line), and resolves once the child is
 * gone and its pipes are drained. The watchdog SIGKILLs a child that runs too long.
 */
export function runChild(
  bundle: string,
  args: readonly string[],
  onLine: (line: string, control: ChildControl) => void,
  watchdogMs: number,
  setup?: (control: ChildControl) => void,
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bundle, ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    let killed = false;
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const control: ChildControl = {
      kill() {
        if (killed) return;
        killed = true;
        child.kill('SIGKILL');
      },
      killAfter(ms) {
        if (killed || timer) return;
        timer = setTimeout(control.kill, Math.max(0, ms));
      },
      elapsed: () => performance.now() - started,
    };
    const watchdog = setTimeout(() => {
      timedOut = !killed;
      control.kill();
    }, watchdogMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        onLine(line, control);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    // 'close', not 'exit': every line the child wrote before it died is read by then.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      if (buffered) lines.push(buffered);
      resolve({ lines, code, signal, stderr, timedOut });
    });
    setup?.(control);
  });
}

/**
 * Runs `read` on a read-only connection: it never recovers a WAL into the file or rolls a
 * journal back, so the next child still has to do the recovery itself. A kill can leave a
 * WAL that a read-only connection cannot open without recovering it (SQLITE_READONLY_…,
 * "attempt to write a readonly database"); then `read` runs on a recovered copy instead.
 */
export function readOnly<T>(file: string, read: (db: Database.Database) => T): T {
  try {
    return withDatabase(new Database(file, { readonly: true, fileMustExist: true }), read);
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('SQLITE_READONLY')) throw error;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dm-inspect-'));
    try {
      const copy = path.join(dir, 'copy.db');
      fs.copyFileSync(file, copy);
      if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
      return withDatabase(new Database(copy, { fileMustExist: true }), read);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

function withDatabase<T>(db: Database.Database, read: (db: Database.Database) => T): T {
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Kills per kind, for the summary line a test prints. */
export class Tally {
  private readonly counts = new Map<string, number>();
  add(kind: string, by = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + by);
  }
  get(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }
  toString(): string {
    return [...this.counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
  }
}
