/**
 * BPMN in and out, end to end in Chromium:
 * - a map's BPMN export drawn by bpmn-js's own viewer (loaded from node_modules, no CDN):
 *   every step and lane is drawn where the file's diagram (BPMNDI) says, at its size;
 * - a real cross-functional BPMN file imported through Home's Import…: the map opens with
 *   the import's report, and screenshots light and dark go to /work/shots/bpmn/ when that
 *   folder's parent exists (they are looked at, not compared);
 * - the Export dialog's BPMN download, imported back through Home, is the same map.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mapToBpmn } from '../../shared/export/bpmn';
import { generateMap } from '../support/generateMap';
import { launchBrowser, newPage, repoRoot, startApp, type RunningApp } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Serves the page, bpmn-js's bundled viewer and its stylesheets, and one BPMN file. */
function serveViewer(xml: string): Promise<{ url: string; close: () => void }> {
  const dist = join(repoRoot, 'node_modules/bpmn-js/dist');
  const files: Record<string, [string, string | Buffer]> = {
    '/': [
      'text/html',
      `<!doctype html><html><head>
        <link rel="stylesheet" href="/diagram-js.css"><link rel="stylesheet" href="/bpmn-js.css">
        <link rel="stylesheet" href="/bpmn-font/css/bpmn.css">
        </head><body style="margin:0"><div id="canvas" style="width:3000px;height:3000px"></div>
        <script src="/viewer.js"></script></body></html>`,
    ],
    '/viewer.js': ['text/javascript', fs.readFileSync(join(dist, 'bpmn-viewer.development.js'))],
    '/diagram-js.css': ['text/css', fs.readFileSync(join(dist, 'assets/diagram-js.css'))],
    '/bpmn-js.css': ['text/css', fs.readFileSync(join(dist, 'assets/bpmn-js.css'))],
    '/bpmn-font/css/bpmn.css': [
      'text/css',
      fs.readFileSync(join(dist, 'assets/bpmn-font/css/bpmn.css')),
    ],
    '/map.bpmn': ['application/xml', xml],
  };
  const server = http.createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

interface Drawn {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

describe('a BPMN export in bpmn-js', () => {
  test('every step and lane is drawn where the diagram says', async () => {
    const map = generateMap(24, 3);
    const xml = mapToBpmn(map);
    // What the file says, read independently of bpmn-js.
    const { rootElement } = await new BpmnModdle().fromXML(xml);
    type Shape = {
      bpmnElement: { id: string };
      bounds: { x: number; y: number; width: number; height: number };
    };
    const diagram = (rootElement.diagrams as { plane: { planeElement: Shape[] } }[])[0]!;
    const said = new Map(
      diagram.plane.planeElement
        .filter((e) => 'bounds' in e && e.bounds)
        .map((e) => [e.bpmnElement.id, e.bounds]),
    );
    const expected = [...said.keys()].filter((id) => /^(Step|Lane)_/.test(id));
    expect(expected.filter((id) => id.startsWith('Step_'))).toHaveLength(map.stepOrder.length);
    expect(expected.filter((id) => id.startsWith('Lane_')).length).toBeGreaterThanOrEqual(
      Object.keys(map.roles).length,
    );

    const server = await serveViewer(xml);
    const open = await newPage(browser);
    try {
      await open.page.goto(server.url);
      // Runs in the page (this file is not compiled for the DOM, so its types are spelled here).
      interface Gfx {
        transform: { baseVal: { consolidate(): { matrix: { e: number; f: number } } | null } };
        querySelector(s: string): {
          getBBox(): { width: number; height: number };
          textContent: string | null;
        };
      }
      interface Viewer {
        importXML(xml: string): Promise<{ warnings: unknown[] }>;
        get(name: 'elementRegistry'): {
          getAll(): { id: string }[];
          getGraphics(e: { id: string }): Gfx;
        };
      }
      const result = await open.page.evaluate(async () => {
        const page = globalThis as unknown as {
          BpmnJS: new (options: { container: string }) => Viewer;
          fetch: (url: string) => Promise<{ text(): Promise<string> }>;
        };
        const viewer = new page.BpmnJS({ container: '#canvas' });
        const xml = await (await page.fetch('/map.bpmn')).text();
        const { warnings } = await viewer.importXML(xml);
        const registry = viewer.get('elementRegistry');
        const drawn = registry
          .getAll()
          .filter((e) => /^(Step|Lane)_\d+$/.test(e.id))
          .map((e) => {
            const gfx = registry.getGraphics(e);
            const matrix = gfx.transform.baseVal.consolidate()?.matrix;
            const visual = gfx.querySelector('.djs-visual');
            const box = visual.getBBox();
            return {
              id: e.id,
              x: matrix?.e ?? NaN,
              y: matrix?.f ?? NaN,
              width: box.width,
              height: box.height,
              text: visual.textContent ?? '',
            };
          });
        return { warnings: warnings.length, drawn };
      });
      expect(result.warnings).toBe(0);
      const drawn = new Map<string, Drawn>(result.drawn.map((d) => [d.id, d]));
      for (const id of expected) {
        const bounds = said.get(id)!;
        const shape = drawn.get(id);
        expect(shape, id).toBeDefined();
        expect([shape!.x, shape!.y]).toEqual([bounds.x, bounds.y]);
        // The visual fills the box the diagram gives it (a stroke may add a pixel).
        expect(Math.abs(shape!.width - bounds.width)).toBeLessThanOrEqual(2);
        expect(Math.abs(shape!.height - bounds.height)).toBeLessThanOrEqual(2);
      }
      // Tasks carry their names inside the shape; lanes their role's name.
      for (const role of Object.values(map.roles)) {
        expect(
          [...drawn.values()].some(
            (d) => d.id.startsWith('Lane_') && d.text.includes(role.name.slice(0, 8)),
          ),
        ).toBe(true);
      }
      expect(open.problems).toEqual([]);
    } finally {
      await open.close();
      server.close();
    }
  });
});

describe('importing a cross-functional BPMN process from Home', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  test.each(['light', 'dark'] as const)(
    'opens as a map with the import report (%s)',
    async (colorScheme) => {
      const open = await newPage(browser, { colorScheme });
      const { page } = open;
      try {
        await page.goto(app.url);
        await page
          .getByLabel('Import a map file')
          .setInputFiles(join(repoRoot, 'tests/fixtures/bpmn/camunda-C.1.0.bpmn'));
        await page
          .getByRole('status')
          .filter({ hasText: /^Imported 18 steps, 22 arrows, 4 roles, 6 decisions from gateways/ })
          .waitFor();
        await page.getByText('Approve Invoice').first().waitFor();
        expect(new URL(page.url()).hash).toMatch(/^#\/map\//);
        if (fs.existsSync('/work/shots')) {
          fs.mkdirSync('/work/shots/bpmn', { recursive: true });
          await page.screenshot({ path: `/work/shots/bpmn/imported-invoice-${colorScheme}.png` });
        }
        expect(open.problems).toEqual([]);
      } finally {
        await open.close();
      }
    },
  );

  test('the Export dialog downloads the map as BPMN, which imports back as the same map', async () => {
    const summary = await app.call('maps:createFromExample', { example: 'campaign-launch' });
    const example = (await app.call('map:open', { id: summary.id })).doc;
    const open = await newPage(browser);
    const { page } = open;
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'decision-map-bpmn-'));
    try {
      await page.goto(`${app.url}#/map/${encodeURIComponent(summary.id)}`);
      await page.getByRole('button', { name: 'Export…' }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download BPMN' }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/\.bpmn$/);
      const saved = join(dir, file.suggestedFilename());
      await file.saveAs(saved);
      await page.goto(app.url);
      await page.getByLabel('Import a map file').setInputFiles(saved);
      await page
        .getByRole('status')
        .filter({ hasText: /^Imported \d+ steps/ })
        .waitFor();
      await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/map\//);
      const id = decodeURIComponent(new URL(page.url()).hash.replace('#/map/', ''));
      expect(id).not.toBe(summary.id);
      const back = (await app.call('map:open', { id })).doc;
      expect(back.steps).toEqual(example.steps);
      expect(back.transitions).toEqual(example.transitions);
      expect(back.roles).toEqual(example.roles);
      expect(back.information).toEqual(example.information);
      expect(open.problems).toEqual([]);
    } finally {
      await open.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
