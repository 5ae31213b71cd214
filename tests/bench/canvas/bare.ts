/**
 * The bare React Flow page the canvas bench measures beside ours (bare/main.tsx): built once
 * per bench run with Vite into a temporary folder, minified like our renderer, then served to
 * a page in place of our renderer by the same server (otherBuild.ts), so it comes with the
 * same headers, policy and origin. Each map size gets its nodes and edges as a JSON file
 * beside the page: default nodes and edges at our steps' positions, one edge per arrow.
 */
import react from '@vitejs/plugin-react';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { MapDocument } from '../../../shared/model';
import { serveRendererFrom } from './otherBuild';

let built: Promise<string> | null = null;

/** The built page's folder (built on first use). */
export function bareReactFlow(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'bare-react-flow-'));
    await build({
      configFile: false,
      root: join(__dirname, 'bare'),
      base: './',
      logLevel: 'warn',
      plugins: [react()],
      // No module-preload polyfill: Chromium has modulepreload (as electron-vite builds ours).
      build: { outDir, emptyOutDir: true, minify: true, modulePreload: { polyfill: false } },
    });
    return outDir;
  })();
  return built;
}

/** Writes the map's steps and arrows as bare React Flow nodes and edges, for `openBare`. */
export async function writeBareMap(dir: string, doc: MapDocument): Promise<void> {
  const nodes = doc.stepOrder.map((id) => {
    const step = doc.steps[id]!;
    return { id, position: step.position, data: { label: step.label } };
  });
  const edges = doc.transitionOrder.map((id) => {
    const arrow = doc.transitions[id]!;
    return { id, source: arrow.from, target: arrow.to };
  });
  await writeFile(
    join(dir, `bare-map-${doc.stepOrder.length}.json`),
    JSON.stringify({ nodes, edges }),
  );
}

/** Where our canvas is and what it shows, so the bare page can show the same. */
export interface CanvasView {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

/** Our canvas's viewport and size, once it has opened. */
export async function canvasView(page: Page): Promise<CanvasView> {
  return (await page.evaluate(`(() => {
    const root = document.querySelector('.react-flow');
    const box = root.getBoundingClientRect();
    const transform = root.querySelector('.react-flow__viewport').style.transform;
    const [x, y, zoom] = transform.match(/-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?/g).map(Number);
    return { x, y, zoom, width: box.width, height: box.height };
  })()`)) as CanvasView;
}

/** Opens the bare page with the map of `steps` steps at the given view (not waiting for it). */
export async function openBare(
  page: Page,
  url: string,
  origin: string,
  dir: string,
  steps: number,
  view: CanvasView,
): Promise<void> {
  await serveRendererFrom(page, origin, dir);
  const hash = new URLSearchParams({
    n: String(steps),
    ...Object.fromEntries(Object.entries(view).map(([k, v]) => [k, String(v)])),
  });
  await page.goto(`${url}#${hash.toString()}`);
}
