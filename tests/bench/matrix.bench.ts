/**
 * The decision-rights matrix in Chromium, on the production build in browser mode against a
 * real workspace, with a generated map of about 300 decisions (260 steps). Each iteration
 * opens the map in a fresh page (1280x800), then measures: R to the grid drawn (open), and
 * for ten letters typed into cells, the keystroke to its cell showing the new letters.
 * Targets (issue 18): open <= 300 ms, keystroke to painted cell p95 <= 50 ms. Times are taken
 * from the test side, so each includes one round trip to the browser (a few ms).
 * MATRIX_BENCH_RUNS=3 narrows a run; MATRIX_BENCH_RENDERER=dir measures another build's
 * renderer (canvas/otherBuild.ts).
 */
import type { Browser } from 'playwright-core';
import type { MapId } from '../../shared/model';
import { launchBrowser, newPage, startApp, type RunningApp } from '../e2e/support';
import { seedGeneratedMap } from '../e2e/support/generated';
import { serveRendererFrom } from './canvas/otherBuild';
import { sampledBench } from './types';

interface Session {
  app: RunningApp;
  browser: Browser;
  mapId: MapId;
  decisions: number;
}

const RUNS = Number(process.env.MATRIX_BENCH_RUNS ?? 5);
const RENDERER = process.env.MATRIX_BENCH_RENDERER;
const STEPS = 260;

export default sampledBench<Session>({
  kind: 'sampled',
  name: 'matrix',
  n: STEPS,
  iterations: RUNS,
  warmup: 1,
  async setup() {
    const app = await startApp();
    const { id: mapId, doc } = await seedGeneratedMap(app, STEPS);
    const decisions = doc.transitionOrder.filter((t) => !doc.transitions[t]!.decision.automatic);
    return { app, browser: await launchBrowser(), mapId, decisions: decisions.length };
  },
  async sample({ app, browser, mapId, decisions }) {
    const open = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    try {
      const { page } = open;
      if (RENDERER) await serveRendererFrom(page, app.origin, RENDERER);
      await page.goto(`${app.url}#/map/${encodeURIComponent(mapId)}`);
      await page.getByRole('button', { name: 'Matrix' }).waitFor();
      await page.locator('.react-flow__node').first().waitFor();
      const started = performance.now();
      await page.keyboard.press('r');
      await page.getByRole('grid').waitFor();
      const openMs = performance.now() - started;
      const rows = await page.getByRole('grid').locator('tbody tr').count();
      if (rows < Math.min(decisions, 250)) throw new Error(`only ${rows} rows of ${decisions}`);
      const cell = page.locator('td[role="gridcell"][tabindex="0"]');
      await cell.click();
      const keystrokes: number[] = [];
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('ArrowDown');
        const before = (await cell.textContent()) ?? '';
        const t0 = performance.now();
        await page.keyboard.press('c');
        await cell.filter({ hasNotText: new RegExp(`^${before}$`) }).waitFor();
        keystrokes.push(performance.now() - t0);
      }
      if (open.problems.length > 0) throw new Error(JSON.stringify(open.problems));
      return { 'matrix.open': openMs, 'matrix.keystroke-to-cell': keystrokes };
    } finally {
      await open.close();
    }
  },
  async teardown({ app, browser }) {
    await browser.close();
    await app.stop();
  },
});
