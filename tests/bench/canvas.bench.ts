/**
 * Frame times of the canvas in Chromium, on the production build in browser mode against a
 * real workspace, with generated maps of 200, 1,000 and 2,000 steps. Each iteration opens
 * the map in a fresh page (1280x800) and measures: open (navigation to every visible step
 * drawn), pan and zoom for two seconds, dragging one step for twenty frames, and keystroke
 * in the inspector to the analysis pane updated. Frame figures are the p95 of one run's frame
 * times; the printed median and p95 are over runs.
 * Targets: at 1,000 steps pan/zoom and drag p95 <= 25 ms, no long task over 50 ms, open
 * <= 1.5 s, keystroke to pane <= 50 ms; at 200 steps p95 <= 16.7 ms; at 2,000 p95 <= 40 ms.
 * CANVAS_BENCH_SIZES=1000 and CANVAS_BENCH_RUNS=3 narrow a run while working on it;
 * CANVAS_BENCH_RENDERER=dir measures another build's renderer (canvas/otherBuild.ts).
 */
import type { Browser, Page } from 'playwright-core';
import type { MapId } from '../../shared/model';
import { launchBrowser, newPage, startApp, type RunningApp } from '../e2e/support';
import { seedGeneratedMap } from '../e2e/support/generated';
import { dragOneStep, p95, panAndZoom, typeInInspector } from './canvas/gestures';
import { serveRendererFrom } from './canvas/otherBuild';
import { PROBE_SCRIPT } from './canvas/probe';
import { sampledBench } from './types';

interface Session {
  app: RunningApp;
  browser: Browser;
  mapId: MapId;
}

const SIZES = (process.env.CANVAS_BENCH_SIZES ?? '200,1000,2000').split(',').map(Number);
const RUNS = Number(process.env.CANVAS_BENCH_RUNS ?? 5);
const RENDERER = process.env.CANVAS_BENCH_RENDERER;

/** Lets what one gesture set going (labels filling in, saving) finish before the next. */
const settle = () => new Promise((done) => setTimeout(done, 600));

/** When the map was drawn, once the page knows (the page's CSP rules out waitForFunction). */
async function openedAt(page: Page): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const at = (await page.evaluate('window.__canvasProbe.openedAt()')) as number | null;
    if (at !== null) return at;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The map was not drawn within a minute.');
}

export default SIZES.map((n) =>
  sampledBench<Session>({
    kind: 'sampled',
    name: 'canvas',
    n,
    iterations: RUNS,
    warmup: 1,
    async setup() {
      const app = await startApp();
      const { id: mapId } = await seedGeneratedMap(app, n);
      return { app, browser: await launchBrowser(), mapId };
    },
    async sample({ app, browser, mapId }) {
      const open = await newPage(browser);
      try {
        const { page } = open;
        if (RENDERER) await serveRendererFrom(page, app.origin, RENDERER);
        await page.addInitScript(PROBE_SCRIPT);
        await page.goto(`${app.url}#/map/${encodeURIComponent(mapId)}`);
        const openMs = await openedAt(page);
        const panZoom = await panAndZoom(page);
        await settle();
        const { drag, drop } = await dragOneStep(page);
        await settle();
        const keystrokes = await typeInInspector(page, 'qrstu');
        if (open.problems.length > 0) throw new Error(JSON.stringify(open.problems));
        return {
          'canvas.open': openMs,
          'canvas.pan-zoom.p95': p95(panZoom.deltas),
          'canvas.pan-zoom.longest-task': panZoom.longestTask,
          'canvas.drag.p95': p95(drag.deltas),
          'canvas.drag.longest-task': Math.max(drag.longestTask, drop.longestTask),
          'canvas.keystroke-to-pane': keystrokes,
        };
      } finally {
        await open.close();
      }
    },
    async teardown({ app, browser }) {
      await browser.close();
      await app.stop();
    },
  }),
);
