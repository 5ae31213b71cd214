/**
 * Two tabs in Chromium editing one map on one server: each save says which revision it was
 * made on, a tab whose save meets a newer map reloads it and puts its own edits on top,
 * and an edit that no longer applies is shown to the person, never dropped silently.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Args } from '../../shared/api/contract';
import type { MapId } from '../../shared/model';
import type { Operation } from '../../shared/operations/types';
import { soundness, SOUND } from '../support/integrity';
import { readOnly } from '../support/killHarness';
import { makeStep, makeTransition } from '../support/makeMap';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;
let tabA: OpenPage;
let tabB: OpenPage;
let mapId: MapId;

const step = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${name},`) });

async function allSaved(page: Page) {
  await expect.poll(() => page.getByRole('status').textContent()).toBe('All changes saved');
}

/** The step labels of the map as a page shows it. */
function shownSteps(page: Page): Promise<string[]> {
  return page
    .getByRole('group', { name: /, [a-z]+ step$/ })
    .evaluateAll((nodes) =>
      nodes.map((node) => (node.getAttribute('aria-label') ?? '').split(',')[0]!).sort(),
    );
}

async function storedSteps(): Promise<string[]> {
  const { doc } = await app.call('map:open', { id: mapId });
  return doc.stepOrder.map((id) => doc.steps[id]!.label).sort();
}

async function select(page: Page, name: string) {
  await step(page, name).click();
}

/** Adds a task after `after`, by keyboard, as a facilitator does. */
async function addStepAfter(page: Page, after: string, name: string) {
  await select(page, after);
  await page.keyboard.press('2');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect.poll(() => step(page, name).count()).toBe(1);
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const map = await app.call('maps:create', { name: 'Campaign launch' });
  mapId = map.id;
  const ops: Operation[] = [
    {
      type: 'elements/add',
      steps: [
        makeStep('a', { label: 'Draft brief', kind: 'start', position: { x: 0, y: 0 } }),
        makeStep('b', { label: 'Brief review', kind: 'review', position: { x: 300, y: 0 } }),
      ],
      transitions: [makeTransition('t1', 'a', 'b')],
    },
  ];
  await app.call('map:apply', { id: mapId, base: 0, ops: ops as Args<'map:apply'>['ops'] });
  // Wide enough that the map stays clear of the analysis pane as it grows.
  const viewport = { width: 1800, height: 1000 };
  tabA = await newPage(browser, { viewport });
  tabB = await newPage(browser, { viewport });
  for (const tab of [tabA, tabB]) {
    await tab.page.goto(`${app.url}#/map/${encodeURIComponent(mapId)}`);
    await step(tab.page, 'Brief review').waitFor();
  }
}, 60_000);

afterAll(async () => {
  await tabA?.close();
  await tabB?.close();
  await browser?.close();
  await app?.stop();
});

describe('two tabs editing one map', () => {
  test('edits from both tabs are all saved, and each tab shows the other’s once it saves', async () => {
    await addStepAfter(tabA.page, 'Draft brief', 'Alpha');
    await allSaved(tabA.page);
    // Tab B still has the map without Alpha: its save is refused as stale, then rebased.
    await addStepAfter(tabB.page, 'Brief review', 'Beta');
    await allSaved(tabB.page);
    await expect
      .poll(() => storedSteps())
      .toEqual(['Alpha', 'Beta', 'Brief review', 'Draft brief']);
    await expect.poll(() => shownSteps(tabB.page)).toEqual(await storedSteps());

    await addStepAfter(tabA.page, 'Alpha', 'Gamma');
    await allSaved(tabA.page);
    const all = ['Alpha', 'Beta', 'Brief review', 'Draft brief', 'Gamma'];
    await expect.poll(() => storedSteps()).toEqual(all);
    await expect.poll(() => shownSteps(tabA.page)).toEqual(all);
    expect(tabA.problems).toEqual([]);
    expect(tabB.problems).toEqual([]);
  });

  test('an edit that no longer applies is listed to the person; the rest converge', async () => {
    // Tab B deletes "Brief review"; tab A, which still shows it, renames it.
    await select(tabB.page, 'Brief review');
    await tabB.page.keyboard.press('Delete');
    await expect.poll(() => step(tabB.page, 'Brief review').count()).toBe(0);
    await allSaved(tabB.page);

    await select(tabA.page, 'Brief review');
    await tabA.page.keyboard.press('F2');
    const field = tabA.page.getByRole('textbox', { name: 'Step name' });
    await field.fill('Creative review');
    await field.press('Enter');

    const dialog = tabA.page.getByRole('dialog', { name: 'Some of your edits could not be kept' });
    await expect.poll(() => dialog.count()).toBe(1);
    await expect
      .poll(() => dialog.getByRole('listitem').allTextContents())
      .toEqual(['Rename the step “Brief review” to “Creative review”']);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await allSaved(tabA.page);

    const left = ['Alpha', 'Beta', 'Draft brief', 'Gamma'];
    await expect.poll(() => storedSteps()).toEqual(left);
    await expect.poll(() => shownSteps(tabA.page)).toEqual(left);
    // A reload of tab B shows the same map: both tabs converge.
    await tabB.page.reload();
    await expect.poll(() => shownSteps(tabB.page)).toEqual(left);

    const sound = readOnly(path.join(app.dataDir, 'workspace.db'), (db) => soundness(db));
    expect(sound).toEqual(SOUND);
    expect(tabA.problems).toEqual([]);
    expect(tabB.problems).toEqual([]);
  });

  test('a tab that comes back into view shows what the other saved meanwhile', async () => {
    await addStepAfter(tabA.page, 'Gamma', 'Delta');
    await allSaved(tabA.page);
    expect(await step(tabB.page, 'Delta').count()).toBe(0);
    // Tab B has nothing unsaved: coming back into view is enough to see Delta. Headless
    // Chromium keeps every page focused and visible, so the test sends the window the focus
    // event that switching back to it sends.
    await tabB.page.evaluate("window.dispatchEvent(new Event('focus'))");
    await expect.poll(() => step(tabB.page, 'Delta').count()).toBe(1);
    expect(await shownSteps(tabB.page)).toEqual(await storedSteps());
  });
});
