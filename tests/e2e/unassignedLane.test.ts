/**
 * The analysis points at the lane "No performer yet": with swimlanes on, the pane says which
 * steps nobody performs and asks the room who does the first; a click (on the pane's notice
 * or on the lane's name in the header column) selects that step, frames it, and puts the
 * keyboard in its performer field. Once it has a performer, the notice is gone.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MapId } from '../../shared/model';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;
let id: MapId;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  open = await newPage(browser);
  page = open.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  id = (await app.call('maps:createFromExample', { example: 'campaign-launch' })).id;
  await page.goto(`${app.url}#/map/${encodeURIComponent(id)}`);
  await page.locator('.react-flow__node').first().waitFor();
}, 120_000);

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

const notice = () => page.getByRole('region', { name: 'Steps without a performer' });
const performerField = () => page.locator('[data-field="performer"]');
/** The `data-field` of the element that has the keyboard. */
const focusedField = () =>
  page.evaluate(`document.activeElement?.getAttribute('data-field') ?? null`) as Promise<
    string | null
  >;
/** Waits until the view stays where it came to (S lays out and frames; framing glides). */
async function viewAtRest() {
  let last = '';
  await expect
    .poll(async () => {
      const now = (await page.evaluate(
        `getComputedStyle(document.querySelector('.react-flow__viewport')).transform`,
      )) as string;
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
}
const selectedSteps = () =>
  page
    .locator('.react-flow__node.selected')
    .evaluateAll((all) =>
      all.map((e) =>
        (e as unknown as { getAttribute(n: string): string | null }).getAttribute('data-id'),
      ),
    );

test('without swimlanes the pane says nothing of lanes', async () => {
  await page.getByRole('complementary', { name: 'Analysis' }).waitFor();
  expect(await notice().count()).toBe(0);
});

test('with swimlanes the pane names the step nobody performs and leads to it', async () => {
  const { doc } = await app.call('map:open', { id });
  const teaser = doc.stepOrder.find((s) => doc.steps[s]!.performer === null)!;
  expect(doc.steps[teaser]!.label).toBe('Social teaser');
  await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('s');
  await expect
    .poll(() => notice().textContent())
    .toContain('1 step has no performer yet: it sits in the lane “No performer yet”.');
  expect(await notice().textContent()).toContain('Who in this room does “Social teaser”?');
  await viewAtRest();
  await notice().getByRole('button').click();
  await expect.poll(selectedSteps).toEqual([teaser]);
  await expect.poll(focusedField).toBe('performer');
  await viewAtRest();
  // The step is framed: on screen, right of the lanes' header column, at half size or more.
  const box = (await page.locator(`.react-flow__node[data-id="${teaser}"]`).boundingBox())!;
  const canvas = (await page.getByRole('region', { name: 'Workflow canvas' }).boundingBox())!;
  expect(box.x).toBeGreaterThan(canvas.x + 150);
  expect(box.width).toBeGreaterThanOrEqual(100);
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(box.y).toBeGreaterThanOrEqual(canvas.y);
  expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  await mkdir('/tmp/shots-legible', { recursive: true });
  await page.screenshot({ path: '/tmp/shots-legible/no-performer-yet.png' });
});

test('naming its performer there clears the notice; the lane name in the header leads there too', async () => {
  await performerField().fill('Social media lead');
  await page.keyboard.press('Enter');
  await expect.poll(() => notice().count()).toBe(0);
  expect(await page.getByRole('button', { name: 'No performer yet', exact: true }).count()).toBe(0);
  // Undone, the lane and the notice come back; the lane's name is a way in of its own.
  await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => notice().count()).toBe(1);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'No performer yet', exact: true }).click();
  await expect.poll(selectedSteps).toHaveLength(1);
  await expect.poll(focusedField).toBe('performer');
});
