/**
 * Frame by frame, what the canvas bench's pan and zoom (canvas/gestures.ts) cost on a
 * generated map (a tool for working on the canvas, not part of `npm run bench`): for each
 * frame of each gesture, its time, the zoom, and how many steps, arrows, drawn arrow lines
 * and decision chips were in the page, so a slow frame can be matched to what came into
 * view. Like the bench, it starts as soon as the map is drawn and zooms right after the pan.
 * Prints only the frames over 20 ms unless ALL=1.
 *   npx tsx tests/bench/canvas/frames.ts [steps=1000]
 * RUNS=3 repeats it in fresh pages; EXTRA_CSS='...' adds a style sheet once the map is
 * drawn (to try a change without a build).
 */
import { launchBrowser, newPage, startApp } from '../../e2e/support';
import { seedGeneratedMap } from '../../e2e/support/generated';
import { pan, zoom } from './gestures';
import { PROBE_SCRIPT } from './probe';

/** Logs one row per animation frame until window.__stopFrames() hands the rows back. */
const FRAME_LOG = String.raw`(() => {
  const rows = [];
  let last = 0;
  let on = true;
  const count = (selector) => document.querySelectorAll(selector).length;
  const tick = (time) => {
    if (!on) return;
    const viewport = document.querySelector('.react-flow__viewport');
    const scale = /scale\(([\d.]+)\)/.exec(viewport ? viewport.style.transform : '');
    rows.push({
      ms: Math.round(time - last),
      zoom: scale ? Number(Number(scale[1]).toFixed(3)) : null,
      steps: count('.react-flow__node'),
      arrows: count('.react-flow__edge'),
      lines: count('.react-flow__edge path.transition'),
      chips: count('.decision-chip'),
    });
    last = time;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((time) => {
    last = time;
    requestAnimationFrame(tick);
  });
  window.__stopFrames = () => {
    on = false;
    return rows;
  };
})()`;

interface Row {
  ms: number;
  zoom: number | null;
  steps: number;
  arrows: number;
  lines: number;
  chips: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function main() {
  const steps = Number(process.argv[2] ?? 1000);
  const app = await startApp();
  const { id } = await seedGeneratedMap(app, steps);
  const browser = await launchBrowser();
  try {
    for (let run = 0; run < Number(process.env.RUNS ?? 1); run++) {
      const open = await newPage(browser);
      const { page } = open;
      await page.addInitScript(PROBE_SCRIPT);
      await page.goto(`${app.url}#/map/${encodeURIComponent(id)}`);
      while (!(await page.evaluate('window.__canvasProbe.openedAt()'))) await sleep(100);
      if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS });
      for (const [name, gesture] of [
        ['pan', pan],
        ['zoom', zoom],
      ] as const) {
        await page.evaluate(FRAME_LOG);
        await gesture(page);
        const rows = (await page.evaluate('window.__stopFrames()')) as Row[];
        const slow = rows.filter((row) => row.ms > 20);
        console.log(`run ${run} ${name}: ${rows.length} frames, ${slow.length} over 20 ms`);
        for (const row of process.env.ALL ? rows : slow) console.log('  ', JSON.stringify(row));
      }
      await open.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}
void main();
