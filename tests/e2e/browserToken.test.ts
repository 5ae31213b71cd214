/**
 * Browser mode keeps the API token out of cookies (issue 12, item 6): the page holds it in
 * sessionStorage and sends it in a header; the cookie only lets the page load its own files.
 * In real Chromium: no cookie holds the token, and after a reload the page still reads and
 * writes through the API.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newPage, startApp, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  await app.call('maps:create', { name: 'Seeded before the visit' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('no cookie holds the API token, and after a reload the API still answers', async () => {
  const { page, context, problems, close } = await newPage(browser);
  try {
    await page.goto(app.url);
    await page.getByText('Seeded before the visit').waitFor();
    expect(page.url()).not.toContain('token=');

    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toEqual(['dm_page']);
    for (const cookie of cookies) expect(cookie.value).not.toContain(app.token);

    await page.reload();
    // Home lists the maps again: maps:list went through after the reload.
    await page.getByText('Seeded before the visit').waitFor();

    // And a write: a new map made through the page after the reload.
    await page.getByRole('button', { name: 'New map' }).click();
    await page.getByLabel('Map name').fill('Made after a reload');
    await page.getByRole('button', { name: 'Create map' }).click();
    await expect
      .poll(async () => (await app.call('maps:list', {})).map((m) => m.name))
      .toContain('Made after a reload');
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});
