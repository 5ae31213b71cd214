/**
 * The PDF people sign off, printed from the print view with Chromium's page.pdf() (the engine
 * behind Electron's printToPDF) through browser mode, with the map file attached as the
 * desktop app attaches it, then read back with poppler: paper size, page count, no blank
 * page, every question and decider in the text, the attachment there and importable, a
 * large map tiled across pages instead of shrunk, and a to-be map's comparison page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareMaps } from '../../shared/compare';
import { changeCounts } from '../../shared/compare/measures';
import { serializeMapFile } from '../../shared/file-format';
import type { MapDocument, MapId, RoleId, StepId, TransitionId } from '../../shared/model';
import {
  DEFAULT_PRINT_OPTIONS,
  printRouteHash,
  type PrintOptions,
} from '../../shared/print/options';
import { generateMap } from '../support/generateMap';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';
import {
  laidOutForDecisions,
  pageHasInk,
  pdfAttachments,
  pdfAttachmentText,
  pdfInfo,
  pdfText,
  printMapPdf,
  type PageGlobals,
  type PdfInfo,
} from './support/pdf';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let dir: string;
let exampleId: MapId;
let bigId: MapId;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decision-map-pdf-'));
  app = await startApp();
  browser = await launchBrowser();
  open = await newPage(browser);
  exampleId = (await app.call('maps:createFromExample', { example: 'campaign-launch' })).id;
  bigId = (
    await app.call('maps:import', { text: serializeMapFile(laidOutForDecisions(generateMap(300))) })
  ).id;
}, 120_000);

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Prints a map to a file in the temporary folder; returns its path and pdfinfo. */
async function print(id: MapId, name: string, options: PrintOptions = DEFAULT_PRINT_OPTIONS) {
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, await printMapPdf(open.page, app, id, options));
  return { file, info: await pdfInfo(file) };
}

const words = (text: string) => text.replace(/\s+/g, ' ');

/** Every page has content above the footer: words of its own, or a drawing. */
async function expectNoBlankPage(file: string, info: PdfInfo, mapName: string) {
  for (let page = 1; page <= info.pages; page++) {
    const text = (await pdfText(file, page))
      .replace(new RegExp(`Page ${page} of ${info.pages}`), '')
      .replace(mapName, '')
      .trim();
    if (text !== '') continue;
    expect(await pageHasInk(file, page, join(dir, `ink-${page}`), info), `page ${page}`).toBe(true);
  }
}

function expectSize(info: PdfInfo, width: number, height: number) {
  expect(Math.abs(info.width - width)).toBeLessThan(1.5);
  expect(Math.abs(info.height - height)).toBeLessThan(1.5);
}

describe('the example map', () => {
  let example: { file: string; info: PdfInfo };
  let doc: MapDocument;

  beforeAll(async () => {
    example = await print(exampleId, 'example');
    doc = (await app.call('map:open', { id: exampleId })).doc;
  }, 120_000);

  test('is A4 landscape, a handful of pages, none blank, numbered', async () => {
    const { file, info } = example;
    expectSize(info, 842, 595);
    expect(info.pages).toBeGreaterThanOrEqual(5);
    expect(info.pages).toBeLessThanOrEqual(16);
    await expectNoBlankPage(file, info, doc.info.name);
    // One footer: the printer's template, not the page's own CSS footer as well.
    expect((await pdfText(file, 3)).match(/Page 3 of \d+/g)).toEqual([`Page 3 of ${info.pages}`]);
    expect(open.problems).toEqual([]);
  });

  test('says every decision question and decider, and the summary', async () => {
    const text = words(await pdfText(example.file));
    for (const id of doc.transitionOrder) {
      const { question, deciders } = doc.transitions[id]!.decision;
      if (question.trim()) expect(text).toContain(words(question.trim()));
      for (const role of deciders) expect(text).toContain(doc.roles[role]!.name);
    }
    expect(text).toContain('Decision health');
    expect(text).toContain('Decision register');
    expect(text).toContain('Ask the room:');
    expect(text).toContain('Parking lot');
    expect(text).toContain(doc.parkingLot[0]!.text);
    // An as-is map has nothing to compare with: the default comparison section is skipped.
    expect(text).not.toContain('Comparison with the as-is map');
    expect(text).not.toContain('Findings resolved');
  });

  test('carries the map file, which imports as the same map', async () => {
    const names = await pdfAttachments(example.file);
    expect(names).toEqual(['Campaign launch (as-is).decisionmap.json']);
    const text = await pdfAttachmentText(example.file, 1, join(dir, 'attached.json'));
    const { id } = await app.call('maps:import', { text });
    const back = (await app.call('map:open', { id })).doc;
    expect(back.steps).toEqual(doc.steps);
    expect(back.transitions).toEqual(doc.transitions);
    expect(back.parkingLot).toEqual(doc.parkingLot);
  });

  test('imports through maps:importPdf too; a PDF without a map is refused', async () => {
    const { readFile } = await import('node:fs/promises');
    const base64 = (await readFile(example.file)).toString('base64');
    const summary = await app.call('maps:importPdf', { base64 });
    // The map (and the import above) are still in the workspace: named apart from them.
    expect(summary.name).toBe(`${doc.info.name} (3)`);
    expect(summary.stepCount).toBe(doc.stepOrder.length);
    // Printed by the browser, nothing attached: refused, saying why.
    const plain = await open.page.pdf({ format: 'A4' });
    await expect(
      app.call('maps:importPdf', { base64: Buffer.from(plain).toString('base64') }),
    ).rejects.toThrow(/PDF_PRINTED_BY_BROWSER: This PDF was printed by a browser/);
  });

  test.each([
    ['A3', 'landscape', 1191, 842],
    ['Letter', 'portrait', 612, 792],
    ['A4', 'portrait', 595, 842],
  ] as const)('prints on %s %s', async (size, orientation, width, height) => {
    const { file, info } = await print(exampleId, `example-${size}-${orientation}`, {
      ...DEFAULT_PRINT_OPTIONS,
      size,
      orientation,
    });
    expectSize(info, width, height);
    await expectNoBlankPage(file, info, doc.info.name);
  });

  test('prints only the sections asked for', async () => {
    const { file, info } = await print(exampleId, 'example-register', {
      ...DEFAULT_PRINT_OPTIONS,
      sections: ['register'],
    });
    const text = await pdfText(file);
    expect(text).toContain('Decision register');
    expect(text).not.toContain('Decision health');
    expect(info.pages).toBeLessThanOrEqual(3);
  });
});

test('a map with no decisions says there is nothing to assess, never 100%', async () => {
  const { id, name } = await app.call('maps:create', { name: 'Nothing drawn yet' });
  const { file, info } = await print(id, 'empty', {
    ...DEFAULT_PRINT_OPTIONS,
    sections: ['summary', 'findings'],
  });
  const text = words(await pdfText(file));
  expect(text).toContain('Nothing to assess yet');
  expect(text).toContain('No findings, and no decisions to assess yet.');
  expect(text).not.toContain('100%');
  expect(text).not.toContain('every decision answers');
  await expectNoBlankPage(file, info, name);
});

describe('a to-be map', () => {
  let asIs: MapDocument;
  let toBe: MapDocument;
  let printed: { file: string; info: PdfInfo };

  beforeAll(async () => {
    asIs = (await app.call('map:open', { id: exampleId })).doc;
    const { id } = await app.call('maps:startRedesign', { id: exampleId });
    // The redesign: the handoff to the agency gets a decider (owner.missing resolved), and
    // the brand review goes, the creative review passing straight to legal.
    await app.call('map:apply', {
      id,
      base: 0,
      ops: [
        {
          type: 'decision/update',
          id: 't-to-agency' as TransitionId,
          patch: { deciders: ['r-mm' as RoleId] },
        },
        { type: 'elements/remove', stepIds: ['s-brand-review' as StepId], transitionIds: [] },
        {
          type: 'elements/add',
          steps: [],
          transitions: [
            {
              id: 't-creative-to-legal',
              from: 's-creative-review',
              to: 's-legal-review',
              label: '',
              kind: 'forward',
              channel: 'unknown',
              decision: {
                automatic: false,
                question: 'Is the creative ready for legal?',
                deciders: ['r-cmo'],
                consulted: [],
                approvers: [],
                recommenders: [],
                informed: [],
                requires: [],
                criteria: [],
                ifNotMet: '',
                onChange: '',
                targetHours: null,
                observedHours: 24,
              },
            },
          ],
        },
      ],
    });
    toBe = (await app.call('map:open', { id })).doc;
    printed = await print(id, 'to-be');
  }, 120_000);

  test('has the comparison after the summary, on one page, with what the redesign resolved', async () => {
    const { file, info } = printed;
    const c = compareMaps(asIs, toBe);
    expect(c.findingsResolved.length).toBeGreaterThanOrEqual(1);
    expect(c.findingsGone.length).toBeGreaterThanOrEqual(2);
    const page2 = words(await pdfText(file, 2));
    expect(page2).toContain(`Comparison with the as-is map: ${asIs.info.name}`);
    expect(page2).toContain(`Findings resolved ${c.findingsResolved.length}`);
    expect(page2).toContain(`Gone with removed steps and arrows ${c.findingsGone.length}`);
    expect(page2).toContain(`Findings introduced ${c.findingsIntroduced.length}`);
    expect(page2).toContain(`No one owns the decision on “Brief to agency → Agency concepts”.`);
    expect(page2).toContain('Checkpoints removed: Brand review.');
    // The last words of the left column and the list heading of the right: one page.
    expect(page2).toContain(changeCounts(c));
    expect(page2).toContain(
      '1 step removed, 0 added; 2 arrows removed, 1 added; 1 checkpoint removed;',
    );
    expect(page2).toContain('Observed wait on the main path');
    expect(page2).toMatch(/unknown for \d+ decisions?/);
    const page3 = words(await pdfText(file, 3));
    expect(page3).not.toContain('Comparison with the as-is map');
    // Then the two maps, with the removed brand review marked on the as-is map.
    expect(page3).toContain('The redesign on the map');
    expect(page3).toMatch(/As-is: .* · \d+ marked/);
    expect(page3.match(/− REMOVED/g)?.length).toBeGreaterThanOrEqual(
      1 + c.transitions.removed.length,
    );
    expect(page3).toContain('+ ADDED');
    await expectNoBlankPage(file, info, toBe.info.name);
    expect(open.problems).toEqual([]);
  });

  test('prints the comparison alone when only it is asked for, and not when left out', async () => {
    const alone = await print(toBe.info.id, 'to-be-comparison', {
      ...DEFAULT_PRINT_OPTIONS,
      sections: ['comparison'],
    });
    // The comparison's page and the page of the two maps.
    expect(alone.info.pages).toBe(2);
    expect(await pdfText(alone.file)).toContain('Comparison with the as-is map');
    const without = await print(toBe.info.id, 'to-be-without', {
      ...DEFAULT_PRINT_OPTIONS,
      sections: ['summary', 'register'],
    });
    expect(await pdfText(without.file)).not.toContain('Comparison with the as-is map');
  });

  test('skips the comparison once its as-is map is gone', async () => {
    const other = await app.call('maps:createFromExample', { example: 'campaign-launch' });
    const redesign = await app.call('maps:startRedesign', { id: other.id });
    await app.call('maps:delete', { id: other.id });
    const { file, info } = await print(redesign.id, 'orphan');
    const text = await pdfText(file);
    expect(text).toContain('Decision health');
    expect(text).not.toContain('Comparison with the as-is map');
    await expectNoBlankPage(file, info, redesign.name);
  });
});

describe('a 300-step map', () => {
  test('is tiled across numbered pages after an overview, and says every decision', async () => {
    const { file, info } = await print(bigId, 'big');
    const doc = (await app.call('map:open', { id: bigId })).doc;
    const text = words(await pdfText(file));
    const parts = /Map, part 1 of (\d+)/.exec(text);
    expect(parts).not.toBeNull();
    expect(Number(parts![1])).toBeGreaterThan(1);
    expect(text).toContain(`Map, part ${parts![1]} of ${parts![1]}`);
    expect(text).toContain('The map: overview');
    expect(info.pages).toBeLessThan(400);
    for (const role of Object.values(doc.roles)) {
      const decides = doc.transitionOrder.some((t) =>
        doc.transitions[t]!.decision.deciders.includes(role.id),
      );
      if (decides) expect(text).toContain(role.name);
    }
    expect(text).toContain('Is it complete enough to move on?');
    await expectNoBlankPage(file, info, doc.info.name);
    expect(await pdfAttachments(file)).toEqual(['Generated 300.decisionmap.json']);
  }, 180_000);
});

test('in a browser tab the print view opens signed in and prints its own page numbers', async () => {
  const { page } = open;
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Maps' }).waitFor();
  const hash = printRouteHash(exampleId, DEFAULT_PRINT_OPTIONS);
  // As the export dialog's browser-mode path does: a new tab of the same page, on the route.
  const [tab] = await Promise.all([
    open.context.waitForEvent('page'),
    page.evaluate((h) => void (globalThis as unknown as PageGlobals).open(`/${h}`, '_blank'), hash),
  ]);
  await tab.waitForFunction(
    () => (globalThis as unknown as PageGlobals).document.body.dataset.printReady === 'true',
  );
  await tab.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
  const file = join(dir, 'browser.pdf');
  await writeFile(file, await tab.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true }));
  const info = await pdfInfo(file);
  expectSize(info, 842, 595);
  const text = await pdfText(file, 2);
  expect(text.match(/Page 2 of \d+/g)).toEqual([`Page 2 of ${info.pages}`]);
  expect(text).not.toContain('Print or save as PDF');
  await tab.close();
});

test('browser mode cannot save a PDF itself, and says what to do instead', async () => {
  await expect(
    app.call('export:pdf', {
      id: exampleId,
      ...DEFAULT_PRINT_OPTIONS,
      sections: [...DEFAULT_PRINT_OPTIONS.sections],
    }),
  ).rejects.toThrow(/PDF_DESKTOP_ONLY: PDF export needs the desktop app/);
});
