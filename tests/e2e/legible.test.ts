/**
 * The map reads at every zoom: the bundled example fitted to a 1280x800 window with the
 * analysis pane open names every step and shows every decision's readiness in words, each
 * on top (nothing covers it) and at 9 px or more on screen; zoomed further out the names
 * grow rather than vanish.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  launchBrowser,
  newPage,
  repoRoot,
  startApp,
  type OpenPage,
  type RunningApp,
} from './support';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;
let example: { steps: { label: string }[]; transitions: unknown[] };

beforeAll(async () => {
  const file = join(repoRoot, 'assets/examples/campaign-launch.decisionmap.json');
  example = JSON.parse(await readFile(file, 'utf8')).map;
  app = await startApp();
  await app.call('maps:createFromExample', { example: 'campaign-launch' });
  browser = await launchBrowser();
  open = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  page = open.page;
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Open Campaign launch (as-is)' }).first().click();
  await page.getByRole('group', { name: /^Campaign live,/ }).waitFor();
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

interface Seen {
  readonly text: string;
  /** Font size times the canvas zoom: how large the letters are on screen. */
  readonly px: number;
  readonly visible: boolean;
  /** The element at its centre is the text itself (or inside it), not something above it. */
  readonly onTop: boolean;
  /** Where it is on screen, for the failure message. */
  readonly box: string;
}

/**
 * Every element matching a selector on the canvas, as a person sees it. Run in the page
 * (as source: the tests are type-checked without the DOM's types).
 */
const SEEN_IN_PAGE = `(selector) => {
  const viewport = document.querySelector('.react-flow__viewport');
  const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
  return [...document.querySelectorAll('.canvas ' + selector)].map((element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const inWindow = box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 &&
      box.right <= innerWidth && box.bottom <= innerHeight;
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return {
      text: element.textContent ?? '',
      px: parseFloat(style.fontSize) * zoom,
      visible: inWindow && style.visibility === 'visible' && element.checkVisibility(),
      onTop: !!hit && (element === hit || element.contains(hit)),
      box: box.x + ',' + box.y + ' ' + box.width + 'x' + box.height,
    };
  });
}`;

function seen(selector: string): Promise<Seen[]> {
  return page.evaluate(`(${SEEN_IN_PAGE})(${JSON.stringify(selector)})`);
}

const pane = () => page.getByRole('complementary', { name: 'Analysis' });

test('fitted at 1280x800 with the pane open, every step name and readiness word reads', async () => {
  if ((await pane().count()) === 0) await page.keyboard.press('a');
  await pane().waitFor();
  await page.getByRole('button', { name: 'Fit view' }).click();
  // Fit view animates; the level of detail follows the zoom it comes to.
  await expect
    .poll(() =>
      seen('.step-label').then((all) => all.every((s) => s.px >= 9 && s.onTop && s.visible)),
    )
    .toBe(true);

  const names = await seen('.step-label');
  expect(names.map((n) => n.text).sort()).toEqual(example.steps.map((s) => s.label).sort());
  for (const name of names) {
    expect(name, name.text).toMatchObject({ visible: true, onTop: true });
    expect(name.px, name.text).toBeGreaterThanOrEqual(9);
  }

  await expect
    .poll(() => seen('.chip-readiness').then((all) => all.length))
    .toBe(example.transitions.length);
  const words = await seen('.chip-readiness');
  for (const [i, word] of words.entries()) {
    expect(word.text, `chip ${i}`).toMatch(/^(Ready|At risk|Blocked|Automatic)$/);
    expect(word, `chip ${i} ${word.text}`).toMatchObject({ visible: true, onTop: true });
    expect(word.px, `chip ${i}`).toBeGreaterThanOrEqual(9);
  }
});

test('zoomed out further, the names grow instead of going blank', async () => {
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  await zoomOut.click();
  await zoomOut.click();
  await expect.poll(() => page.locator('.canvas.detail-far').count()).toBe(1);
  const names = await seen('.step-label');
  expect(names).toHaveLength(example.steps.length);
  for (const name of names) expect(name.visible, name.text).toBe(true);
  // Two clicks out from a fit of about 0.33 is about 0.23: 38 px names read at about 8.8 px.
  expect(Math.min(...names.map((n) => n.px))).toBeGreaterThan(8);
});

test('zoomed in, a step shows its kind and a chip its question again', async () => {
  await page.getByRole('group', { name: /^Brief review,/ }).focus();
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  while ((await page.locator('.canvas.detail-full').count()) === 0) await zoomIn.click();
  await expect.poll(() => page.locator('.canvas .step-kind').first().isVisible()).toBe(true);
  await expect
    .poll(() => page.locator('.canvas .chip-question').filter({ visible: true }).count())
    .toBeGreaterThan(0);
});

test('swimlanes: every step inside a lane, each lane named whole beside it', async () => {
  await page.keyboard.press('s');
  await page.getByRole('button', { name: 'Fit view' }).click();
  const lanes = page.getByRole('group', { name: 'Swimlane names' }).locator('.lane-name');
  await expect.poll(() => lanes.count()).toBeGreaterThan(1);
  expect(await lanes.allTextContents()).toContain('No performer yet');
  // Steps drawn before the lanes were turned on are laid out into them.
  await expect
    .poll(() =>
      page.evaluate(`(() => {
        const boxes = (selector) =>
          [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
        const bands = boxes('.lane-band');
        const overlapping = bands.some((a, i) =>
          bands.some((b, j) => i < j && a.top < b.bottom - 1 && b.top < a.bottom - 1));
        const outside = boxes('.react-flow__node').filter((step) => !bands.some((band) =>
          step.top >= band.top && step.bottom <= band.bottom + 1));
        return { overlapping, outside: outside.length };
      })()`),
    )
    .toEqual({ overlapping: false, outside: 0 });
  // Each name whole: not clipped by its row or the column, on screen, once the view has
  // settled (S lays the map out and frames it, Fit view frames it again: both glide).
  const names = () =>
    page.evaluate(`[...document.querySelectorAll('.lane-name > span')].map((e) => {
    const box = e.getBoundingClientRect();
    const column = e.closest('.lane-names').getBoundingClientRect();
    return { text: e.textContent, whole: e.scrollWidth <= e.clientWidth + 1 &&
      box.left >= column.left && box.right <= column.right + 1 && box.top >= column.top &&
      box.bottom <= column.bottom };
  })`) as Promise<{ text: string; whole: boolean }[]>;
  await expect
    .poll(async () => (await names()).filter((n) => !n.whole).map((n) => n.text))
    .toEqual([]);
  expect((await names()).length).toBeGreaterThan(1);
});

test('the SVG and PNG of the map carry the swimlanes and their names', async () => {
  const names = await page
    .getByRole('group', { name: 'Swimlane names' })
    .locator('.lane-name')
    .allTextContents();
  await page.getByRole('button', { name: 'Export…' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = await readFile((await file.path())!, 'utf8');
  expect(svg.match(/class="lane-band[ "]/g)).toHaveLength(names.length);
  for (const name of names) expect(svg).toContain(`<span class="lane-band-name">${name}</span>`);
  if (process.env.LEGIBLE_SHOTS) {
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    await png.saveAs(join(process.env.LEGIBLE_SHOTS, 'export-lanes.png'));
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
});

test('the toolbar names its most used commands in words at 1280 px; the title is whole at 1920', async () => {
  const toolbar = page.locator('header.toolbar');
  for (const words of ['Workflow', 'Decisions', 'Workshop', 'Export…']) {
    const label = toolbar.getByText(words, { exact: true });
    await expect.poll(() => label.isVisible(), { message: words }).toBe(true);
    const box = (await label.boundingBox())!;
    expect(box.x + box.width, words).toBeLessThanOrEqual(1280);
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  const title = toolbar.getByRole('textbox', { name: 'Map name' });
  await expect
    .poll(() =>
      title.evaluate(
        (e: { scrollWidth: number; clientWidth: number; value: string }) =>
          e.scrollWidth <= e.clientWidth && e.value.length > 0,
      ),
    )
    .toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
});
