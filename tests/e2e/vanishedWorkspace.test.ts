/**
 * The workspace file deleted while the app has it open (a clean-up script, a sync tool, a
 * person in a file manager): the next save notices, nothing more goes into the deleted
 * file, the person is told in plain words, and one button saves everything — the edit that
 * was waiting included — to a new workspace file that the next start opens.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MapId } from '../../shared/model';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  open = await newPage(browser);
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

const step = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${name},`) });

test('a deleted workspace file is noticed at the next save, and everything is saved to a new one', async () => {
  const map = await app.call('maps:create', { name: 'Purchasing' });
  const { page } = open;
  await page.goto(`${app.url}#/map/${encodeURIComponent(map.id)}`);
  await expect.poll(() => page.getByLabel('Map name').inputValue()).toBe('Purchasing');
  await page.keyboard.press('1');
  await page.keyboard.type('Request');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('status').textContent()).toBe('All changes saved');

  for (const suffix of ['', '-wal', '-shm']) {
    fs.rmSync(path.join(app.dataDir, `workspace.db${suffix}`), { force: true });
  }
  await page.keyboard.press('2');
  await page.keyboard.type('Approve');
  await page.keyboard.press('Enter');
  await expect.poll(() => step(page, 'Approve').count()).toBe(1);

  const banner = page.getByRole('alert').filter({ hasText: 'deleted or replaced' });
  await expect.poll(() => banner.count()).toBe(1);
  expect(await banner.textContent()).toContain('save them to a new workspace so nothing is lost');
  expect(await app.call('workspace:status', {})).toMatchObject({ state: 'gone' });
  // Nothing was written into a file no one will open again.
  expect(fs.existsSync(path.join(app.dataDir, 'workspace.db'))).toBe(false);

  await banner.getByRole('button', { name: 'Save everything to a new workspace' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toBe('All changes saved');
  await expect.poll(() => banner.count()).toBe(0);

  const status = await app.call('workspace:status', {});
  expect(status).toMatchObject({ state: 'ready' });
  expect(path.dirname(status.path)).toBe(app.dataDir);
  const { doc } = await app.call('map:open', { id: map.id as MapId });
  expect(doc.stepOrder.map((id) => doc.steps[id]!.label)).toEqual(['Request', 'Approve']);
  expect(open.problems).toEqual([]);
});
