/**
 * Drawing without surprises, as a facilitator capturing an invoice approval: the connect
 * picker offers "Approve invoice" before "Assign approver" for "Approve" and highlights one
 * row; an arrow dropped anywhere on a step connects to it; a kind key pressed with an arrow
 * selected puts the new step on that arrow (one undo), or says why not.
 */
import type { Browser, Page } from 'playwright-core';
import type { MapId } from '../../shared/model';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchBrowser,
  newPage,
  seedMaps,
  startApp,
  type OpenPage,
  type RunningApp,
} from './support';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;
let mapId: MapId;

beforeAll(async () => {
  app = await startApp();
  const [map] = await seedMaps(app, [
    {
      name: 'Invoice approval',
      steps: [
        ['start', 'Receive invoice'],
        ['task', 'Assign approver'],
        ['approval', 'Approve invoice'],
        ['end', 'Pay'],
      ],
    },
  ]);
  mapId = map!.id;
  browser = await launchBrowser();
  open = await newPage(browser);
  page = open.page;
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Open Invoice approval', exact: true }).click();
  await step('Pay').waitFor();
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

const step = (name: string) => page.getByRole('group', { name: new RegExp(`^${name},`) });
const arrow = (from: string, to: string) =>
  page.getByRole('group', { name: `Forward arrow from ${from} to ${to}` });
const arrows = () => page.locator('.react-flow__edge');

/** The arrows as stored in the database, read through the API (not through the page). */
async function storedArrows() {
  await expect.poll(() => page.getByRole('status').textContent()).toBe('All changes saved');
  const { doc } = await app.call('map:open', { id: mapId });
  const label = (id: string) => doc.steps[id]?.label;
  return Object.values(doc.transitions)
    .map((t) => `${t.id}: ${label(t.from)} -> ${label(t.to)}`)
    .sort();
}

test('an arrow dropped anywhere on a step connects to it', async () => {
  // Framed, and at rest: the test points at steps where the page shows them (Fit view glides).
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  const rests = async () => Number((await canvas.getAttribute('data-view-rests')) ?? 0);
  const rested = await rests();
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(rests).toBeGreaterThan(rested);
  const before = await arrows().count();
  const handle = step('Assign approver').getByLabel('Arrow out');
  const target = (await step('Pay').boundingBox())!;
  const start = (await handle.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  // Onto the middle of the step's name, far from its connection point on the left.
  const end = { x: target.x + target.width * 0.6, y: target.y + target.height / 2 };
  await page.mouse.move((start.x + end.x) / 2, start.y + 40, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => arrow('Assign approver', 'Pay').count()).toBe(1);
  expect(await arrows().count()).toBe(before + 1);
});

test('"Approve" and Enter connects to "Approve invoice", not "Assign approver"', async () => {
  await step('Receive invoice').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('c');
  const picker = page.getByRole('listbox', { name: 'Steps' });
  await page.getByRole('combobox', { name: 'Find a step' }).fill('Approve');
  await expect
    .poll(() => picker.getByRole('option').allTextContents())
    .toEqual(['Approve invoiceApproval', 'Assign approverTask']);
  // The pointer moving over a row moves the one highlight there; the keyboard takes it back.
  await picker.getByRole('option', { name: /Assign approver/ }).hover();
  await expect
    .poll(() => picker.locator('[aria-selected="true"]').allTextContents())
    .toEqual(['Assign approverTask']);
  expect(await picker.locator('.is-active').count()).toBe(1);
  await page.keyboard.press('ArrowUp');
  await expect
    .poll(() => picker.locator('[aria-selected="true"]').allTextContents())
    .toEqual(['Approve invoiceApproval']);
  await page.keyboard.press('Enter');
  await expect.poll(() => arrow('Receive invoice', 'Approve invoice').count()).toBe(1);
  expect(await arrow('Receive invoice', 'Assign approver').count()).toBe(1);
});

test('a kind key with an arrow selected puts the step on the arrow, undone in one step', async () => {
  const before = await arrows().count();
  await page.keyboard.press('Escape');
  await arrow('Approve invoice', 'Pay').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('3'); // a review step
  const name = page.getByRole('textbox', { name: 'Step name' });
  await name.fill('Check totals');
  await name.press('Enter');
  await expect.poll(() => arrow('Approve invoice', 'Check totals').count()).toBe(1);
  expect(await arrow('Check totals', 'Pay').count()).toBe(1);
  expect(await arrow('Approve invoice', 'Pay').count()).toBe(0);
  expect(await arrows().count()).toBe(before + 1);
  expect(await step('Check totals').getAttribute('aria-label')).toBe('Check totals, review step');
  // Saved as drawn: the arrow keeps its id on the leg into "Pay".
  const saved = await storedArrows();
  expect(saved).toContain('t3: Check totals -> Pay');
  expect(saved.filter((a) => a.endsWith('Approve invoice -> Check totals'))).toHaveLength(1);

  // The name, then the step on the arrow: two undos bring the arrow back as it was.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => arrow('Approve invoice', 'Pay').count()).toBe(1);
  expect(await page.locator('.react-flow__node').count()).toBe(4);
  expect(await arrows().count()).toBe(before);
  expect(await storedArrows()).toContain('t3: Approve invoice -> Pay');
});

test('a 500-character name wraps to three lines with an ellipsis; the tooltip and inspector hold it whole', async () => {
  const long =
    `Check the invoice against the purchase order ${'and the goods received note '.repeat(16)}`
      .slice(0, 500)
      .trim();
  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.keyboard.press('Escape');
  await step('Pay').focus();
  await page.keyboard.press('Enter'); // selects the step
  await page.keyboard.press('Enter'); // renames it
  const field = page.getByRole('textbox', { name: 'Step name' });
  await field.fill(long);
  await field.press('Enter');
  const renamed = page.locator('.react-flow__node .step', { has: page.getByText(long) });
  await expect.poll(() => renamed.getAttribute('title')).toBe(long);
  const box = (await renamed.boundingBox())!;
  const label = renamed.locator('.step-label');
  // Three lines of the name at most, not a tall column of text.
  const lines = await label.evaluate((e: { clientHeight: number; scrollHeight: number }) => [
    e.clientHeight,
    e.scrollHeight,
  ]);
  expect(lines[1]).toBeGreaterThan(lines[0]!); // the rest is cut off, with an ellipsis
  const zoom = await page.evaluate(
    "new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a",
  );
  expect(box.height / (zoom as number)).toBeLessThan(140);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  expect(await inspector.getByLabel('Name', { exact: true }).inputValue()).toBe(long);
});

test('a kind key with steps and arrows selected says why, and adds no loose step', async () => {
  await page.getByRole('button', { name: 'Fit view' }).click();
  await step('Receive invoice').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('2');
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toContain('A new step goes after one selected step or onto one selected arrow.');
  expect(await page.locator('.react-flow__node').count()).toBe(4);
});
