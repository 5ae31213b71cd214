import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newPage, startApp, type RunningApp } from './support';

let app: RunningApp | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('the app opens in Chromium with its title and no errors', async () => {
  const { page, problems, close } = await newPage(browser!);
  await page.goto(app!.url);
  await page.waitForLoadState('networkidle');

  expect(await page.title()).toBe('Decision Map');
  expect(problems).toEqual([]);
  await close();
});
