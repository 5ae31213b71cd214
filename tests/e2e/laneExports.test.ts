/**
 * Swimlanes leave the app with the map: with lanes on, the PDF (read back with poppler's
 * `pdftotext -bbox`) and the SVG (drawn again in Chromium) carry every lane's name, "No
 * performer yet" for the example's step without a performer, and no card's words on a lane
 * name. With lanes off the PDF has none. Pages and pictures go to /tmp/shots-legible/.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lanesOf, NO_PERFORMER_LANE } from '../../shared/lanes/lanes';
import type { MapDocument, MapId } from '../../shared/model';
import {
  launchBrowser,
  makeTempDir,
  newPage,
  removeDir,
  startApp,
  type OpenPage,
  type RunningApp,
} from './support';
import { printMapPdf } from './support/pdf';

const run = promisify(execFile);
const SHOTS = '/tmp/shots-legible';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;
let dir: string;
let id: MapId;
let doc: MapDocument;

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

const storedSteps = async () => JSON.stringify((await app.call('map:open', { id })).doc.steps);

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  dir = await makeTempDir('decision-map-lane-exports-');
  await mkdir(SHOTS, { recursive: true });
  id = (await app.call('maps:createFromExample', { example: 'campaign-launch' })).id;
  open = await newPage(browser);
  page = open.page;
  await page.goto(`${app.url}#/map/${encodeURIComponent(id)}`);
  await page.locator('.react-flow__node').first().waitFor();
}, 120_000);

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
  if (dir) await removeDir(dir);
});

interface Word extends Box {
  readonly page: number;
}

/** Every word of a PDF with its box, from `pdftotext -bbox`. */
async function pdfWords(file: string): Promise<Word[]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const words: Word[] = [];
  let pageNumber = 0;
  const tag =
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of stdout.matchAll(tag)) {
    if (m[0].startsWith('<page')) {
      pageNumber++;
      continue;
    }
    const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    words.push({ page: pageNumber, name: m[5]!, x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  }
  return words;
}

/** The words of `words` that spell `sentence` on one line of one page, or null. */
function findLine(words: readonly Word[], sentence: string): Word[] | null {
  const wanted = sentence.split(' ');
  for (let i = 0; i < words.length; i++) {
    const run = wanted.map((_, k) => words[i + k]);
    const same = run.every(
      (w, k) => w && w.name === wanted[k] && w.page === words[i]!.page && w.y === words[i]!.y,
    );
    if (same) return run as Word[];
  }
  return null;
}

async function printed(lanes: boolean, name: string): Promise<Word[]> {
  const file = join(dir, `${name}.pdf`);
  const options = { size: 'A4', orientation: 'landscape', sections: ['map'], lanes } as const;
  // A page of its own: the editor's stays open for the Export dialog.
  const printing = await newPage(browser);
  try {
    await writeFile(file, await printMapPdf(printing.page, app, id, options));
  } finally {
    await printing.close();
  }
  await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '3', file, join(SHOTS, name)]);
  return pdfWords(file);
}

describe('swimlanes in the exports', () => {
  test('the example, lanes on (S) and laid out in them (L), as before an export', async () => {
    const before = await storedSteps();
    await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('s');
    await page.locator('.lane-name').first().waitFor();
    await page.keyboard.press('l');
    await expect.poll(storedSteps).not.toBe(before);
    doc = (await app.call('map:open', { id })).doc;
    expect(await page.locator('.lane-name').count()).toBe(lanesOf(doc).length);
  }, 60_000);

  test('the PDF names every lane, "No performer yet" included, and no word sits on another', async () => {
    const all = await printed(true, 'pdf-lanes');
    // A map too large for one page has an overview page, the map small (its part numbers are
    // drawn twice: a white outline under the number); the names must be readable on the parts.
    const overview = findLine(all, 'Too large to read on one')?.[0]?.page;
    const words = all.filter((w) => w.page !== overview);
    const names = lanesOf(doc).map((lane) => lane.name);
    expect(names).toContain(NO_PERFORMER_LANE);
    for (const name of names) expect(findLine(words, name), name).not.toBeNull();
    // Lane names, step names and cards' words: any two that overlap are text on text.
    const found: string[] = [];
    words.forEach((a, i) => {
      for (const b of words.slice(i + 1)) {
        if (a.page === b.page && overlap(a, b)) found.push(`"${a.name}" / "${b.name}"`);
      }
    });
    expect(found).toEqual([]);
  }, 120_000);

  test('with lanes off the PDF draws none', async () => {
    const words = await printed(false, 'pdf-no-lanes');
    expect(findLine(words, NO_PERFORMER_LANE)).toBeNull();
    expect(findLine(words, 'Draft brief')).not.toBeNull();
  }, 120_000);

  test('the Export dialog asks the print view for the lanes the canvas shows', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    const [tab] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Open print view' }).click(),
    ]);
    expect(new URL(tab.url()).hash).toContain('lanes=on');
    await tab.close();
  });

  test('the SVG holds every lane name, and no card covers one or a step', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const path = join(dir, 'map.svg');
    await file.saveAs(path);
    const svg = await readFile(path, 'utf8');
    for (const lane of lanesOf(doc)) expect(svg).toContain(`>${lane.name}</span>`);
    // Drawn again in a page of its own and measured there, as a viewer would show it.
    const view = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await view.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
      const boxes = await view.evaluate(() => {
        type El = {
          getBoundingClientRect(): { x: number; y: number; width: number; height: number };
          textContent: string | null;
          getAttribute(name: string): string | null;
        };
        const d = (globalThis as unknown as { document: { querySelectorAll(s: string): El[] } })
          .document;
        const of = (selector: string, name: (e: El) => string) =>
          [...d.querySelectorAll(selector)].map((e) => {
            const r = e.getBoundingClientRect();
            return { name: name(e), x: r.x, y: r.y, width: r.width, height: r.height };
          });
        return {
          lanes: of('.lane-band-name', (e) => `lane ${e.textContent}`),
          cards: of('.chip-holder', (e) => `card of ${e.getAttribute('data-arrow')}`),
          steps: of('.react-flow__node', (e) => e.getAttribute('aria-label') ?? 'step'),
        };
      });
      expect(boxes.lanes.map((b) => b.name.slice(5)).sort()).toEqual(
        lanesOf(doc)
          .map((lane) => lane.name)
          .sort(),
      );
      expect(boxes.cards.length).toBe(doc.transitionOrder.length);
      const found: string[] = [];
      for (const card of boxes.cards) {
        for (const other of [...boxes.lanes, ...boxes.steps]) {
          if (overlap(card, other)) found.push(`${card.name} / ${other.name}`);
        }
      }
      for (const lane of boxes.lanes) {
        for (const step of boxes.steps) {
          if (overlap(lane, step)) found.push(`${lane.name} / ${step.name}`);
        }
      }
      expect(found).toEqual([]);
      await view.screenshot({ path: join(SHOTS, 'svg-lanes.png'), fullPage: true });
    } finally {
      await view.close();
    }
  }, 60_000);
});
