/**
 * A damaged workspace file in the built app: the person is told in plain words, the file is
 * left exactly as it was, and a fresh workspace can be started beside it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
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

test('a file that is not a workspace is explained, kept, and a fresh one started beside it', async () => {
  const damaged = join(dataDir, 'workspace.db');
  writeFileSync(damaged, 'These are my meeting notes, not a database.\n'.repeat(200));
  const before = hashOf(damaged);

  const app = await startApp({ dataDir });
  const { page, problems, close } = await newPage(browser);
  try {
    await page.goto(app.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Your workspace could not be opened');
    expect(await alert.textContent()).toContain('left exactly as it was');
    expect(hashOf(damaged)).toBe(before);

    await page.getByRole('button', { name: 'Start a fresh workspace' }).click();
    await page.getByRole('button', { name: 'Create your first map' }).click();
    await page.getByLabel('Map name').fill('After the accident');
    await page.getByRole('button', { name: 'Create map' }).click();
    await page.getByLabel('Map name').waitFor();
    expect((await app.call('maps:list', {})).map((m) => m.name)).toEqual(['After the accident']);
    expect(hashOf(damaged)).toBe(before);
    expect(problems).toEqual([]);
  } finally {
    await close();
    await app.stop();
  }

  // The choice is remembered: the next start opens the fresh workspace, not the damaged file.
  const again = await startApp({ dataDir });
  try {
    expect((await again.call('maps:list', {})).map((m) => m.name)).toEqual(['After the accident']);
  } finally {
    await again.stop();
  }
  expect(hashOf(damaged)).toBe(before);
});
