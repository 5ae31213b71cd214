/**
 * Render isolation on the canvas, counted: opened with `?profile=1`, the canvas's components
 * count their renders (renderer/src/canvas/renderCounts.ts). Dragging one step re-renders
 * only that step, its arrows and the arrows whose cards move to make room; typing in the inspector re-renders nothing on the canvas
 * but what the text is shown on.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TRANSITION_KIND_LABELS, type MapDocument, type MapId } from '../../shared/model';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';
import { seedGeneratedMap } from './support/generated';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;
let doc: MapDocument;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const seeded = await seedGeneratedMap(app, 24, 3);
  doc = seeded.doc;
  open = await newPage(browser);
  page = open.page;
  await page.goto(profiledUrl(seeded.id));
  await page.getByRole('group', { name: /^Step 0,/ }).waitFor();
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

function profiledUrl(id: MapId): string {
  const url = new URL(app.url);
  url.searchParams.set('profile', '1');
  url.hash = `#/map/${encodeURIComponent(id)}`;
  return url.href;
}

/** Zeroes the counts, and returns a function reading what rendered since, by kind. */
async function countFromNow(): Promise<() => Promise<Record<string, string[]>>> {
  await page.evaluate(
    'for (const key in window.__decisionMapRenderCounts) delete window.__decisionMapRenderCounts[key]',
  );
  return async () => {
    const counts = (await page.evaluate('window.__decisionMapRenderCounts')) as Record<
      string,
      number
    >;
    const byKind: Record<string, string[]> = {};
    for (const key of Object.keys(counts).sort()) {
      const [kind, id] = key.split(':') as [string, string?];
      (byKind[kind] ??= []).push(id ?? kind);
    }
    return byKind;
  };
}

async function allSaved() {
  await expect.poll(() => page.getByRole('status').textContent()).toBe('All changes saved');
}

const step = (name: string) => page.getByRole('group', { name: new RegExp(`^${name},`) });
const idOf = (label: string) => doc.stepOrder.find((s) => doc.steps[s]!.label === label)!;
const arrowsOf = (stepId: string) =>
  doc.transitionOrder.filter((t) =>
    [doc.transitions[t]!.from, doc.transitions[t]!.to].includes(stepId as never),
  );

test('the canvas is counting, and draws the chips the counts below leave alone', async () => {
  await expect.poll(() => page.locator('.decision-chip').count()).toBeGreaterThan(0);
  const counts = (await page.evaluate('window.__decisionMapRenderCounts')) as object;
  expect(Object.keys(counts)).toContain('step:s0');
});

/** Where each arrow's card is on the page, by arrow id. */
async function cardPlaces(): Promise<Record<string, string>> {
  const places: Record<string, string> = {};
  for (const card of await page.locator('.chip-holder').all()) {
    const box = (await card.boundingBox())!;
    places[(await card.getAttribute('data-arrow'))!] = `${box.x},${box.y}`;
  }
  return places;
}

test('dragging one step re-renders only that step, its arrows and cards that make room', async () => {
  const label = 'Step 5';
  const box = (await step(label).locator('.step-kind').boundingBox())!;
  const before = await cardPlaces();
  const read = await countFromNow();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(box.x + box.width / 2 + 6 * i, box.y + box.height / 2 + 3 * i);
  }
  await page.mouse.up();
  await allSaved();
  const rendered = await read();
  expect(rendered.step).toEqual([idOf(label)]);
  expect(rendered.arrow?.length).toBeGreaterThan(0);
  // Another arrow re-renders only when its card moved: the step now covers its place, or
  // a place it was kept from came free (shared/placement/cards.ts).
  const after = await cardPlaces();
  for (const arrow of rendered.arrow ?? []) {
    if (!(arrowsOf(idOf(label)) as string[]).includes(arrow))
      expect(after[arrow], arrow).not.toBe(before[arrow]);
  }
  expect(rendered.chip).toBeUndefined();
});

test('typing a step’s notes re-renders nothing on the canvas', async () => {
  await step('Step 3').locator('.step-kind').click();
  const notes = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Notes');
  await notes.click();
  const read = await countFromNow();
  await notes.pressSequentially('Waits for the weekly meeting');
  await allSaved();
  expect(await read()).toEqual({});
});

test('typing a step’s name re-renders that step and the arrows named after it', async () => {
  const name = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Name');
  await name.click();
  await name.press('End');
  const read = await countFromNow();
  await name.pressSequentially(' check');
  await expect.poll(() => step('Step 3 check').count()).toBe(1);
  await allSaved();
  const rendered = await read();
  expect(rendered.step).toEqual([idOf('Step 3')]);
  for (const arrow of rendered.arrow ?? []) expect(arrowsOf(idOf('Step 3'))).toContain(arrow);
  expect(rendered.chip).toBeUndefined();
});

test('typing an arrow’s decision question re-renders only that arrow’s chip', async () => {
  const first = doc.transitions[arrowsOf(idOf('Step 5'))[0]!]!;
  const from = doc.steps[first.from]!.label;
  const to = doc.steps[first.to]!.label;
  await page
    .getByRole('group', {
      name: `${TRANSITION_KIND_LABELS[first.kind]} arrow from ${from} to ${to}`,
    })
    .focus();
  await page.keyboard.press('Enter');
  const question = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Decision question');
  await question.click();
  await question.press('End');
  const read = await countFromNow();
  await question.pressSequentially(' Really?');
  await allSaved();
  expect(await read()).toEqual({ chip: [first.id] });
  expect(open.problems).toEqual([]);
});
