/**
 * "Restore from backup" in the built app: a damaged workspace with backups beside it. The
 * person sees the backups newest first, a damaged backup is refused in plain words with
 * nothing changed, and a good one brings the maps back on Home; the damaged file stays.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Args } from '../../shared/api/contract';
import type { Operation } from '../../shared/operations/types';
import { APPLICATION_ID } from '../../main/store';
import { backupDatabase } from '../../main/store/backup';
import { makeStep } from '../support/makeMap';
import { launchBrowser, makeTempDir, newPage, removeDir, startApp } from './support';

let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dataDir = await makeTempDir();
});

afterAll(async () => {
  await browser?.close();
  await removeDir(dataDir);
});

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A workspace with two maps, a backup of it taken by the backup code, then the file damaged. */
async function damagedWorkspaceWithBackups(dir: string): Promise<void> {
  const app = await startApp({ dataDir: dir });
  try {
    const purchasing = await app.call('maps:create', { name: 'Purchasing' });
    await app.call('maps:create', { name: 'Hiring' });
    const steps = Array.from({ length: 40 }, (_, i) =>
      makeStep(`s${i}`, { notes: 'n'.repeat(200) }),
    );
    const ops: Operation[] = [{ type: 'elements/add', steps, transitions: [] }];
    await app.call('map:apply', {
      id: purchasing.id,
      base: 0,
      ops: ops as Args<'map:apply'>['ops'],
    });
  } finally {
    await app.stop();
  }
  const file = join(dir, 'workspace.db');
  const backups = join(dir, 'backups');
  await backupDatabase({
    source: file,
    destDir: backups,
    takenAt: '2026-11-20T09:15:00Z',
    keep: 5,
    applicationId: APPLICATION_ID,
  });
  // A newer backup that is itself damaged: listed, but refused when chosen.
  mkdirSync(backups, { recursive: true });
  writeFileSync(join(backups, 'workspace.db.2026-11-26T17-40-00Z.bak'), 'not a database\n');
  const bytes = readFileSync(file);
  bytes.fill(0x5a, 4096, 4096 * 3);
  writeFileSync(file, bytes);
}

test('a damaged workspace is restored from a backup, the damaged file kept', async () => {
  await damagedWorkspaceWithBackups(dataDir);
  const damaged = join(dataDir, 'workspace.db');
  const before = hashOf(damaged);

  const app = await startApp({ dataDir });
  const { page, problems, close } = await newPage(browser);
  try {
    await page.goto(app.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Your workspace could not be opened');

    const list = page.getByRole('list', { name: 'Backups, newest first' });
    await list.waitFor();
    const rows = list.getByRole('listitem');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toContain('2 maps');

    // The newest backup is damaged too: refused in plain words, nothing changed.
    await rows
      .nth(0)
      .getByRole('button', { name: /^Restore the backup from / })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
    expect(await dialog.textContent()).toContain('The damaged file is kept where it is');
    await dialog.getByRole('button', { name: 'Restore backup' }).click();
    await page.getByText('That backup is damaged or unreadable').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await app.call('workspace:status', {})).toMatchObject({ state: 'unreadable' });

    // The older one, by keyboard.
    await rows
      .nth(1)
      .getByRole('button', { name: /^Restore the backup from / })
      .focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Restore backup' }).focus();
    await page.keyboard.press('Enter');

    await page.getByRole('button', { name: 'Open Purchasing' }).waitFor();
    await page.getByRole('button', { name: 'Open Hiring' }).waitFor();
    expect(await app.call('workspace:status', {})).toEqual({
      state: 'ready',
      path: join(dataDir, 'workspace-2.db'),
    });
    expect(hashOf(damaged)).toBe(before);
    expect(problems).toEqual([]);
  } finally {
    await close();
    await app.stop();
  }

  // The restored workspace is the workspace from now on; the damaged file is still there.
  const again = await startApp({ dataDir });
  try {
    const names = (await again.call('maps:list', {})).map((m) => m.name).sort();
    expect(names).toEqual(['Hiring', 'Purchasing']);
  } finally {
    await again.stop();
  }
  expect(hashOf(damaged)).toBe(before);
});

test('with no backup, the screen says so and offers a fresh start', async () => {
  const dir = await makeTempDir();
  writeFileSync(join(dir, 'workspace.db'), 'These are my meeting notes.\n'.repeat(200));
  const app = await startApp({ dataDir: dir });
  const { page, problems, close } = await newPage(browser);
  try {
    await page.goto(app.url);
    await page.getByText('There is no backup yet.').waitFor();
    await page.getByRole('button', { name: 'Start a fresh workspace' }).waitFor();
    expect(problems).toEqual([]);
  } finally {
    await close();
    await app.stop();
    await removeDir(dir);
  }
});
