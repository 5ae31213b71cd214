/**
 * A screen that fails while it draws shows a recovery screen, never a white window, and the
 * failure is written to the log without map content. The test makes the screen fail the
 * way a bug would, by breaking a reply on its way from the server (Playwright's routing):
 * the app itself carries no switch to crash it, so nothing of this can fire for a user.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Reply } from '../../shared/api/contract';
import type { MapDocument } from '../../shared/model';
import { launchBrowser, newPage, startApp, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;

const SECRET = 'Quarterly secret plan';

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const logText = () =>
  readFile(join(app.dataDir, 'logs', 'decision-map.log'), 'utf8').catch(() => '');

async function recoveryShows(page: Page, what: string) {
  const heading = page.getByRole('heading', { name: `Something went wrong while showing ${what}` });
  await heading.waitFor();
  expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
  await expect.poll(() => page.getByText('All your changes are saved.').count()).toBe(1);
}

test('a map whose reply breaks the editor shows the recovery screen; Reload brings it back', async () => {
  const { page, close } = await newPage(browser);
  const { id } = await app.call('maps:create', { name: SECRET });
  await app.call('map:apply', {
    id,
    base: 0,
    ops: [
      {
        type: 'elements/add',
        steps: [
          {
            id: 's1',
            label: 'Draft the secret brief',
            kind: 'start',
            performer: null,
            produces: [],
            notes: '',
            position: { x: 0, y: 0 },
          },
        ],
        transitions: [],
      },
    ],
  });
  // The step comes back without its position, which the canvas cannot draw.
  await page.route('**/api/map:open', async (route) => {
    const response = await route.fetch();
    const reply = (await response.json()) as Reply<{ doc: MapDocument; revision: number }>;
    if (!reply.ok) return route.fulfill({ response, json: reply });
    const { doc } = reply.value;
    const steps = { ...doc.steps, s1: { ...doc.steps['s1' as never]!, position: null } };
    const broken = { ...reply.value, doc: { ...doc, steps } };
    await route.fulfill({ response, json: { ok: true, value: broken } });
  });
  await page.goto(`${app.url}#/map/${encodeURIComponent(id)}`);
  await recoveryShows(page, 'this map');
  expect(await page.locator('#root').textContent()).not.toBe('');

  await expect.poll(logText).toContain('[renderer] the editor screen failed');
  const log = await logText();
  expect(log).toMatch(/TypeError/);
  expect(log).not.toContain(SECRET);
  expect(log).not.toContain('secret brief');

  await page.unroute('**/api/map:open');
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => page.getByLabel('Map name').inputValue()).toBe(SECRET);
  await close();
});

test('a print view that cannot draw its map tells the printer so, instead of leaving it waiting', async () => {
  const { page, close } = await newPage(browser);
  const { id } = await app.call('maps:createFromExample', { example: 'campaign-launch' });
  await page.route('**/api/map:open', async (route) => {
    const response = await route.fetch();
    const reply = (await response.json()) as Reply<{ doc: MapDocument; revision: number }>;
    if (!reply.ok) return route.fulfill({ response, json: reply });
    const { doc } = reply.value;
    const first = doc.stepOrder[0]!;
    const steps = { ...doc.steps, [first]: { ...doc.steps[first]!, position: null } };
    await route.fulfill({
      response,
      json: { ok: true, value: { ...reply.value, doc: { ...doc, steps } } },
    });
  });
  await page.goto(`${app.url}#/print/${encodeURIComponent(id)}`);
  await recoveryShows(page, 'the document to print');
  expect(await page.evaluate('document.body.dataset.printReady')).toBe('error');
  await expect.poll(logText).toContain('[renderer] the print screen failed');
  await close();
});

test('a list of maps Home cannot read shows the recovery screen, not a white page', async () => {
  const { page, close } = await newPage(browser);
  await page.route('**/api/maps:list', (route) =>
    route.fulfill({ json: { ok: true, value: [null] } }),
  );
  await page.goto(app.url);
  await recoveryShows(page, 'the list of your maps');
  await expect.poll(logText).toContain('[renderer] the home screen failed');
  await close();
});
