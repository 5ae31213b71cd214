/**
 * The browser-mode entry as users run it: `node out/main/web.js`. Needs the build
 * (`npm test` builds first); skipped with a note when out/ has not been built.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

const webJs = join(import.meta.dirname, '../../../out/main/web.js');
const built = existsSync(webJs);
const LINE = /^Decision Map running at http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+$/;

let dataDir: string;
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function run(args: string[]) {
  dataDir = mkdtempSync(join(tmpdir(), 'dm-web-'));
  child = spawn(process.execPath, [webJs, '--data-dir', dataDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child!.once('exit', (code) => resolve(code)),
  );
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  return { child, exited, stderr };
}

function firstLine(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout! });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    proc.once('exit', (code) =>
      reject(new Error(`web.js exited (${code}) before printing its address`)),
    );
  });
}

describe.skipIf(!built)(
  'node out/main/web.js (skipped: run `npx electron-vite build` first)',
  () => {
    it('prints one line with the address, serves the API, and closes the database cleanly on SIGTERM', async () => {
      const { child: proc, exited } = run(['--port', '0']);
      const line = await firstLine(proc);
      expect(line).toMatch(LINE);
      const url = new URL(line.replace('Decision Map running at ', ''));
      const token = url.searchParams.get('token')!;

      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const call = (channel: string, args: unknown) =>
        fetch(new URL(`/api/${channel}`, url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-decision-map-token': token },
          body: JSON.stringify(args),
        }).then((r) => r.json() as Promise<{ ok: boolean; value: unknown }>);
      expect(await call('maps:create', { name: 'From the browser' })).toMatchObject({ ok: true });
      expect(JSON.stringify((await call('maps:list', {})).value)).toContain('From the browser');

      proc.kill('SIGTERM');
      expect(await exited).toBe(0);
      const leftovers = readdirSync(dataDir).filter((name) => /-(wal|shm)$/.test(name));
      expect(leftovers).toEqual([]);
    });

    it.each([['abc'], ['70000'], ['-1'], ['']])(
      'refuses --port %j with a plain message and exit code 2',
      async (port) => {
        const { exited, stderr } = run(['--port', port]);
        expect(await exited).toBe(2);
        expect(stderr.join('')).toMatch(/^--port needs a number/);
      },
    );
  },
);
