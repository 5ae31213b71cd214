/**
 * Maps as files, through the UI in Chromium against browser mode: the Export dialog's
 * downloads (portable file, decision register CSV, PNG, SVG), importing the downloaded file
 * back from Home, and Home's refusals of bad files, which change nothing.
 */
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REGISTER_COLUMNS } from '../../shared/export/registerCsv';
import type { MapDocument, MapId } from '../../shared/model';
import { parseCsv } from '../support/csv';
import {
  launchBrowser,
  makeTempDir,
  newPage,
  removeDir,
  repoRoot,
  startApp,
  type OpenPage,
  type RunningApp,
} from './support';

let app: RunningApp;
let browser: Browser;
let dir: string;
let open: OpenPage;
let page: Page;
let example: MapDocument;

const fixture = (name: string) => join(repoRoot, 'tests/fixtures', name);
const mapIdOf = (p: Page) => decodeURIComponent(new URL(p.url()).hash.replace('#/map/', ''));

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  dir = await makeTempDir('decision-map-files-');
  const summary = await app.call('maps:createFromExample', { example: 'campaign-launch' });
  example = (await app.call('map:open', { id: summary.id })).doc;
  open = await newPage(browser);
  page = open.page;
  await page.goto(`${app.url}#/map/${encodeURIComponent(example.info.id)}`);
  await page.getByRole('button', { name: 'Export…' }).click();
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
  if (dir) await removeDir(dir);
});

/** Clicks an Export dialog button and saves what the browser downloads. */
async function download(button: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).textContent())
    .toBe(`Downloaded ${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), path };
}

/** A map as stored, without its id (an import gives a colliding map id a new one). */
async function storedWithoutId(id: string) {
  const { doc } = await app.call('map:open', { id: id as MapId });
  return { ...doc, info: { ...doc.info, id: null } };
}

/** The text of Home's alert, once it shows. */
async function alertText(): Promise<string> {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  return (await alert.textContent()) ?? '';
}

async function goHome() {
  await page.getByRole('button', { name: 'Back to maps' }).click();
  await page.getByRole('heading', { name: 'Maps' }).waitFor();
}

let mapFilePath = '';

describe('exporting from the editor', () => {
  test('the portable map file downloads and reads as the map', async () => {
    const { name, path } = await download('Download map file');
    expect(name).toBe('Campaign launch (as-is).decisionmap.json');
    const file = JSON.parse(await readFile(path, 'utf8'));
    expect(file).toMatchObject({ format: 'decision-map', version: 2 });
    expect(file.map.steps).toHaveLength(example.stepOrder.length);
    mapFilePath = path;
  });

  test('the decision register downloads as CSV: BOM, header, one row per transition', async () => {
    const { name, path } = await download('Download CSV');
    expect(name).toBe('Campaign launch (as-is) - decision register.csv');
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0]).toEqual([...REGISTER_COLUMNS]);
    expect(rows).toHaveLength(example.transitionOrder.length + 1);
    expect(rows.every((row) => row.length === REGISTER_COLUMNS.length)).toBe(true);
    expect(rows[1]![0]).toBe('Campaign request');
  });

  test('the SVG holds every step label; the PNG is twice its size', async () => {
    const svg = await readFile((await download('Download SVG')).path, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    const escape = (text: string) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const id of example.stepOrder) {
      const label = example.steps[id]!.label;
      if (label) expect(svg).toContain(escape(label));
    }
    const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(1000);

    const png = await readFile((await download('Download PNG')).path);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: width * 2,
      height: height * 2,
    });
    expect(open.problems).toEqual([]);
  });
});

describe('importing on Home', () => {
  beforeAll(async () => {
    await page.getByRole('button', { name: 'Close' }).click();
    await goHome();
  });

  test('the downloaded file imports through "Import…" as an equal map, and opens', async () => {
    await page.getByLabel('Import a map file').setInputFiles(mapFilePath);
    await expect.poll(() => mapIdOf(page)).not.toMatch(/^$|^#/);
    const imported = mapIdOf(page);
    expect(imported).not.toBe(example.info.id);
    // The workspace has the map already, so the import is named apart from it.
    await expect
      .poll(() => page.getByLabel('Map name').inputValue())
      .toBe('Campaign launch (as-is) (2)');
    const original = await storedWithoutId(example.info.id);
    expect(await storedWithoutId(imported)).toEqual({
      ...original,
      info: { ...original.info, name: 'Campaign launch (as-is) (2)' },
    });
    await goHome();
  });

  test.each([
    ['invalid-not-json.decisionmap', 'it is not valid JSON'],
    [
      'invalid-newer-version.decisionmap.json',
      'written by a newer version of Decision Map (version 3)',
    ],
    [
      'invalid-dangling-reference.decisionmap.json',
      'map.transitions[0].decision.deciders refers to role r-x, which is not in the file.',
    ],
  ])('%s is refused with its reason, and nothing is created', async (name, reason) => {
    const before = await app.call('maps:list', {});
    await page.getByLabel('Import a map file').setInputFiles(fixture(name));
    const text = await alertText();
    expect(text).toContain('This file could not be imported:');
    expect(text).toContain(reason);
    expect(text).toContain('Nothing was changed.');
    expect(await app.call('maps:list', {})).toEqual(before);
    expect(new URL(page.url()).hash).toBe('#/');
    await page.getByRole('button', { name: 'Dismiss message' }).click();
  });

  test('a file chosen while the import before it is still finishing is imported after it, never dropped', async () => {
    // After a refusal shows, Home still refreshes its list; on a loaded machine that can take
    // longer than a person (or a test) needs to choose the next file. Hold that refresh.
    let requested!: () => void;
    const refreshing = new Promise<void>((resolve) => (requested = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/maps:trash', async (route) => {
      requested();
      await held;
      await route.continue();
    });
    try {
      await page
        .getByLabel('Import a map file')
        .setInputFiles(fixture('invalid-not-json.decisionmap'));
      expect(await alertText()).toContain('it is not valid JSON');
      await refreshing;
      await page.getByRole('button', { name: 'Dismiss message' }).click();
      await page
        .getByLabel('Import a map file')
        .setInputFiles(fixture('invalid-newer-version.decisionmap.json'));
      release();
      expect(await alertText()).toContain('written by a newer version of Decision Map');
    } finally {
      release();
      await page.unroute('**/api/maps:trash');
    }
    await page.getByRole('button', { name: 'Dismiss message' }).click();
  });

  test('a refusal belongs to its screen: it does not follow to a map, nor back Home', async () => {
    await page
      .getByLabel('Import a map file')
      .setInputFiles(fixture('invalid-not-json.decisionmap'));
    expect(await alertText()).toContain('This file could not be imported');
    await page.getByRole('button', { name: 'Open Campaign launch (as-is)', exact: true }).click();
    await expect
      .poll(() => page.getByLabel('Map name').inputValue())
      .toBe('Campaign launch (as-is)');
    await expect.poll(() => page.getByText('All changes saved').count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);

    // A bad file dropped on the map is refused there, and the refusal stays there.
    const files = await page.evaluateHandle(
      `(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['not a map'], 'notes.decisionmap.json'));
        return transfer;
      })()`,
    );
    await page.dispatchEvent('.editor', 'dragenter', { dataTransfer: files });
    await page.dispatchEvent('.editor', 'drop', { dataTransfer: files });
    expect(await alertText()).toContain('This file could not be imported');
    await goHome();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  test('a file over 50 MB is refused without being read', async () => {
    const big = join(dir, 'huge.decisionmap.json');
    await writeFile(big, '');
    await truncate(big, 51 * 1024 * 1024);
    const before = await app.call('maps:list', {});
    await page.getByLabel('Import a map file').setInputFiles(big);
    expect(await alertText()).toBe(
      '“huge.decisionmap.json” is larger than 50 MB, more than Decision Map reads. Nothing was changed.',
    );
    expect(await app.call('maps:list', {})).toEqual(before);
    await page.getByRole('button', { name: 'Dismiss message' }).click();
  });

  test('a file dropped on Home is imported and opened', async () => {
    const text = await readFile(fixture('campaign-small.decisionmap.json'), 'utf8');
    // The page builds the DataTransfer a drop carries (this file is not compiled for the DOM).
    const files = await page.evaluateHandle(
      `(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([${JSON.stringify(text)}], 'small.decisionmap.json'));
        return transfer;
      })()`,
    );
    await page.dispatchEvent('.home', 'dragenter', { dataTransfer: files });
    await page.dispatchEvent('.home', 'dragover', { dataTransfer: files });
    await page.getByText('Drop a .decisionmap.json file').waitFor();
    await page.dispatchEvent('.home', 'drop', { dataTransfer: files });
    await expect.poll(() => page.getByLabel('Map name').inputValue()).toBe('Campaign launch');
    expect(open.problems).toEqual([]);
  });

  test('a file dropped on an open map is imported as a new map and opened; a bad one is refused there', async () => {
    const first = new URL(page.url()).hash;
    expect(first).toMatch(/^#\/map\//);
    const dropOnEditor = async (name: string, content: string) => {
      const files = await page.evaluateHandle(
        `(() => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([${JSON.stringify(content)}], ${JSON.stringify(name)}));
          return transfer;
        })()`,
      );
      await page.dispatchEvent('.editor', 'dragenter', { dataTransfer: files });
      await page.dispatchEvent('.editor', 'dragover', { dataTransfer: files });
      await page.getByText('Drop a .decisionmap.json file').waitFor();
      await page.dispatchEvent('.editor', 'drop', { dataTransfer: files });
    };

    const before = await app.call('maps:list', {});
    await dropOnEditor('notes.decisionmap.json', 'not a map at all');
    expect(await alertText()).toContain('This file could not be imported');
    // Still on the same map, nothing created.
    expect(new URL(page.url()).hash).toBe(first);
    expect(await app.call('maps:list', {})).toEqual(before);
    await page.getByRole('button', { name: 'Dismiss message' }).click();

    const text = await readFile(fixture('campaign-small.decisionmap.json'), 'utf8');
    await dropOnEditor('again.decisionmap.json', text);
    await expect.poll(() => new URL(page.url()).hash).not.toBe(first);
    expect(new URL(page.url()).hash).toMatch(/^#\/map\//);
    expect((await app.call('maps:list', {})).length).toBe(before.length + 1);
    expect(open.problems).toEqual([]);
  });
});
