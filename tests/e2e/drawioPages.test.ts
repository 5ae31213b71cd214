/**
 * A draw.io file of several pages, imported in Chromium: the person is asked which page,
 * sees each page's name and step count, picks by keyboard (arrow down, Enter) and gets the
 * map of that page; Escape cancels and imports nothing. Both doors: Home's Import… and a
 * drop on the window. The file is draw.io's own two-page sourdough diagram.
 */
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  launchBrowser,
  newPage,
  repoRoot,
  startApp,
  type OpenPage,
  type RunningApp,
} from './support';

const FIXTURE = join(repoRoot, 'tests/fixtures/drawio/sourdough-process.drawio');

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const picker = (page: Page) => page.getByRole('dialog', { name: 'Which page to import?' });

describe('importing a draw.io file of several pages', () => {
  let open: OpenPage;
  afterAll(async () => {
    await open?.close();
  });

  test('Home’s Import… asks which page; arrow down and Enter import the second', async () => {
    open = await newPage(browser);
    const { page } = open;
    await page.goto(app.url);
    await page.getByLabel('Import a map file').setInputFiles(FIXTURE);
    const dialog = picker(page);
    await dialog.waitFor();
    const first = dialog.getByRole('radio', { name: 'Make sourdough starter 5 steps' });
    const second = dialog.getByRole('radio', { name: 'Make sourdough loaf 38 steps' });
    // The first page is chosen, and has the focus, so the keyboard starts there.
    await expect.poll(() => first.isChecked()).toBe(true);
    await expect
      .poll(() => page.evaluate('document.activeElement?.getAttribute("value")'))
      .toBe('0');
    // Looked at, not compared: the dialog over Home.
    if (fs.existsSync('/work/shots')) {
      fs.mkdirSync('/work/shots/drawio', { recursive: true });
      await page.screenshot({ path: '/work/shots/drawio/page-picker.png' });
    }
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => second.isChecked()).toBe(true);
    await page.keyboard.press('Enter');

    await page
      .getByRole('status')
      .filter({ hasText: /^Imported 38 steps, .*1 other page \(import it on its own\)/ })
      .waitFor();
    expect(await dialog.count()).toBe(0);
    const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/map\//, ''));
    const { doc } = await app.call('map:open', { id });
    expect(Object.keys(doc.steps)).toHaveLength(38);
    expect(open.problems).toEqual([]);
  });

  test('a dropped file asks too, and Escape imports nothing', async () => {
    const { page } = open;
    const before = await app.call('maps:list', {});
    const hash = new URL(page.url()).hash;
    const text = await readFile(FIXTURE, 'utf8');
    // The page builds the DataTransfer a drop carries (this file is not compiled for the DOM).
    const files = await page.evaluateHandle(
      `(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([${JSON.stringify(text)}], 'sourdough-process.drawio'));
        return transfer;
      })()`,
    );
    await page.dispatchEvent('.editor', 'dragenter', { dataTransfer: files });
    await page.dispatchEvent('.editor', 'dragover', { dataTransfer: files });
    await page.dispatchEvent('.editor', 'drop', { dataTransfer: files });
    await picker(page).waitFor();
    await page.keyboard.press('Escape');
    await picker(page).waitFor({ state: 'detached' });
    expect(await app.call('maps:list', {})).toEqual(before);
    expect(new URL(page.url()).hash).toBe(hash);
    expect(open.problems).toEqual([]);
  });
});
