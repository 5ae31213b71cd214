/**
 * A 200-step map zoomed out (React Flow draws only what is in view; no far picture below
 * 500 steps): while a step is 60 px wide on screen or more its name reads at 9 px or more and
 * the cards still show their readiness badges; further out the names stay and the badges go.
 * The levels follow the steps' measured width on screen, not a fixed zoom (farZoom.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serializeMapFile } from '../../shared/file-format';
import { generateMap } from '../support/generateMap';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';
import { laidOutForDecisions } from './support/pdf';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  open = await newPage(browser);
  page = open.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  const text = serializeMapFile(laidOutForDecisions(generateMap(200, 7)));
  const { id } = await app.call('maps:import', { text });
  await page.goto(`${app.url}#/map/${encodeURIComponent(id)}`);
  await page.locator('.react-flow__node').first().waitFor();
}, 120_000);

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

interface Seen {
  readonly count: number;
  /** The smallest on-screen size of the visible names (or badge words), in px. */
  readonly smallest: number;
  /** The steps' width on screen, in px. */
  readonly stepPx: number;
}

/** What reads on screen of `selector`: how many are visible, and their smallest type. */
function seen(selector: string): Promise<Seen> {
  return page.evaluate(`(() => {
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a;
    const shown = [...document.querySelectorAll('.canvas ${selector}')].filter((e) => {
      const box = e.getBoundingClientRect();
      return e.checkVisibility() && box.width > 0 && box.right > 0 && box.left < innerWidth &&
        box.bottom > 0 && box.top < innerHeight;
    });
    const step = document.querySelector('.react-flow__node').getBoundingClientRect();
    return {
      count: shown.length,
      smallest: Math.min(...shown.map((e) => parseFloat(getComputedStyle(e).fontSize) * zoom)),
      stepPx: step.width,
    };
  })()`) as Promise<Seen>;
}

const zoom = async () =>
  (await page.evaluate(
    `new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a`,
  )) as number;

/** How many times the view has come to rest (Canvas.tsx counts them on the canvas). */
const rests = async () =>
  Number(
    (await page.getByRole('region', { name: 'Workflow canvas' }).getAttribute('data-view-rests')) ??
      0,
  );

/**
 * Presses the canvas's Zoom out until the view is zoomed out below `below`, each time once
 * the zoom before has come to rest (a press during a glide would overshoot).
 */
async function zoomOutBelow(below: number) {
  while ((await zoom()) >= below) {
    const before = await rests();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(rests).toBeGreaterThan(before);
  }
}

test('steps 60 px wide or more: names at 9 px or more and the cards’ readiness badges', async () => {
  // Below 0.35, where the badges used to go, with steps still over 60 px wide (0.3 x 200).
  await zoomOutBelow(0.35);
  expect(await zoom()).toBeGreaterThanOrEqual(0.3);
  // The badges come in a few per frame once the view rests.
  await expect
    .poll(async () => (await seen('.chip-readiness')).count, { timeout: 15_000 })
    .toBeGreaterThan(5);
  const names = await seen('.step-label');
  expect(names.stepPx).toBeGreaterThanOrEqual(60);
  expect(names.count).toBeGreaterThan(10);
  expect(names.smallest).toBeGreaterThanOrEqual(9);
  expect((await seen('.chip-readiness')).smallest).toBeGreaterThanOrEqual(9);
});

test('steps under 60 px wide: the names stay, the badges go', async () => {
  await zoomOutBelow(0.3);
  await expect.poll(async () => (await seen('.chip-holder')).count, { timeout: 15_000 }).toBe(0);
  const names = await seen('.step-label');
  expect(names.stepPx).toBeLessThan(60);
  expect(names.count).toBeGreaterThan(10);
});
