/**
 * What a person does to a large map, as mouse and keyboard input through Chromium: pan and
 * zoom, drag one step, type in the inspector. Each returns what the page's probe recorded.
 */
import type { Page } from 'playwright-core';

export interface Window {
  readonly deltas: number[];
  readonly longestTask: number;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const nextFrame = (page: Page) =>
  page.evaluate('new Promise((done) => requestAnimationFrame(() => done()))');

/** 95th percentile (nearest rank). */
export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)] ?? 0;
}

/** Repeats `act` about once every 16 ms (one event per frame at 60 Hz) for `ms`. */
async function paced(ms: number, act: (i: number) => Promise<void>) {
  const start = Date.now();
  for (let i = 0; Date.now() - start < ms; i++) {
    const began = Date.now();
    await act(i);
    const rest = 16 - (Date.now() - began);
    if (rest > 0) await sleep(rest);
  }
}

/** A point of the canvas's empty background (where a drag pans), near its middle. */
async function emptyPoint(page: Page): Promise<Point> {
  const point = await page.evaluate(`(() => {
    const box = document.querySelector('.react-flow').getBoundingClientRect();
    const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
    const candidates = [];
    for (let x = box.left + 40; x < box.right - 200; x += 10)
      for (let y = box.top + 40; y < box.bottom - 140; y += 10)
        candidates.push({ x, y, d: Math.hypot(x - cx, y - cy) });
    candidates.sort((a, b) => a.d - b.d);
    for (const c of candidates) {
      const hit = document.elementFromPoint(c.x, c.y);
      if (hit && hit.classList.contains('react-flow__pane')) return { x: c.x, y: c.y };
    }
    return null;
  })()`);
  if (!point) throw new Error('No empty spot on the canvas to pan from.');
  return point as Point;
}

/** One second of dragging the background (one mouse move per frame). */
export async function pan(page: Page): Promise<void> {
  const from = await emptyPoint(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await paced(1000, (i) => page.mouse.move(from.x - 6 * (i + 1), from.y - 3 * (i + 1)));
  await page.mouse.up();
}

/** Half a second of zooming out with the wheel (to about a fifth), half a second back in. */
export async function zoom(page: Page): Promise<void> {
  const centre = (await page.evaluate(`(() => {
    const box = document.querySelector('.react-flow').getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  })()`)) as Point;
  await page.mouse.move(centre.x, centre.y);
  await paced(500, () => page.mouse.wheel(0, 40));
  await paced(500, () => page.mouse.wheel(0, -40));
}

/** Two seconds: one panning with the mouse, then zooming out and back in with the wheel. */
export async function panAndZoom(page: Page): Promise<Window> {
  await page.evaluate('window.__canvasProbe.start()');
  await pan(page);
  await zoom(page);
  return (await page.evaluate('window.__canvasProbe.stop()')) as Window;
}

/**
 * A step fully on screen, near the middle: where to grab it (the middle of `handle` inside
 * it, or of the whole node when null), and its name.
 */
async function stepToGrab(page: Page, handle: string | null): Promise<Point & { name: string }> {
  const found = await page.evaluate(`((handle) => {
    const box = document.querySelector('.react-flow').getBoundingClientRect();
    const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
    const steps = [];
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const kind = handle === null ? node : node.querySelector(handle);
      if (!kind) continue;
      const b = kind.getBoundingClientRect();
      const x = b.left + b.width / 2, y = b.top + b.height / 2;
      if (x < box.left + 60 || x > box.right - 260 || y < box.top + 60 || y > box.bottom - 160) continue;
      if (!node.contains(document.elementFromPoint(x, y))) continue;
      steps.push({ x, y, name: node.getAttribute('aria-label'), d: Math.hypot(x - cx, y - cy) });
    }
    steps.sort((a, b) => a.d - b.d);
    return steps[0] ?? null;
  })(${JSON.stringify(handle)})`);
  if (!found) throw new Error('No step fully on screen to drag.');
  return found as Point & { name: string };
}

/**
 * Drags one step for twenty frames (one small move per frame), then drops it. `handle` is
 * where a step is grabbed (our step's kind icon; null: anywhere, as on a bare node).
 */
export async function dragOneStep(
  page: Page,
  handle: string | null = '.step-kind',
): Promise<{ drag: Window; drop: Window }> {
  const grab = await stepToGrab(page, handle);
  await page.mouse.move(grab.x, grab.y);
  await page.evaluate('window.__canvasProbe.start()');
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(grab.x + 5 * i, grab.y + 2 * i);
    await nextFrame(page);
  }
  const drag = (await page.evaluate('window.__canvasProbe.stop()')) as Window;
  await page.evaluate('window.__canvasProbe.start()');
  await page.mouse.up();
  await sleep(700);
  const drop = (await page.evaluate('window.__canvasProbe.stop()')) as Window;
  return { drag, drop };
}

/**
 * Follows the first finding in the analysis pane that names an arrow between two steps (the
 * canvas frames it), selects the arrow's first step, puts the cursor at the end of its Name
 * field, and types `keys` one at a time, each after a pause: the time from each keydown to
 * the analysis pane showing the new name, painted.
 */
export async function typeInInspector(page: Page, keys: string): Promise<number[]> {
  const pane = page.getByRole('complementary', { name: 'Analysis' });
  // A CSS query: a role query over thousands of findings takes the browser too long.
  const finding = pane.locator('button.finding', { hasText: /“Step \d+ → Step \d+”/ }).first();
  const message = (await finding.textContent()) ?? '';
  const label = /“(Step \d+) → /.exec(message)?.[1];
  if (!label) throw new Error('No finding in the analysis pane names an arrow.');
  await finding.click();
  await sleep(500); // the canvas frames the arrow in 250 ms
  await page
    .getByRole('group', { name: `${label}, `, exact: false })
    .locator('.step-kind')
    .click();
  const field = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name');
  await field.click();
  await field.press('End');
  await sleep(300);
  const times: number[] = [];
  let value = await field.inputValue();
  for (const key of keys) {
    value += key;
    await page.evaluate(`window.__canvasProbe.armPane(${JSON.stringify(value)})`);
    await page.keyboard.press(key);
    times.push((await page.evaluate('window.__canvasProbe.paneResult()')) as number);
    await sleep(400);
  }
  if (times.some((t) => t < 0)) throw new Error('The analysis pane did not show a new name.');
  return times;
}
