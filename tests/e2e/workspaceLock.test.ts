/**
 * Two browser-mode servers on one data folder, as two people (or a person and a forgotten
 * terminal) would start them: the second is refused with words that name the first, a
 * stale save is refused and leaves the file sound, a killed server never locks the folder
 * for good, and a full disk at shutdown is logged, not a crash.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Args } from '../../shared/api/contract';
import type { MapId, StepId } from '../../shared/model';
import type { Operation } from '../../shared/operations/types';
import { soundness, SOUND } from '../support/integrity';
import { readOnly } from '../support/killHarness';
import { makeStep, makeTransition } from '../support/makeMap';
import {
  launchBrowser,
  makeTempDir,
  newPage,
  removeDir,
  startApp,
  type RunningApp,
} from './support';

let browser: Browser;
const dirs: string[] = [];
const apps: RunningApp[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const app of apps) await app.stop();
  for (const dir of dirs) await removeDir(dir);
});

async function start(dataDir: string): Promise<RunningApp> {
  const app = await startApp({ dataDir });
  apps.push(app);
  return app;
}

async function folder(): Promise<string> {
  const dir = await makeTempDir('decision-map-lock-');
  dirs.push(dir);
  return dir;
}

const ops = (list: Operation[]) => list as Args<'map:apply'>['ops'];

describe('two servers on one data folder', () => {
  test('the second is refused, naming the first; a stale save is refused and nothing is corrupted', async () => {
    const dir = await folder();
    const first = await start(dir);
    const second = await start(dir);

    const refused = await second.call('workspace:status', {});
    expect(refused).toMatchObject({
      state: 'in-use',
      message: expect.stringMatching(
        new RegExp(
          `^Decision Map is already open on this folder in another window \\(browser mode, process ${first.pid}, started \\d\\d:\\d\\d\\)\\. Close it first, or start with --data-dir to use another folder\\.$`,
        ),
      ),
    });
    expect(second.output()).toContain(`process ${first.pid}`);
    await expect(second.call('maps:list', {})).rejects.toThrow('WORKSPACE_UNAVAILABLE');

    // The person sees it on the workspace-problem screen.
    const open = await newPage(browser);
    try {
      await open.page.goto(second.url);
      await expect
        .poll(() => open.page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Your workspace is open in another window');
      await expect.poll(() => open.page.getByText(`process ${first.pid}`).count()).toBe(1);
    } finally {
      await open.close();
    }

    // On the first, two tabs edit one map: the tab a save behind is refused.
    const map = await first.call('maps:create', { name: 'Purchasing' });
    await first.call('map:apply', {
      id: map.id,
      base: 0,
      ops: ops([{ type: 'elements/add', steps: [makeStep('a'), makeStep('b')], transitions: [] }]),
    });
    await first.call('map:apply', {
      id: map.id,
      base: 1,
      ops: ops([
        { type: 'elements/add', steps: [], transitions: [makeTransition('t1', 'a', 'b')] },
      ]),
    });
    await expect(
      first.call('map:apply', {
        id: map.id,
        base: 1,
        ops: ops([{ type: 'elements/remove', stepIds: ['b' as StepId], transitionIds: [] }]),
      }),
    ).rejects.toThrow('MAP_STALE');

    const file = path.join(dir, 'workspace.db');
    const check = readOnly(file, (db) => ({
      steps: db.prepare('SELECT id FROM steps ORDER BY id').pluck().all(),
      soundness: soundness(db),
    }));
    expect(check).toEqual({ steps: ['a', 'b'], soundness: SOUND });

    // Once the first is gone (even killed), the second takes the folder on "Try again".
    await first.kill();
    expect(await second.call('workspace:retry', {})).toMatchObject({ state: 'ready' });
    const { doc } = await second.call('map:open', { id: map.id as MapId });
    expect(doc.stepOrder).toEqual(['a', 'b']);
    expect(doc.transitionOrder).toEqual(['t1']);
  });

  test('a server started after the owner was killed takes the folder over', async () => {
    const dir = await folder();
    const owner = await start(dir);
    await owner.call('maps:create', { name: 'Hiring' });
    await owner.kill();
    const lock = JSON.parse(fs.readFileSync(path.join(dir, 'workspace.lock'), 'utf8')) as {
      pid: number;
    };
    expect(lock.pid).toBe(owner.pid);

    const next = await start(dir);
    expect(await next.call('workspace:status', {})).toMatchObject({ state: 'ready' });
    expect((await next.call('maps:list', {})).map((m) => m.name)).toEqual(['Hiring']);
  });
});

describe('a full disk at shutdown', () => {
  test('is logged and the server still exits cleanly; the next start finds every edit', async () => {
    const dir = await folder();
    const app = await startApp({ dataDir: dir });
    const map = await app.call('maps:create', { name: 'Purchasing' });
    const steps = Array.from({ length: 200 }, (_, i) =>
      makeStep(`s${i}`, { notes: 'n'.repeat(2000) }),
    );
    await app.call('map:apply', {
      id: map.id,
      base: 0,
      ops: ops([{ type: 'elements/add', steps, transitions: [] }]),
    });
    const file = path.join(dir, 'workspace.db');
    // The database file may grow by 100 bytes only: folding the WAL in at close fails like
    // on a full disk. (A file-size limit makes SQLite report SQLITE_IOERR_WRITE where a full
    // disk gives SQLITE_FULL; both are the same failed write to the same code.)
    const limit = fs.statSync(file).size + 100;
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(limit);
    execFileSync('prlimit', ['--pid', String(app.pid), `--fsize=${limit}`]);

    const exit = await app.stop();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(app.output()).not.toMatch(/Uncaught|unhandled|could not start/i);
    const log = fs.readFileSync(path.join(dir, 'logs', 'decision-map.log'), 'utf8');
    expect(log).toMatch(
      /WARN \[workspace\] the workspace could not be folded into one file on close \| SqliteError SQLITE_(FULL|IOERR)/,
    );

    const again = await start(dir);
    const { doc } = await again.call('map:open', { id: map.id as MapId });
    expect(doc.stepOrder).toHaveLength(200);
  });
});
