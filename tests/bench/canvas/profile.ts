/**
 * Where the canvas bench's gestures spend their time on a generated map (a tool for working
 * on the canvas, not part of `npm run bench`). For each run it opens the map in a fresh page
 * and records a Chromium trace of the pan and of the zoom (canvas/gestures.ts), and prints
 * their frame times, the self time per kind of work on the main thread and per thread
 * elsewhere, and the main thread's long tasks; with one run, also the steps, arrows and
 * labels in the page when the map opens and when zoomed far out, and the compositing layers.
 *   npx tsx tests/bench/canvas/profile.ts [steps=1000]
 * RUNS=3 repeats it; TYPE=1 traces typing in the inspector instead, DRAG=1 dragging and
 * dropping one step (after the pan and zoom, as the bench does); EXTRA_CSS='...' adds a
 * style sheet first (to try a change without a build); CANVAS_BENCH_RENDERER=dir serves
 * another build's renderer (canvas/otherBuild.ts).
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, newPage, startApp } from '../../e2e/support';
import { seedGeneratedMap } from '../../e2e/support/generated';
import { dragOneStep, p95, pan, typeInInspector, zoom, type Window } from './gestures';
import { serveRendererFrom } from './otherBuild';
import { PROBE_SCRIPT } from './probe';
import { summarise, top, type TraceEvent } from './traceSummary';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'v8',
  'cc',
  'viz',
].join(',');

/**
 * Until the page has nothing left to do: the gesture before is over (its frames drawn, its
 * deferred work run), so the next trace holds only the next gesture. A state, not a pause.
 */
const idle = (page: Page) =>
  page.evaluate(
    'new Promise((done) => requestIdleCallback(() => requestAnimationFrame(() => requestIdleCallback(() => done(true)))))',
  );

/** Until the view has come to rest after `times` more moves (the canvas counts each rest). */
async function rests(page: Page, before: number, times = 1) {
  await page.evaluate(
    `new Promise((done) => {
      const canvas = document.querySelector('.canvas');
      const check = () => Number(canvas.dataset.viewRests ?? 0) >= ${before + times} ? done(true) : requestAnimationFrame(check);
      check();
    })`,
  );
}

const restsSoFar = async (page: Page) =>
  Number(await page.locator('.canvas').getAttribute('data-view-rests')) || 0;

async function traced(page: Page, session: CDPSession, act: () => Promise<unknown>) {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown }) => events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  const complete = new Promise((done) => session.once('Tracing.tracingComplete', done));
  await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.evaluate('window.__canvasProbe.start()');
  await act();
  const frames = (await page.evaluate('window.__canvasProbe.stop()')) as Window;
  await session.send('Tracing.end');
  await complete;
  session.off('Tracing.dataCollected', collect);
  return { summary: summarise(events), frames };
}

function report(title: string, { summary, frames }: Awaited<ReturnType<typeof traced>>) {
  console.log(
    `${title}: p95 ${p95(frames.deltas).toFixed(1)} ms, longest task ${frames.longestTask} ms, ` +
      `${frames.deltas.length} frames | ${top(summary.byKind, 12)
        .map((line) => line.trim().replace(/\s+/, ' '))
        .join(', ')}`,
  );
  if (process.env.RUNS) return;
  console.log(top(summary.byEvent, 16).join('\n'));
  for (const task of summary.longTasks) console.log(`long task ${task}`);
}

const counts = (page: Page) =>
  page.evaluate(`(() => {
    const view = document.querySelector('.react-flow').getBoundingClientRect();
    const inView = (selector) => [...document.querySelectorAll(selector)].filter((e) => {
      const b = e.getBoundingClientRect();
      return b.right > view.left && b.left < view.right && b.bottom > view.top && b.top < view.bottom;
    }).length;
    return JSON.stringify({
      steps: document.querySelectorAll('.react-flow__node').length,
      arrows: document.querySelectorAll('.react-flow__edge').length,
      labels: document.querySelectorAll('.transition-label').length,
      labelsInView: inView('.transition-label'),
      elements: document.querySelectorAll('.react-flow *').length,
      view: document.querySelector('.react-flow__viewport').style.transform,
    });
  })()`);

/**
 * Starts following the compositing layers; the function it returns tells the last layer tree
 * reported (after something changed it), by the reasons Chromium gives for each layer.
 */
async function watchLayers(session: CDPSession): Promise<() => Promise<string>> {
  let list: { layerId: string }[] = [];
  const changed = ({ layers }: { layers?: { layerId: string }[] }) => {
    if (layers) list = layers;
  };
  session.on('LayerTree.layerTreeDidChange', changed);
  await session.send('LayerTree.enable');
  return async () => {
    const reasons = new Map<string, number>();
    for (const { layerId } of list) {
      const { compositingReasonIds = [] } = (await session
        .send('LayerTree.compositingReasons', { layerId })
        .catch(() => ({}))) as { compositingReasonIds?: string[] };
      const key = compositingReasonIds.join('+') || 'none';
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    session.off('LayerTree.layerTreeDidChange', changed);
    await session.send('LayerTree.disable');
    return `${list.length} layers: ${[...reasons].map(([r, n]) => `${n} ${r}`).join(', ')}`;
  };
}

async function main() {
  const steps = Number(process.argv[2] ?? 1000);
  const runs = Number(process.env.RUNS ?? 1);
  const renderer = process.env.CANVAS_BENCH_RENDERER;
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const { id } = await seedGeneratedMap(app, steps);
    for (let run = 0; run < runs; run++) {
      const open = await newPage(browser);
      const { page } = open;
      if (renderer) await serveRendererFrom(page, app.origin, renderer);
      await page.addInitScript(PROBE_SCRIPT);
      await page.goto(`${app.url}#/map/${encodeURIComponent(id)}`);
      // Opened: checked every frame in the page, not on a timer.
      await page.evaluate(
        'new Promise((done) => { const check = () => window.__canvasProbe.openedAt() ? done(true) : requestAnimationFrame(check); check(); })',
      );
      if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
      const session = await page.context().newCDPSession(page);
      if (runs === 1) console.log(`opened: ${await counts(page)}`);
      await idle(page);
      if (process.env.TYPE) {
        let times: number[] = [];
        const typing = await traced(page, session, async () => {
          times = await typeInInspector(page, 'qrstu');
        });
        report('typing', typing);
        console.log(`keystroke to pane: ${times.map((t) => t.toFixed(0)).join(' ')} ms`);
      } else {
        report('pan', await traced(page, session, () => pan(page)));
        await idle(page);
        report('zoom', await traced(page, session, () => zoom(page)));
        if (process.env.DRAG) {
          await idle(page);
          // The gesture keeps its own windows; the trace covers the drag and the drop.
          let drop: Window | null = null;
          const dragging = await traced(page, session, async () => {
            drop = (await dragOneStep(page)).drop;
          });
          report('drag and drop', dragging);
          console.log(`drop: longest task ${drop!.longestTask} ms`);
        } else if (runs === 1) {
          // As far out as the gesture goes, and left there.
          const box = (await page.locator('.react-flow').boundingBox())!;
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          const layers = await watchLayers(session);
          const before = await restsSoFar(page);
          for (let i = 0; i < 31; i++) await page.mouse.wheel(0, 40);
          // Counted once the view has come to rest far out and its picture is drawn.
          await rests(page, before);
          await idle(page);
          console.log(`zoomed out: ${await counts(page)}`);
          console.log(`zoomed out: ${await layers()}`);
        }
      }
      await open.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
