/**
 * Starts the built browser-mode server (`out/main/web.js`) as a child process on a free
 * port, the same way a person runs `npm run web`, and talks to it: the page address with
 * its token, and the HTTP API for seeding data. `npm test` builds before the tests run;
 * when running vitest directly, run `npm run build` first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ApiChannel, Args, Reply, Result } from '../../../shared/api/contract';

export const repoRoot = resolve(import.meta.dirname, '../../..');
const webEntry = join(repoRoot, 'out/main/web.js');

const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;
const READY_LINE = /Decision Map running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

export interface StartOptions {
  /** Use this data folder (kept afterwards). By default a fresh temporary one, removed by stop(). */
  readonly dataDir?: string;
  /** Extra environment variables for the server. */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra command-line arguments, e.g. `['--room-host', '127.0.0.1']`. */
  readonly args?: readonly string[];
}

export interface RunningApp {
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=TOKEN`. */
  readonly url: string;
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  /** The server's process id. */
  readonly pid: number;
  /** Calls one API channel over HTTP, as the page does; throws on a coded error. */
  call<C extends ApiChannel>(channel: C, args: Args<C>): Promise<Result<C>>;
  /** Everything the server wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  /** Sends SIGTERM and waits for the process to exit (SIGKILL after 10 s). */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Kills the server at once (no clean close) and waits until it is gone. */
  kill(): Promise<void>;
}

/** A fresh, empty temporary folder; the caller removes it (see `removeDir`). */
export function makeTempDir(prefix = 'decision-map-e2e-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

// Servers still running when the test process exits (a test that failed before stop()).
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(webEntry)) {
    throw new Error(`${webEntry} does not exist. Build the app first: npm run build`);
  }
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await makeTempDir());

  // The flag decides where the data goes, not a variable left in the developer's shell.
  const { DECISION_MAP_DATA_DIR: _fromShell, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = { ...inherited, ...options.env };

  const child = spawn(
    process.execPath,
    [webEntry, '--data-dir', dataDir, '--port', '0', ...(options.args ?? [])],
    {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);

  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const output = () => `--- stdout\n${stdout}--- stderr\n${stderr}`;

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.once('close', (code, signal) => {
      running.delete(child);
      done({ code, signal });
    });
  });

  let url: string;
  try {
    url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The server did not start within ${START_TIMEOUT_MS / 1000} s.`)),
        START_TIMEOUT_MS,
      );
      const onData = () => {
        const match = READY_LINE.exec(stdout);
        if (match?.[1]) {
          clearTimeout(timer);
          child.stdout.off('data', onData);
          resolveUrl(match[1]);
        }
      };
      child.stdout.on('data', onData);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(
          new Error(`The server exited before it was ready (code ${code}, signal ${signal}).`),
        );
      });
    });
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    if (ownsDataDir) await removeDir(dataDir);
    throw new Error(`${(error as Error).message}\n${output()}`, { cause: error });
  }

  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';
  const origin = parsed.origin;

  let stopped: ReturnType<RunningApp['stop']> | undefined;
  const stop: RunningApp['stop'] = () => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited.finally(() => clearTimeout(timer));
      }
      const result = await exited;
      if (ownsDataDir) await removeDir(dataDir);
      return result;
    })();
    return stopped;
  };

  const call: RunningApp['call'] = async (channel, args) => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Decision-Map-Token': token },
      body: JSON.stringify(args ?? {}),
    });
    const text = await response.text();
    let reply: Reply<unknown>;
    try {
      reply = JSON.parse(text) as Reply<unknown>;
    } catch {
      throw new Error(`${channel}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
    }
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`);
    return reply.value as Result<typeof channel>;
  };

  const kill: RunningApp['kill'] = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };

  return { url, origin, token, dataDir, pid: child.pid!, call, output, stop, kill };
}
