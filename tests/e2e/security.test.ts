/**
 * Text that looks like HTML or script — in the map's name and purpose, step labels and
 * notes, an arrow's label and decision (question, criteria, what happens otherwise), role
 * and information names, a parked question — is shown as text everywhere: Home, the editor
 * (canvas, the inspector of a step and of an arrow, the analysis pane, the map panel with
 * its roster), the decision view, workshop mode, Compare, the print view, the PDF printed
 * from it, and the SVG and CSV exports.
 *
 * On every screen: no element the payloads describe exists (no <img src=x>, no injected
 * <script>, no on* attribute anywhere, no javascript: link), window.__xss was never set, the
 * page logged no error (a CSP refusal would be one), and the payloads' literal text is there.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Args } from '../../shared/api/contract';
import type {
  InformationId,
  MapId,
  RoleId,
  StepId,
  Transition,
  TransitionId,
} from '../../shared/model';
import { emptyDecision } from '../../shared/model';
import { newStep, newTransition } from '../../shared/operations/build';
import type { Operation } from '../../shared/operations/types';
import { DEFAULT_PRINT_OPTIONS } from '../../shared/print/options';
import { parseCsv } from '../support/csv';
import {
  launchBrowser,
  makeTempDir,
  newPage,
  removeDir,
  startApp,
  type OpenPage,
  type RunningApp,
} from './support';
import { openPrintView, pdfText, printMapPdf } from './support/pdf';

const XSS = {
  img: '<img src=x onerror="window.__xss=1">',
  script: '<script>window.__xss=1</script>',
  svg: '"><svg onload=window.__xss=1>',
  js: 'javascript:window.__xss=1',
} as const;

/** Every text of the seeded map, each with a payload and a tag of its own. */
const T = {
  mapName: `Plan ${XSS.img}`,
  purpose: `Purpose ${XSS.script}`,
  s1: `Ask ${XSS.img}`,
  s2: `Build ${XSS.script}`,
  s3: `Check ${XSS.svg}`,
  s4: `Done ${XSS.js}`,
  notes: `Notes ${XSS.svg}`,
  arrow: `Arrow ${XSS.img}`,
  question: `Question ${XSS.svg}`,
  criterion1: `Crit ${XSS.script}`,
  criterion2: `Crit ${XSS.js}`,
  ifNotMet: `Else ${XSS.img}`,
  onChange: `Change ${XSS.script}`,
  role: `Lead ${XSS.script}`,
  person: `Owner ${XSS.svg}`,
  info: `Brief ${XSS.img}`,
  parked: `Parked ${XSS.script}`,
} as const;

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;
let dir: string;
let asIs: MapId;
let toBe: MapId;

const S = ['s1', 's2', 's3', 's4'] as unknown as StepId[];
const t = (id: string, from: number, to: number): Transition =>
  newTransition(id as TransitionId, S[from]!, S[to]!);

async function seed(): Promise<MapId> {
  const { id } = await app.call('maps:create', { name: T.mapName });
  const role = 'r1' as RoleId;
  const person = 'r2' as RoleId;
  const info = 'i1' as InformationId;
  const steps = [
    newStep(S[0]!, 'start', { x: 0, y: 0 }, T.s1),
    { ...newStep(S[1]!, 'task', { x: 320, y: 0 }, T.s2), performer: role, produces: [info] },
    { ...newStep(S[2]!, 'review', { x: 640, y: 0 }, T.s3), notes: T.notes },
    newStep(S[3]!, 'end', { x: 960, y: 0 }, T.s4),
  ];
  const decided: Transition = {
    ...t('t2', 1, 2),
    label: T.arrow,
    decision: {
      ...emptyDecision,
      question: T.question,
      deciders: [person],
      requires: [info],
      criteria: [T.criterion1, T.criterion2],
      ifNotMet: T.ifNotMet,
      onChange: T.onChange,
    },
  };
  const ops: Operation[] = [
    { type: 'map/setPurpose', purpose: T.purpose },
    { type: 'role/add', role: { id: role, name: T.role, kind: 'role' } },
    { type: 'role/add', role: { id: person, name: T.person, kind: 'person' } },
    { type: 'information/add', item: { id: info, name: T.info, external: false } },
    { type: 'elements/add', steps, transitions: [t('t1', 0, 1), decided, t('t3', 2, 3)] },
    { type: 'parking/add', item: { id: 'p1', text: T.parked, target: null } },
  ];
  // The contract's input type is the schema's (mutable arrays); the model's are readonly.
  await app.call('map:apply', { id, base: 0, ops: ops as Args<'map:apply'>['ops'] });
  return id;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  dir = await makeTempDir('decision-map-security-');
  asIs = await seed();
  toBe = (await app.call('maps:startRedesign', { id: asIs })).id;
  // A difference for Compare to list: the to-be map asks a question the as-is map did not.
  await app.call('map:apply', {
    id: toBe,
    base: 0,
    ops: [{ type: 'decision/update', id: 't1', patch: { question: T.question } }],
  });
  open = await newPage(browser, { viewport: { width: 1600, height: 1000 } });
  page = open.page;
}, 60_000);

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
  if (dir) await removeDir(dir);
});

/** Whitespace-free, so text wrapped onto lines (print view, PDF) still compares. */
const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The few DOM shapes the page functions below use (this file is type-checked without the
 * DOM's types, like the other end-to-end tests). Each function runs in the page on its own.
 */
interface DomElement {
  readonly localName: string;
  readonly attributes: ArrayLike<{ readonly name: string }>;
  readonly value?: string;
  getAttribute(name: string): string | null;
}
interface DomDocument {
  readonly body: { readonly textContent: string | null };
  readonly documentElement: { readonly textContent: string | null };
  readonly scripts: ArrayLike<{ readonly src: string; readonly text: string }>;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}
interface PageGlobals {
  readonly document: DomDocument;
  readonly __xss?: unknown;
  readonly DOMParser: new () => { parseFromString(source: string, type: string): DomDocument };
}

/** What the page shows as text: its text nodes plus what its fields hold. */
const shownText = (p: Page) =>
  p.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobals;
    const fields = Array.from(document.querySelectorAll('input, textarea'));
    return `${document.body.textContent ?? ''}\n${fields.map((f) => f.value ?? '').join('\n')}`;
  });

/** Nothing the payloads describe became an element, attribute or script run. */
async function expectNoInjection(p: Page, where: string) {
  const found = await p.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    const { document } = page;
    const scripts = Array.from(document.scripts);
    return {
      xss: page.__xss ?? null,
      imgX: document.querySelectorAll('img[src="x"]').length,
      svgOnload: document.querySelectorAll('svg[onload]').length,
      inlineScripts: scripts.filter((s) => !s.src).length,
      scriptsWithPayload: scripts.filter((s) => s.text.includes('__xss')).length,
      onAttributes: Array.from(document.querySelectorAll('*')).flatMap((el) =>
        Array.from(el.attributes)
          .filter((a) => a.name.startsWith('on'))
          .map((a) => `${el.localName}[${a.name}]`),
      ),
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')
        .length,
    };
  });
  expect(found, where).toEqual({
    xss: null,
    imgX: 0,
    svgOnload: 0,
    inlineScripts: 0,
    scriptsWithPayload: 0,
    onAttributes: [],
    javascriptLinks: 0,
  });
  expect(open.problems, where).toEqual([]);
}

async function expectShown(p: Page, where: string, texts: readonly string[]) {
  const shown = squash(await shownText(p));
  for (const text of texts) expect(shown, `${where}: ${text}`).toContain(squash(text));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A step on the canvas: its accessible name is "label, kind step". */
const canvasStep = (label: string) =>
  page.getByRole('group', { name: new RegExp(`^${escapeRegExp(label)}, `) });

describe('HTML and script in names and labels render as text', () => {
  test('Home', async () => {
    await page.goto(app.url);
    await page.getByText(T.mapName, { exact: true }).first().waitFor();
    await expectShown(page, 'Home', [T.mapName]);
    await expectNoInjection(page, 'Home');
  });

  test('the editor: canvas with its decision chips, analysis pane', async () => {
    await page.goto(`${app.url}#/map/${encodeURIComponent(asIs)}`);
    await canvasStep(T.s4).waitFor();
    await page.getByText(T.s1, { exact: true }).first().waitFor();
    await page.locator('.decision-chip').first().waitFor();
    await expectShown(page, 'editor', [T.mapName, T.s1, T.s2, T.s3, T.s4, T.question, T.person]);
    const pane = page.getByRole('complementary', { name: 'Analysis' });
    expect(squash((await pane.textContent()) ?? '')).toContain(squash(T.s1));
    await expectNoInjection(page, 'editor');
  });

  test('the map panel: purpose, roles, information, parking lot', async () => {
    await page.getByRole('button', { name: 'Roles and information' }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.waitFor();
    expect(await inspector.getByRole('textbox', { name: `Name of ${T.role}` }).inputValue()).toBe(
      T.role,
    );
    await expectShown(page, 'map panel', [T.purpose, T.role, T.person, T.info, T.parked]);
    await expectNoInjection(page, 'map panel');
    await page.getByRole('button', { name: 'Roles and information' }).click();
  });

  test('swimlanes named by role', async () => {
    await page.getByRole('button', { name: 'Swimlanes' }).click();
    await expect.poll(async () => squash(await shownText(page))).toContain(squash(T.role));
    await expectNoInjection(page, 'swimlanes');
    await page.getByRole('button', { name: 'Swimlanes' }).click();
  });

  test('the inspector of a step and of an arrow', async () => {
    await canvasStep(T.s2).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect.poll(() => inspector.textContent()).toContain(T.role);
    await expectShown(page, 'step inspector', [T.s2, T.role, T.info]);
    await expectNoInjection(page, 'step inspector');

    await canvasStep(T.s3).click();
    await expect.poll(async () => squash(await shownText(page))).toContain(squash(T.notes));
    await expectNoInjection(page, 'step inspector with notes');

    const arrow = page.getByRole('group', { name: /^Forward arrow from Build/ });
    await arrow.first().focus();
    await page.keyboard.press('Enter');
    await inspector.getByLabel('Decision question').waitFor();
    expect(await inspector.getByLabel('Decision question').inputValue()).toBe(T.question);
    await expectShown(page, 'arrow inspector', [
      T.arrow,
      T.question,
      T.criterion1,
      T.criterion2,
      T.ifNotMet,
      T.onChange,
      T.person,
      T.info,
    ]);
    await expectNoInjection(page, 'arrow inspector');
  });

  test('the workflow view and the decision view', async () => {
    const canvas = page.getByRole('region', { name: 'Workflow canvas' });
    await canvas.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('d');
    await expect.poll(() => page.locator('.decision-chip').count()).toBe(0);
    await expectShown(page, 'workflow view', [T.s1, T.s2, T.s3, T.s4]);
    await expectNoInjection(page, 'workflow view');
    await page.keyboard.press('d');
    // Chips come in a few per frame once the view rests (labelTurns.ts): wait for the text.
    const chips = async () =>
      squash((await page.locator('.decision-chip').allTextContents()).join(''));
    await expect.poll(chips).toContain(squash(T.question));
    await expect.poll(chips).toContain(squash(T.person));
    await expectNoInjection(page, 'decision view');
  });

  test('workshop mode', async () => {
    await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('w');
    const workshop = page.getByRole('main', { name: 'Workshop: walk the decisions' });
    await workshop.waitFor();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.walk-progress').textContent()).toBe('Decision 2 of 3');
    await expectShown(page, 'workshop', [
      T.s2,
      T.s3,
      T.question,
      T.criterion1,
      T.criterion2,
      T.person,
      T.parked,
    ]);
    await expectNoInjection(page, 'workshop');
    await page.keyboard.press('Escape');
  });

  test('Compare', async () => {
    await page.goto(`${app.url}#/compare/${encodeURIComponent(toBe)}`);
    await page.getByRole('heading', { name: T.mapName, exact: true }).first().waitFor();
    await expectShown(page, 'compare', [T.mapName, T.s1, T.s2]);
    await expectNoInjection(page, 'compare');
  });

  test('the print view and its PDF', async () => {
    await openPrintView(page, app, asIs, DEFAULT_PRINT_OPTIONS);
    const everything = [
      T.mapName,
      T.s1,
      T.s2,
      T.s3,
      T.s4,
      T.question,
      T.criterion1,
      T.criterion2,
      T.person,
      T.info,
      T.parked,
    ];
    await expectShown(page, 'print view', everything);
    await expectNoInjection(page, 'print view');

    const file = join(dir, 'map.pdf');
    await writeFile(file, await printMapPdf(page, app, asIs, DEFAULT_PRINT_OPTIONS));
    const text = squash(await pdfText(file));
    for (const literal of everything) expect(text, `PDF: ${literal}`).toContain(squash(literal));
    await expectNoInjection(page, 'print view after printing');
  });

  test('the SVG and CSV exports', async () => {
    await page.goto(`${app.url}#/map/${encodeURIComponent(asIs)}`);
    await canvasStep(T.s4).waitFor();
    await page.getByRole('button', { name: 'Export…' }).click();
    const download = async (button: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      const path = join(dir, file.suggestedFilename());
      await file.saveAs(path);
      return readFile(path, 'utf8');
    };

    const svg = await download('Download SVG');
    // Parsed as the SVG document it is: the labels are text, not elements or handlers.
    const parsed = await page.evaluate((source) => {
      const page = globalThis as unknown as PageGlobals;
      const doc = new page.DOMParser().parseFromString(source, 'image/svg+xml');
      const all = Array.from(doc.querySelectorAll('*'));
      return {
        error: doc.querySelector('parsererror') !== null,
        scripts: doc.querySelectorAll('script').length,
        images: all.filter((el) => el.localName === 'img' && el.getAttribute('src') === 'x').length,
        onAttributes: all.flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => a.name.startsWith('on'))
            .map((a) => `${el.localName}[${a.name}]`),
        ),
        text: doc.documentElement.textContent ?? '',
      };
    }, svg);
    expect(parsed).toMatchObject({
      error: false,
      scripts: 0,
      images: 0,
      onAttributes: [],
    });
    for (const label of [T.s1, T.s2, T.s3, T.s4])
      expect(squash(parsed.text), `SVG: ${label}`).toContain(squash(label));
    expect(svg).not.toContain(XSS.script);
    expect(svg).not.toContain('<img src=x');

    const rows = parseCsv(await download('Download CSV'));
    const cells = rows.flat();
    for (const literal of [T.s2, T.s3, T.question]) expect(cells.join('\n')).toContain(literal);
    await expectNoInjection(page, 'export dialog');
  });
});
