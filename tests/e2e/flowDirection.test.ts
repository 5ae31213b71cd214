/**
 * Auto-layout from top to bottom, the person's choice: Shift+L (or the toolbar's button)
 * switches the flow's direction and lays the example out again. Running down, forward arrows
 * leave the bottom of a step and enter the top of the next, and no card covers a step or
 * another card, measured on the drawn elements. Switching back runs it left to right again.
 * The fitted map goes to /tmp/shots-legible/top-to-bottom.png.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MapDocument, MapId } from '../../shared/model';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';

const SHOTS = '/tmp/shots-legible';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;
let id: MapId;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
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

const stored = async (): Promise<MapDocument> => (await app.call('map:open', { id })).doc;

/** Share of forward arrows whose target sits below its source (by the stored positions). */
function pointingDown(doc: MapDocument): number {
  const forward = doc.transitionOrder
    .map((t) => doc.transitions[t]!)
    .filter((t) => t.kind === 'forward');
  const down = forward.filter(
    (t) => doc.steps[t.to]!.position.y > doc.steps[t.from]!.position.y + 40,
  );
  return down.length / forward.length;
}

interface Box {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
interface PageElement {
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
}
type PageGlobals = {
  document: {
    querySelectorAll(selector: string): Iterable<PageElement>;
    querySelector(selector: string): PageElement | null;
  };
};

function overlap(a: Box, b: Box): boolean {
  const e = 0.5;
  return (
    a.x + e < b.x + b.width &&
    b.x + e < a.x + a.width &&
    a.y + e < b.y + b.height &&
    b.y + e < a.y + a.height
  );
}

/** Steps and cards as drawn, on screen. */
function drawnBoxes(): Promise<{ steps: Box[]; cards: Box[] }> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobals;
    const boxes = (selector: string, name: (e: PageElement) => string) =>
      [...document.querySelectorAll(selector)].map((e) => {
        const r = e.getBoundingClientRect();
        return { name: name(e), x: r.x, y: r.y, width: r.width, height: r.height };
      });
    return {
      steps: boxes('.react-flow__node', (e) => e.getAttribute('aria-label') ?? 'step'),
      cards: boxes('.chip-holder', (e) => `card of ${e.getAttribute('data-arrow')}`),
    };
  });
}

/**
 * Where a drawn arrow starts and ends against its steps, on screen: 'bottom→top' or
 * 'right→left' (within a few pixels of the steps' borders), else 'other'.
 */
function drawnEnds(arrow: string, from: string, to: string): Promise<string> {
  return page.evaluate(
    ({ arrow, from, to }) => {
      const { document } = globalThis as unknown as PageGlobals;
      const path = document.querySelector(
        `.react-flow__edge[data-id="${arrow}"] path`,
      ) as unknown as {
        getTotalLength(): number;
        getPointAtLength(l: number): { x: number; y: number };
        getScreenCTM(): { a: number; e: number; f: number } | null;
      } | null;
      const a = document.querySelector(`.react-flow__node[data-id="${from}"]`);
      const b = document.querySelector(`.react-flow__node[data-id="${to}"]`);
      const m = path?.getScreenCTM();
      if (!path || !a || !b || !m) return 'missing';
      const screen = (p: { x: number; y: number }) => ({ x: p.x * m.a + m.e, y: p.y * m.a + m.f });
      const start = screen(path.getPointAtLength(0));
      const end = screen(path.getPointAtLength(path.getTotalLength()));
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      const near = (u: number, v: number) => Math.abs(u - v) <= 12 * Math.max(m.a, 0.5);
      if (near(start.y, ra.y + ra.height) && near(end.y, rb.y)) return 'bottom→top';
      if (near(start.x, ra.x + ra.width) && near(end.x, rb.x)) return 'right→left';
      return 'other';
    },
    { arrow, from, to },
  );
}

const canvas = () => page.getByRole('region', { name: 'Workflow canvas' });

describe('auto-layout direction', () => {
  test('Shift+L lays the example out top to bottom: forward arrows run down into the top of the next step', async () => {
    const before = JSON.stringify((await stored()).steps);
    expect(pointingDown(await stored())).toBeLessThan(0.5);
    await page.getByRole('button', { name: 'Auto-layout top to bottom' }).waitFor();
    await canvas().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Shift+L');
    await expect.poll(async () => JSON.stringify((await stored()).steps)).not.toBe(before);
    const doc = await stored();
    expect(pointingDown(doc)).toBeGreaterThan(0.75);
    // The button now offers the way back.
    await page.getByRole('button', { name: 'Auto-layout left to right' }).waitFor();
    // A forward arrow between two steps one above the other is drawn from bottom to top.
    const t = doc.transitionOrder
      .map((tid) => doc.transitions[tid]!)
      .find(
        (x) =>
          x.kind === 'forward' &&
          doc.steps[x.to]!.position.y > doc.steps[x.from]!.position.y + 150 &&
          Math.abs(doc.steps[x.to]!.position.x - doc.steps[x.from]!.position.x) < 100,
      )!;
    expect(t).toBeDefined();
    await expect.poll(() => drawnEnds(t.id, t.from, t.to)).toBe('bottom→top');
  });

  test('running down, no card covers a step or another card', async () => {
    await page.getByRole('button', { name: 'Fit view' }).click();
    const doc = await stored();
    // Fitted at 1280x800 the cards may be badges; zoom in until they are cards, then measure.
    await expect
      .poll(async () => {
        if ((await page.locator('.chip-holder').count()) > 0) return true;
        await page.getByRole('button', { name: 'Zoom in' }).click();
        return false;
      })
      .toBe(true);
    await expect.poll(() => page.locator('.chip-holder').count()).toBe(doc.transitionOrder.length);
    const { steps, cards } = await drawnBoxes();
    const found: string[] = [];
    cards.forEach((card, i) => {
      for (const other of [...steps, ...cards.slice(i + 1)]) {
        if (overlap(card, other)) found.push(`${card.name} / ${other.name}`);
      }
    });
    expect(found).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/top-to-bottom-cards.png` });
    await page.getByRole('button', { name: 'Fit view' }).click();
    // Fit view glides: the picture once the view stays where it came to.
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
    await page.screenshot({ path: `${SHOTS}/top-to-bottom.png` });
  });

  test('the toolbar button switches back: left to right again, arrows across', async () => {
    const before = JSON.stringify((await stored()).steps);
    await page.getByRole('button', { name: 'Auto-layout left to right' }).click();
    await expect.poll(async () => JSON.stringify((await stored()).steps)).not.toBe(before);
    const doc = await stored();
    expect(pointingDown(doc)).toBeLessThan(0.5);
    const t = doc.transitionOrder
      .map((tid) => doc.transitions[tid]!)
      .find((x) => x.kind === 'forward')!;
    await expect.poll(() => drawnEnds(t.id, t.from, t.to)).toBe('right→left');
    await page.getByRole('button', { name: 'Auto-layout top to bottom' }).waitFor();
  });
});
