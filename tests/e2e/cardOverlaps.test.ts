/**
 * No decision card hides another, a step or a lane name: measured on the real element boxes
 * in Chromium (the canvas) and on the PDF's text boxes (`pdftotext -bbox`), not on the
 * placement function's own figures. Maps: the bundled example and generated maps of 20, 60
 * and 200 steps with branches and send-backs, each imported with positions a person might
 * give them, then laid out with L, with swimlanes off and on.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseMapFile, serializeMapFile } from '../../shared/file-format';
import type { MapDocument, MapId } from '../../shared/model';
import { generateMap } from '../support/generateMap';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';
import { laidOutForDecisions, printMapPdf } from './support/pdf';

const run = promisify(execFile);

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decision-map-cards-'));
  app = await startApp();
  browser = await launchBrowser();
  open = await newPage(browser);
  page = open.page;
}, 120_000);

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Box {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Overlap by more than a hair (half a pixel or point): touching edges are fine. */
function overlap(a: Box, b: Box): boolean {
  const e = 0.5;
  return (
    a.x + e < b.x + b.width &&
    b.x + e < a.x + a.width &&
    a.y + e < b.y + b.height &&
    b.y + e < a.y + a.height
  );
}

async function example(): Promise<MapDocument> {
  const { id } = await app.call('maps:createFromExample', { example: 'campaign-launch' });
  return (await app.call('map:open', { id })).doc;
}

/** The map imported as a new map with the people's own spacing (rows of ten steps). */
async function importLaidOut(doc: MapDocument): Promise<MapId> {
  const text = serializeMapFile(laidOutForDecisions(doc));
  const parsed = parseMapFile(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return (await app.call('maps:import', { text })).id;
}

/** What is read of an element in the page (this file is type-checked without the DOM's types). */
interface PageElement {
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
type PageGlobals = { document: { querySelectorAll(selector: string): Iterable<PageElement> } };

/** The boxes of steps, cards (with their "Send back" tags) and lane names drawn on the canvas. */
function drawnBoxes(): Promise<{ steps: Box[]; cards: Box[]; lanes: Box[] }> {
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
      lanes: boxes('.lane-name', (e) => `lane ${e.textContent}`),
    };
  });
}

function overlapsOf({ steps, cards, lanes }: { steps: Box[]; cards: Box[]; lanes: Box[] }) {
  const found: string[] = [];
  cards.forEach((card, i) => {
    for (const other of [...steps, ...lanes, ...cards.slice(i + 1)]) {
      if (overlap(card, other)) found.push(`${card.name} / ${other.name}`);
    }
  });
  return found;
}

/** How many cards are drawn, once it stays the same for two reads (they fill in over frames). */
async function settledCards(expected: number | null): Promise<number> {
  let previous = -1;
  let count = 0;
  await expect
    .poll(async () => {
      previous = count;
      count = await page.locator('.chip-holder').count();
      return expected === null ? count > 0 && count === previous : count === expected;
    })
    .toBe(true);
  return count;
}

async function openMap(id: MapId) {
  await page.goto(`${app.url}#/map/${encodeURIComponent(id)}`);
  await page.locator('.react-flow__node').first().waitFor();
}

/** The steps as the map file holds them, to tell when a layout has been stored. */
async function storedSteps(id: MapId): Promise<string> {
  return JSON.stringify((await app.call('map:open', { id })).doc.steps);
}

/**
 * Presses L on the canvas and waits until the map holds positions other than `before`: by
 * default the ones before L, or earlier ones when a key pressed before (S, which lays out a
 * map whose steps sit outside their lanes) may already have stored the layout L repeats.
 */
async function layOut(id: MapId, before?: string) {
  before ??= await storedSteps(id);
  await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('l');
  await expect.poll(() => storedSteps(id)).not.toBe(before);
}

/**
 * Brings cards into view: zoomed far out none are drawn. A small map is zoomed in with the
 * canvas's own button; a large one (drawn only where the view is) is taken to an arrow by
 * following a finding, as a person would, and the canvas is clicked so keys go to it again.
 */
async function zoomInToCards(whole: boolean, lanes = false) {
  if (!whole) {
    // Opened again, the map shows its beginning at a readable zoom, and its cards come in.
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    if (lanes !== (await page.locator('.lane-name').count()) > 0) {
      await page
        .getByRole('region', { name: 'Workflow canvas' })
        .click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('s');
    }
    await expect
      .poll(() => page.locator('.chip-holder').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    return;
  }
  await expect
    .poll(
      async () => {
        if ((await page.locator('.chip-holder').count()) > 0) return true;
        await page.getByRole('button', { name: 'Zoom in' }).click();
        return false;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

const MAPS = [
  { name: 'the example', doc: example, arrows: true },
  { name: 'a 20-step map', doc: async () => generateMap(20, 7), arrows: true },
  { name: 'a 60-step map', doc: async () => generateMap(60, 7), arrows: true },
  // From 150 steps on the canvas draws only what is in view: the cards in view are measured.
  { name: 'a 200-step map', doc: async () => generateMap(200, 7), arrows: false },
] as const;

describe.each(MAPS)('$name', ({ doc: makeDoc, arrows: whole }) => {
  let doc: MapDocument;
  let id: MapId;

  beforeAll(async () => {
    doc = await makeDoc();
    id = await importLaidOut(doc);
    await openMap(id);
  }, 60_000);

  test('with its own positions, no card covers a step or another card', async () => {
    await zoomInToCards(whole);
    await settledCards(whole ? doc.transitionOrder.length : null);
    await expect.poll(async () => overlapsOf(await drawnBoxes())).toEqual([]);
  });

  test('after auto-layout, none either', async () => {
    await layOut(id);
    await zoomInToCards(whole);
    await settledCards(whole ? doc.transitionOrder.length : null);
    await expect.poll(async () => overlapsOf(await drawnBoxes())).toEqual([]);
  });

  test('with swimlanes, after auto-layout, no card covers a step, a lane name or a card', async () => {
    // Taken before S: with lanes on, S itself may lay the map out, and L then moves nothing.
    const before = await storedSteps(id);
    await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('s');
    await page.locator('.lane-name').first().waitFor();
    await layOut(id, before);
    await zoomInToCards(whole, true);
    await settledCards(whole ? doc.transitionOrder.length : null);
    expect((await drawnBoxes()).lanes.length).toBeGreaterThan(0);
    // The lane names' column and the cards settle on their own frames after the layout's
    // glide: measured until they agree (a real overlap stays, and the poll reports it).
    await expect.poll(async () => overlapsOf(await drawnBoxes())).toEqual([]);
    await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('s');
  });
});

interface Word extends Box {
  readonly page: number;
}

/** Every word of a PDF with its box, from `pdftotext -bbox`. */
async function pdfWords(file: string): Promise<Word[]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const words: Word[] = [];
  let page = 0;
  const tag =
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of stdout.matchAll(tag)) {
    if (m[0].startsWith('<page')) {
      page++;
      continue;
    }
    const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    words.push({ page, name: m[5]!, x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  }
  return words;
}

/** The pages whose words include this sentence. */
function pagesSaying(words: readonly Word[], sentence: string): Set<number> {
  const pages = new Set<number>();
  const wanted = sentence.split(' ');
  words.forEach((w, i) => {
    if (wanted.every((word, k) => words[i + k]?.name === word && words[i + k]?.page === w.page)) {
      pages.add(w.page);
    }
  });
  return pages;
}

describe('the printed map', () => {
  test.each([
    ['the example', example],
    ['a 60-step map', async () => generateMap(60, 7)],
  ] as const)(
    'of %s, laid out: no word of a card on a word of a step or another card',
    async (_name, makeDoc) => {
      const id = await importLaidOut(await makeDoc());
      await openMap(id);
      await layOut(id);
      const file = join(dir, `${id}.pdf`);
      const pdf = await printMapPdf(page, app, id, {
        size: 'A4',
        orientation: 'landscape',
        sections: ['map'],
      });
      await writeFile(file, pdf);
      // The overview page of a tiled map draws no cards (the map small, tile numbers on top):
      // the cards are on the pages of the parts, or on the one page of a map that fits.
      const all = await pdfWords(file);
      const overview = pagesSaying(all, 'Too large to read on one');
      const words = all.filter((w) => !overview.has(w.page));
      expect(words.length).toBeGreaterThan(50);
      // Any two words that overlap are text drawn on text, whatever they belong to.
      const found: string[] = [];
      words.forEach((a, i) => {
        for (const b of words.slice(i + 1)) {
          if (a.page === b.page && overlap(a, b))
            found.push(`p${a.page}: "${a.name}" / "${b.name}"`);
        }
      });
      expect(found).toEqual([]);
    },
    120_000,
  );
});
