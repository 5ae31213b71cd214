/**
 * PDF export of a 300-step map, end to end as the desktop app does it but through browser
 * mode: the print view loads the map and lays it out, Chromium prints it with page.pdf()
 * (the engine of Electron's printToPDF), and the map file is attached. Target: median
 * <= 5 s on our two-core machines. Few iterations: each one prints a document of well over
 * a hundred pages. Besides the whole (`pdf.export-300-steps`), where the time goes:
 * `.print-view` (navigation to the view saying it is ready: script, map, analysis, layout,
 * render), `.chromium` (page.pdf(): style, layout and paint of every page, and the PDF
 * written) and `.attach` (pdf-lib adding the map file).
 */
import type { Browser } from 'playwright-core';
import { attachMapFile } from '../../main/pdf/attachment';
import { serializeMapFile } from '../../shared/file-format';
import type { MapId } from '../../shared/model';
import { DEFAULT_PRINT_OPTIONS } from '../../shared/print/options';
import { launchBrowser, newPage, startApp, type RunningApp } from '../e2e/support';
import { laidOutForDecisions, openPrintView, printOpenView } from '../e2e/support/pdf';
import { generateMap } from '../support/generateMap';
import { sampledBench } from './types';

interface Printing {
  app: RunningApp;
  browser: Browser;
  id: MapId;
}

const NAME = 'pdf.export-300-steps';

export default sampledBench<Printing>({
  kind: 'sampled',
  name: NAME,
  n: 300,
  iterations: Number(process.env.PDF_BENCH_RUNS ?? 5),
  warmup: 1,
  setup: async () => {
    const app = await startApp();
    const browser = await launchBrowser();
    const text = serializeMapFile(laidOutForDecisions(generateMap(300)));
    const { id } = await app.call('maps:import', { text });
    return { app, browser, id };
  },
  // A fresh page each time, as the desktop app opens a fresh hidden window per export.
  async sample({ app, browser, id }) {
    const open = await newPage(browser);
    try {
      const options = DEFAULT_PRINT_OPTIONS;
      const started = performance.now();
      await openPrintView(open.page, app, id, options);
      const ready = performance.now();
      const { doc } = await app.call('map:open', { id });
      const opened = performance.now();
      const printed = await printOpenView(open.page, doc.info.name, options);
      const chromium = performance.now();
      await attachMapFile(printed, doc);
      const done = performance.now();
      return {
        [NAME]: done - started,
        [`${NAME}.print-view`]: ready - started,
        [`${NAME}.chromium`]: chromium - opened,
        [`${NAME}.attach`]: done - chromium,
      };
    } finally {
      await open.close();
    }
  },
  teardown: async ({ app, browser }) => {
    await browser.close();
    await app.stop();
  },
});
