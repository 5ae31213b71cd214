/**
 * The workshop bar at 1280x800 on an imported real process (Camunda's cross-functional
 * invoice, tests/fixtures/bpmn): every control of the bar lies inside the window, so
 * "Leave (Esc)" is never cut at the right edge. Measured with element boxes, not pixels.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newPage, repoRoot, startApp, type RunningApp } from './support';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('every control of the workshop bar is inside the window at 1280x800', async () => {
  const open = await newPage(browser);
  const { page } = open;
  try {
    await page.goto(app.url);
    await page
      .getByLabel('Import a map file')
      .setInputFiles(join(repoRoot, 'tests/fixtures/bpmn/camunda-C.1.0.bpmn'));
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported 18 steps/ })
      .waitFor();
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    const leave = page.getByRole('button', { name: /^Leave/ });
    await leave.waitFor();
    const width = page.viewportSize()!.width;
    const controls = page.locator('.walk-bar').locator('button, select');
    await expect.poll(() => controls.count()).toBeGreaterThan(4);
    const outside = await controls.evaluateAll(
      (elements, right) =>
        elements
          .map((e) => ({ text: e.textContent?.trim() ?? '', box: e.getBoundingClientRect() }))
          .filter(({ box }) => box.left < 0 || box.right > right)
          .map(({ text, box }) => `${text}: ${Math.round(box.left)}–${Math.round(box.right)}`),
      width,
    );
    expect(outside).toEqual([]);
    // And the topmost element at Leave's centre is Leave itself: nothing covers it.
    const box = (await leave.boundingBox())!;
    // Run as source: the tests are type-checked without the DOM's types.
    const hit = await page.evaluate(
      `document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height / 2})` +
        `?.closest('button')?.textContent ?? ''`,
    );
    expect(hit).toMatch(/^Leave/);
    expect(open.problems).toEqual([]);
  } finally {
    await open.close();
  }
});
