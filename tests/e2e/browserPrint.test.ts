/**
 * In browser mode the browser prints the PDF, and a browser cannot attach the map file. The
 * print view says so and offers the portable map file beside Print; a PDF the browser
 * printed, imported on Home, is refused in words that say why and what to import instead.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/errors';
import type { MapDocument } from '../../shared/model';
import { DEFAULT_PRINT_OPTIONS } from '../../shared/print/options';
import { pdfAttachments, openPrintView } from './support/pdf';
import {
  launchBrowser,
  makeTempDir,
  newPage,
  removeDir,
  type OpenPage,
  type RunningApp,
  startApp,
} from './support';

let app: RunningApp;
let browser: Browser;
let dir: string;
let open: OpenPage;
let example: MapDocument;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  dir = await makeTempDir('decision-map-browser-print-');
  const { id } = await app.call('maps:createFromExample', { example: 'campaign-launch' });
  example = (await app.call('map:open', { id })).doc;
  open = await newPage(browser);
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
  if (dir) await removeDir(dir);
});

test('the print view offers the map file beside Print, and says why', async () => {
  const { page } = open;
  await openPrintView(page, app, example.info.id, DEFAULT_PRINT_OPTIONS);
  expect(await page.getByText('A PDF printed by the browser holds no map.').count()).toBe(1);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download map file (.decisionmap.json)' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('Campaign launch (as-is).decisionmap.json');
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  const saved = JSON.parse(await readFile(path, 'utf8'));
  expect(saved).toMatchObject({ format: 'decision-map', map: { name: example.info.name } });
  expect(saved.map.steps).toHaveLength(example.stepOrder.length);
});

test('a PDF the browser printed is refused on import: it holds no map, import the map file', async () => {
  const { page } = open;
  await openPrintView(page, app, example.info.id, DEFAULT_PRINT_OPTIONS);
  // What Print → Save as PDF gives in Chromium: the page as printed, nothing attached.
  const pdf = join(dir, 'printed by the browser.pdf');
  await writeFile(pdf, await page.pdf({ format: 'A4', landscape: true }));
  expect(await pdfAttachments(pdf)).toEqual([]);

  const before = await app.call('maps:list', {});
  await page.goto(app.url);
  await page.getByLabel('Import a map file').setInputFiles(pdf);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toBe(ERROR_MESSAGES.PDF_PRINTED_BY_BROWSER);
  expect(ERROR_MESSAGES.PDF_PRINTED_BY_BROWSER).toContain(
    'This PDF was printed by a browser and holds no map; import the .decisionmap.json instead',
  );
  expect(await app.call('maps:list', {})).toEqual(before);
  expect(open.problems).toEqual([]);
});
