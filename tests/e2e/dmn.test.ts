/**
 * The decisions as DMN, end to end: downloaded from the Export dialog in Chromium against
 * browser mode, then opened with dmn-js's viewer (the one Camunda's tools are built on),
 * served from node_modules by a tiny local page, and every decision drawn with its name.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MapDocument } from '../../shared/model';
import {
  launchBrowser,
  makeTempDir,
  newPage,
  removeDir,
  repoRoot,
  startApp,
  type OpenPage,
  type RunningApp,
} from './support';

let app: RunningApp;
let browser: Browser;
let dir: string;
let open: OpenPage;
let page: Page;
let example: MapDocument;
let viewerHost: Server | undefined;

const DMN_JS = join(repoRoot, 'node_modules/dmn-js/dist');

/**
 * The page that shows a DMN file with dmn-js's viewer; it reports what the import said and
 * the label of every decision shape it drew (the page's script, so the test needs no DOM types).
 */
const VIEWER_PAGE = `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/assets/diagram-js.css">
<link rel="stylesheet" href="/assets/dmn-js-shared.css">
<link rel="stylesheet" href="/assets/dmn-js-drd.css">
<style>html, body, #canvas { margin: 0; width: 100%; height: 100%; }</style>
</head><body><div id="canvas"></div>
<script src="/dmn-viewer.js"></script>
<script>
  const viewer = new DmnJS({ container: '#canvas' });
  window.viewer = viewer;
  fetch('/decisions.dmn')
    .then((response) => response.text())
    .then((xml) => viewer.importXML(xml))
    .then((result) => {
      const registry = viewer.getActiveViewer().get('elementRegistry');
      const decisions = registry.filter((e) => e.type === 'dmn:Decision').map((e) => {
        const gfx = registry.getGraphics(e);
        const box = gfx.getBoundingClientRect();
        const text = gfx.querySelector('text');
        return { text: text ? text.textContent : '', drawn: box.width > 0 && box.height > 0 };
      });
      window.imported = { warnings: result.warnings.map((w) => w.message), decisions };
    })
    .catch((error) => { window.imported = { error: String(error) }; });
</script></body></html>`;

/** What the viewer page reports: the import's warnings and each decision shape it drew. */
interface Imported {
  readonly error?: string;
  readonly warnings?: string[];
  readonly decisions?: { readonly text: string; readonly drawn: boolean }[];
}

/** Serves the viewer page, dmn-js's bundle and styles, and the DMN file on 127.0.0.1. */
async function serveViewer(dmn: string): Promise<string> {
  const files: Record<string, () => Promise<[string, string | Buffer]>> = {
    '/': async () => ['text/html', VIEWER_PAGE],
    '/dmn-viewer.js': async () => [
      'text/javascript',
      await readFile(join(DMN_JS, 'dmn-viewer.production.min.js')),
    ],
    '/decisions.dmn': async () => ['application/xml', dmn],
  };
  for (const css of ['diagram-js.css', 'dmn-js-shared.css', 'dmn-js-drd.css']) {
    files[`/assets/${css}`] = async () => ['text/css', await readFile(join(DMN_JS, 'assets', css))];
  }
  viewerHost = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    void file().then(([type, body]) => response.writeHead(200, { 'content-type': type }).end(body));
  });
  await new Promise<void>((resolve) => viewerHost!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(viewerHost.address() as AddressInfo).port}/`;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  dir = await makeTempDir('decision-map-dmn-');
  const summary = await app.call('maps:createFromExample', { example: 'campaign-launch' });
  example = (await app.call('map:open', { id: summary.id })).doc;
  open = await newPage(browser);
  page = open.page;
  await page.goto(`${app.url}#/map/${encodeURIComponent(example.info.id)}`);
  await page.getByRole('button', { name: 'Export…' }).click();
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
  await new Promise((resolve) => (viewerHost ? viewerHost.close(resolve) : resolve(null)));
  if (dir) await removeDir(dir);
});

describe('decisions out as DMN', () => {
  test('Export → DMN downloads a file that dmn-js draws with every decision', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download DMN' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('Campaign launch (as-is) - decisions.dmn');
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).textContent())
      .toBe(`Downloaded ${file.suggestedFilename()}`);
    const dmn = await readFile(path, 'utf8');

    const viewer = await newPage(browser, { viewport: { width: 1600, height: 1000 } });
    try {
      await viewer.page.goto(await serveViewer(dmn));
      await viewer.page.waitForFunction('window.imported !== undefined');
      const imported = (await viewer.page.evaluate('window.imported')) as Imported;
      expect(imported.error).toBeUndefined();
      // dmn-moddle has no type for organisation units: the documented warning, and no other.
      expect(
        imported.warnings!.filter((w) => !/unparsable content <organizationUnit>/.test(w)),
      ).toEqual([]);

      // Every decision of the map is a shape on screen whose label reads as its name (dmn-js
      // wraps a label over lines, so white space is not compared).
      const t = (id: string) => example.transitions[id]!;
      const step = (id: string) => example.steps[id]!.label;
      const expected = example.transitionOrder
        .filter((id) => !t(id).decision.automatic)
        .map(
          (id) =>
            t(id).decision.question || t(id).label || `${step(t(id).from)} → ${step(t(id).to)}`,
        );
      const squash = (text: string) => text.replace(/\s+/g, '');
      const shapes = imported.decisions!;
      expect(shapes.every((shape) => shape.drawn)).toBe(true);
      expect(shapes.map((shape) => squash(shape.text)).sort()).toEqual(expected.map(squash).sort());
      // dmn-js's production bundle logs Inferno's development-build notice; nothing else may.
      const inferno = /minified copy of the development build of Inferno/;
      expect(viewer.problems.filter((p) => !inferno.test(p.text))).toEqual([]);
    } finally {
      await viewer.close();
    }
  });
});
