/**
 * Frame times of the canvas in Chromium, on the production build in browser mode against a
 * real workspace, with generated maps of 200, 1,000 and 2,000 steps. Each iteration opens
 * the map in a fresh page (1280x800) and measures: open (navigation to every visible step
 * drawn), pan and zoom for two seconds, dragging one step for twenty frames, and keystroke
 * in the inspector to the analysis pane updated. Frame figures are the p95 of one run's frame
 * times; the printed median and p95 are over runs.
 * In the same iteration a bare React Flow page (canvas/bare.ts: default nodes and edges at the
 * same positions, in a box of our canvas's size at the view ours opened at) is opened, panned,
 * zoomed and dragged the same way: its figures are printed as `<measure>.bare`, followed by
 * `<measure>.ratio` (ours / bare), since absolute frame times differ from machine to machine.
 * Targets (issue 16): pan/zoom and drag p95 <= 1.25x bare at every size, open <= 1.5x bare,
 * keystroke to pane p95 <= 50 ms at 1,000 steps.
 * `canvas.cold-open` opens the 200-step map in a freshly started Chromium (no cache, no
 * compiled code): navigation to every visible step and card drawn, target <= 800 ms; its
 * `.script` figure is navigation to the page's startup script run (DOMContentLoaded).
 * CANVAS_BENCH_SIZES=1000 and CANVAS_BENCH_RUNS=3 narrow a run while working on it;
 * CANVAS_BENCH_RENDERER=dir measures another build's renderer (canvas/otherBuild.ts).
 */
import type { Browser, Page } from 'playwright-core';
import type { MapId } from '../../shared/model';
import { launchBrowser, newPage, startApp, type RunningApp } from '../e2e/support';
import { seedGeneratedMap } from '../e2e/support/generated';
import { bareReactFlow, canvasView, openBare, writeBareMap, type CanvasView } from './canvas/bare';
import { dragOneStep, p95, panAndZoom, typeInInspector } from './canvas/gestures';
import { serveRendererFrom } from './canvas/otherBuild';
import { PROBE_SCRIPT } from './canvas/probe';
import { sampledBench } from './types';

interface Session {
  app: RunningApp;
  browser: Browser;
  mapId: MapId;
  /** The bare React Flow page's folder (canvas/bare.ts). */
  bare: string;
  steps: number;
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

/** Navigation to the end of DOMContentLoaded: the startup script fetched and run. */
const scriptRan = (page: Page) =>
  page.evaluate(
    "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd",
  ) as Promise<number>;

/** The same gestures on the bare React Flow page, at the view our canvas opened at. */
async function measureBare(
  { app, browser, bare, steps }: Session,
  view: CanvasView,
): Promise<Record<string, number | readonly number[]>> {
  const open = await newPage(browser);
  try {
    const { page } = open;
    await page.addInitScript(PROBE_SCRIPT);
    await openBare(page, app.url, app.origin, bare, steps, view);
    const openMs = await openedAt(page);
    const panZoom = await panAndZoom(page);
    await settle();
    const { drag, drop } = await dragOneStep(page, null);
    if (open.problems.length > 0) throw new Error(JSON.stringify(open.problems));
    return {
      'canvas.open.bare': openMs,
      'canvas.pan-zoom.p95.bare': p95(panZoom.deltas),
      'canvas.pan-zoom.longest-task.bare': panZoom.longestTask,
      'canvas.drag.p95.bare': p95(drag.deltas),
      'canvas.drag.longest-task.bare': Math.max(drag.longestTask, drop.longestTask),
    };
  } finally {
    await open.close();
  }
}

async function startSession(n: number): Promise<Session> {
  const app = await startApp();
  const { id: mapId, doc } = await seedGeneratedMap(app, n);
  const bare = await bareReactFlow();
  await writeBareMap(bare, doc);
  return { app, browser: await launchBrowser(), mapId, bare, steps: n };
}

const FRAMES = SIZES.map((n) =>
  sampledBench<Session>({
    kind: 'sampled',
    name: 'canvas',
    n,
    iterations: RUNS,
    warmup: 1,
    setup: () => startSession(n),
    async sample(session) {
      const { app, browser, mapId } = session;
      const open = await newPage(browser);
      let ours: Record<string, number | readonly number[]>;
      let view: CanvasView;
      try {
        const { page } = open;
        if (RENDERER) await serveRendererFrom(page, app.origin, RENDERER);
        await page.addInitScript(PROBE_SCRIPT);
        await page.goto(`${app.url}#/map/${encodeURIComponent(mapId)}`);
        const openMs = await openedAt(page);
        view = await canvasView(page);
        const panZoom = await panAndZoom(page);
        await settle();
        const { drag, drop } = await dragOneStep(page);
        await settle();
        const keystrokes = await typeInInspector(page, 'qrstu');
        if (open.problems.length > 0) throw new Error(JSON.stringify(open.problems));
        ours = {
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
      return { ...ours, ...(await measureBare(session, view)) };
    },
    async teardown({ app, browser }) {
      await browser.close();
      await app.stop();
    },
  }),
);

/** The 200-step map opened in a Chromium started for it, ours and then the bare page. */
const COLD_OPEN = sampledBench<Omit<Session, 'browser'>>({
  kind: 'sampled',
  name: 'canvas.cold-open',
  n: 200,
  iterations: RUNS,
  warmup: 1,
  async setup() {
    const { browser, ...session } = await startSession(200);
    await browser.close();
    return session;
  },
  async sample({ app, mapId, bare }) {
    const figures: Record<string, number> = {};
    let view: CanvasView | null = null;
    for (const suffix of ['', '.bare']) {
      const browser = await launchBrowser();
      try {
        const open = await newPage(browser);
        const { page } = open;
        await page.addInitScript(PROBE_SCRIPT);
        if (view) await openBare(page, app.url, app.origin, bare, 200, view);
        else {
          if (RENDERER) await serveRendererFrom(page, app.origin, RENDERER);
          await page.goto(`${app.url}#/map/${encodeURIComponent(mapId)}`);
        }
        figures[`canvas.cold-open${suffix}`] = await openedAt(page);
        figures[`canvas.cold-open.script${suffix}`] = await scriptRan(page);
        view ??= await canvasView(page);
        if (open.problems.length > 0) throw new Error(JSON.stringify(open.problems));
      } finally {
        await browser.close();
      }
    }
    return figures;
  },
  async teardown({ app }) {
    await app.stop();
  },
});

export default [...FRAMES, COLD_OPEN];
