/**
 * PDF export of a 300-step map, end to end as the desktop app does it but through browser
 * mode: the print view loads the map and lays it out, Chromium prints it with page.pdf()
 * (the engine of Electron's printToPDF), and the map file is attached. Target: median
 * <= 5 s on our two-core machines. Few iterations: each one prints a document of well over
 * a hundred pages.
 */
import type { Browser } from 'playwright-core';
import { serializeMapFile } from '../../shared/file-format';
import type { MapId } from '../../shared/model';
import { DEFAULT_PRINT_OPTIONS } from '../../shared/print/options';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from '../e2e/support';
import { laidOutForDecisions, printMapPdf } from '../e2e/support/pdf';
import { generateMap } from '../support/generateMap';
import { bench } from './types';

interface Printing {
  app: RunningApp;
  browser: Browser;
  open: OpenPage;
  id: MapId;
}

export default bench<Printing>({
  name: 'pdf.export-300-steps',
  n: 300,
  iterations: 5,
  warmup: 1,
  setup: async () => {
    const app = await startApp();
    const browser = await launchBrowser();
    const open = await newPage(browser);
    const text = serializeMapFile(laidOutForDecisions(generateMap(300)));
    const { id } = await app.call('maps:import', { text });
    return { app, browser, open, id };
  },
  // A fresh page each time, as the desktop app opens a fresh hidden window per export.
  beforeEach: async (c) => {
    await c.open.close();
    c.open = await newPage(c.browser);
  },
  run: (c) => printMapPdf(c.open.page, c.app, c.id, DEFAULT_PRINT_OPTIONS),
  teardown: async (c) => {
    await c.open.close();
    await c.browser.close();
    await c.app.stop();
  },
});
