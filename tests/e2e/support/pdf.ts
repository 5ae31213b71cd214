/**
 * Printing the print view to PDF the way the desktop app does, but with the system Chromium's
 * page.pdf() (the same engine as Electron's printToPDF) through browser mode; and reading
 * PDFs back with poppler (`pdfinfo`, `pdftotext`, `pdftoppm`, `pdfdetach`). Used by the PDF
 * end-to-end test, its benchmark and the script that turns the example's pages into PNGs.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { attachMapFile, footerTemplate, HEADER_TEMPLATE } from '../../../main/pdf/attachment';
import type { MapDocument, MapId, Step } from '../../../shared/model';
import { PAGE_MARGIN_MM, printRouteHash, type PrintOptions } from '../../../shared/print/options';
import type { RunningApp } from './app';

const run = promisify(execFile);

/**
 * A generated map laid out the way people lay maps out for the decision view (the bundled
 * example's spacing): rows of ten steps, with room between them for the decision chips.
 * generateMap's own grid puts steps edge to edge, which no one would print.
 */
export function laidOutForDecisions(doc: MapDocument, perRow = 10): MapDocument {
  const steps: Record<string, Step> = {};
  doc.stepOrder.forEach((id, i) => {
    const position = { x: (i % perRow) * 448, y: Math.floor(i / perRow) * 256 };
    steps[id] = { ...doc.steps[id]!, position };
  });
  return { ...doc, steps };
}

/** The page's globals that we read (this file is type-checked without the DOM's types). */
export type PageGlobals = {
  document: { body: { dataset: Record<string, string | undefined> } };
  open(url: string, target: string): unknown;
};

/** Opens the print view of a map in `page` and waits until it says it is ready to print. */
export async function openPrintView(
  page: Page,
  app: RunningApp,
  id: MapId,
  options: PrintOptions,
): Promise<void> {
  await page.goto(`${app.url}${printRouteHash(id, options, { printerFooter: true })}`);
  // Functions, not strings: the page's CSP forbids evaluating strings ('unsafe-eval'); each
  // is sent to the page on its own, so it can use nothing from this file.
  const handle = await page.waitForFunction(
    () => (globalThis as unknown as PageGlobals).document.body.dataset.printReady,
    undefined,
    {
      timeout: 60_000,
    },
  );
  const state = await handle.jsonValue();
  if (state !== 'true') {
    const error = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).document.body.dataset.printError,
    );
    throw new Error(`The print view did not get ready: ${error ?? state}`);
  }
}

/** The PDF of a map as the desktop app saves it: printed, with the map file attached. */
export async function printMapPdf(
  page: Page,
  app: RunningApp,
  id: MapId,
  options: PrintOptions,
): Promise<Uint8Array> {
  await openPrintView(page, app, id, options);
  const { doc } = await app.call('map:open', { id });
  return attachMapFile(await printOpenView(page, doc.info.name, options), doc);
}

/** Chromium's PDF of the print view open in `page`, as the desktop app prints it. */
export function printOpenView(
  page: Page,
  mapName: string,
  options: PrintOptions,
): Promise<Uint8Array> {
  const m = PAGE_MARGIN_MM;
  return page.pdf({
    format: options.size,
    landscape: options.orientation === 'landscape',
    printBackground: true,
    preferCSSPageSize: true,
    margin: {
      top: `${m.top}mm`,
      right: `${m.right}mm`,
      bottom: `${m.bottom}mm`,
      left: `${m.left}mm`,
    },
    displayHeaderFooter: true,
    headerTemplate: HEADER_TEMPLATE,
    footerTemplate: footerTemplate(mapName),
  });
}

export interface PdfInfo {
  readonly pages: number;
  /** The first page's size in points, e.g. 841.89 x 595.28 for A4 landscape. */
  readonly width: number;
  readonly height: number;
}

export async function pdfInfo(file: string): Promise<PdfInfo> {
  const { stdout } = await run('pdfinfo', [file]);
  const pages = /^Pages:\s+(\d+)/m.exec(stdout);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  if (!pages || !size) throw new Error(`pdfinfo did not say pages and size:\n${stdout}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
}

/** The text of some pages (all by default) in content order, so wrapped lines stay together. */
export async function pdfText(file: string, first?: number, last?: number): Promise<string> {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

/**
 * True when the page, rendered small in grey, has a pixel that is not (nearly) white above
 * its bottom margin: the footer printed there on every page does not count as content.
 */
export async function pageHasInk(
  file: string,
  page: number,
  outPrefix: string,
  info: PdfInfo,
): Promise<boolean> {
  const dpi = 20;
  const bodyPt = info.height - (PAGE_MARGIN_MM.bottom / 25.4) * 72;
  const crop = ['-x', '0', '-y', '0', '-W', String(Math.floor((info.width * dpi) / 72))];
  crop.push('-H', String(Math.floor((bodyPt * dpi) / 72)));
  const range = ['-f', String(page), '-l', String(page)];
  await run('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    ...range,
    ...crop,
    '-singlefile',
    file,
    outPrefix,
  ]);
  const pgm = await readFile(`${outPrefix}.pgm`);
  // Binary PGM: "P5", width, height, maxval, one whitespace, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  return pgm.subarray(header[0].length).some((value) => value < 235);
}

/** The names `pdfdetach -list` shows for the PDF's attachments. */
export async function pdfAttachments(file: string): Promise<string[]> {
  const { stdout } = await run('pdfdetach', ['-list', file]);
  return stdout
    .split('\n')
    .map((line) => /^\d+:\s+(.*)$/.exec(line.trim())?.[1])
    .filter((name): name is string => name !== undefined);
}

/** Saves attachment `n` (1-based, as `pdfdetach -list` numbers them) and returns its text. */
export async function pdfAttachmentText(file: string, n: number, out: string): Promise<string> {
  await run('pdfdetach', ['-save', String(n), '-o', out, file]);
  return readFile(out, 'utf8');
}
