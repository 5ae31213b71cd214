/**
 * A workshop and a redesign in the built app: walk the example's decisions by keyboard,
 * capture answers and a parked question, see the session summary; then start a redesign,
 * remove a checkpoint, and see Compare count what changed (and what merely left with it).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DECISION_QUESTIONS } from '../../shared/questions';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  open = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  page = open.page;
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore the example: Campaign launch' }).click();
  await page.getByRole('group', { name: /^Campaign live,/ }).waitFor();
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

const progress = () => page.locator('.walk-progress').textContent();

test('the decisions are walked by keyboard, answers and a question captured, and summed up', async () => {
  await page.keyboard.press('w');
  const workshop = page.getByRole('main', { name: 'Workshop: walk the decisions' });
  await workshop.waitFor();
  await expect.poll(progress).toMatch(/^Decision 1 of \d+$/);
  const total = Number((await progress())!.split(' of ')[1]);
  expect(total).toBeGreaterThanOrEqual(5);

  for (let i = 2; i <= 6; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : ' ');
    await expect.poll(progress).toBe(`Decision ${i} of ${total}`);
  }
  // Quick presses in a row: each selects the next arrow while React Flow is still reporting
  // the last selection (the canvas once chased those reports in an endless loop and crashed).
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(progress).toBe(`Decision 6 of ${total}`);
  // Body text readable from the back of the room.
  const bodySize = await page.evaluate(
    "parseFloat(getComputedStyle(document.querySelector('.workshop')).fontSize)",
  );
  expect(bodySize).toBeGreaterThanOrEqual(20);
  // The cards ask the five questions in the inspector's words and label their fields alike.
  const titles = await workshop.locator('.walk-card h2').allTextContents();
  expect(titles.map((t) => t.replace(/^\d+\s*/, ''))).toEqual(
    DECISION_QUESTIONS.map((q) => q.title),
  );
  await workshop.getByRole('combobox', { name: 'Decider (one accountable role)' }).waitFor();
  await workshop.getByRole('combobox', { name: 'Required information' }).waitFor();

  await page.keyboard.press('2');
  await page.keyboard.type('Brand lead');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect
    .poll(() => workshop.getByRole('button', { name: 'Remove Brand lead' }).count())
    .toBe(1);

  await page.keyboard.press('4');
  await page.keyboard.type('Matches the brand checklist v3');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect
    .poll(() =>
      workshop
        .getByRole('textbox', { name: /^Criterion \d+$/ })
        .last()
        .inputValue(),
    )
    .toBe('Matches the brand checklist v3');

  await page.keyboard.press('p');
  await page.keyboard.type('Who signs off the media budget?');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByText('Who signs off the media budget?').count()).toBe(1);

  await page.keyboard.press('Escape');
  const summary = page.getByRole('dialog', { name: 'What this session defined' });
  await summary.waitFor();
  const health = await summary.getByLabel(/^Decision health before/).getAttribute('aria-label');
  expect(health).toMatch(/^Decision health before \d+%, after \d+%$/);
  expect(await summary.textContent()).toContain('Who signs off the media budget?');
  await summary.getByRole('button', { name: 'Back to the map' }).click();
  await page.getByRole('button', { name: 'Start redesign' }).waitFor();

  // Everything captured in the walk is stored with the map.
  const maps = await app.call('maps:list', {});
  const { doc } = await app.call('map:open', { id: maps[0]!.id });
  expect(Object.values(doc.roles).map((r) => r.name)).toContain('Brand lead');
  expect(doc.parkingLot.map((p) => p.text)).toContain('Who signs off the media budget?');
  expect(open.problems).toEqual([]);
});

test('a redesign removes a checkpoint and Compare keeps what left with it apart from what was resolved', async () => {
  await page.getByRole('button', { name: 'Start redesign' }).click();
  await expect.poll(() => page.getByLabel('Map name').inputValue()).toBe('Campaign launch (to-be)');
  await page.getByRole('group', { name: /^Brand review,/ }).waitFor();
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  const rests = async () => Number((await canvas.getAttribute('data-view-rests')) ?? 0);
  const before = await rests();
  await page.getByRole('button', { name: 'Fit view' }).click();
  // The view animates to fit; it has come to rest when its count goes up.
  await expect.poll(rests).toBeGreaterThan(before);
  await page.getByRole('group', { name: /^Brand review,/ }).click();
  await page.keyboard.press('Delete');
  await expect.poll(() => page.getByRole('group', { name: /^Brand review,/ }).count()).toBe(0);
  await expect.poll(() => page.getByRole('status').first().textContent()).toBe('All changes saved');

  await page.getByRole('button', { name: 'Compare with the as-is map' }).click();
  const resolved = page.getByRole('region', { name: 'Findings resolved' });
  await resolved.waitFor();
  // Deleting the step fixed none of its decisions: their findings went with it.
  const gone = page.getByRole('region', { name: 'Gone with removed steps and arrows' });
  expect(Number(await gone.locator('.count').textContent())).toBeGreaterThanOrEqual(2);
  for (const message of await gone.locator('li').allTextContents()) {
    expect(message).toContain('Brand review');
  }
  expect(await page.locator('.compare-counts').textContent()).toMatch(
    /^1 step removed, 0 added; \d+ arrows removed, 0 added; 1 checkpoint removed; 0 decisions changed\.$/,
  );
  const checkpoints = page.getByRole('row', { name: /Checkpoint steps/ });
  expect(await checkpoints.textContent()).toMatch(/−1 \(better\)/);
  expect(open.problems).toEqual([]);
});
