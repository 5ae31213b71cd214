/**
 * The decision-rights matrix in the built app, by keyboard: open the example, switch to the
 * matrix (R), change a cell by typing its letter, see the inspector and the analysis follow,
 * undo, switch notation, export the matrix CSV and read it back. Screenshots of the matrix
 * at 1280x800, light and dark, normal and projector, into /work/shots/matrix/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MapDocument } from '../../shared/model';
import { DEFAULT_PRINT_OPTIONS } from '../../shared/print/options';
import { parseCsv } from '../support/csv';
import { pdfText, printMapPdf } from './support/pdf';
import {
  launchBrowser,
  makeTempDir,
  newPage,
  removeDir,
  startApp,
  type OpenPage,
  type RunningApp,
} from './support';

const SHOTS = process.env.MATRIX_SHOTS ?? '/work/shots/matrix';

let app: RunningApp;
let browser: Browser;
let dir: string;
let open: OpenPage;
let page: Page;
let example: MapDocument;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  dir = await makeTempDir('decision-map-matrix-');
  const summary = await app.call('maps:createFromExample', { example: 'campaign-launch' });
  example = (await app.call('map:open', { id: summary.id })).doc;
  open = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  page = open.page;
  await page.goto(`${app.url}#/map/${encodeURIComponent(example.info.id)}`);
  await page.getByRole('group', { name: /^Campaign live,/ }).waitFor();
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
  if (dir) await removeDir(dir);
});

const grid = () => page.getByRole('grid');
/** The cell of `role` in the row of the decision asking `question`. */
const cell = (question: string, role: string) =>
  grid()
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: question, exact: true }) })
    .getByRole('gridcell', { name: new RegExp(`^${role}:`) });
const findingCount = (rule: RegExp) => page.locator('.analysis-pane').getByText(rule).count();

test('R opens the matrix; the toolbar shows it as the third view', async () => {
  await page.keyboard.press('r');
  await grid().waitFor();
  await expect
    .poll(() => page.getByRole('button', { name: 'Matrix' }).getAttribute('aria-pressed'))
    .toBe('true');
  expect(await page.getByRole('columnheader', { name: /^CMO/ }).count()).toBe(1);
  // RACI is the default notation: the CMO is accountable (A) for funding the campaign.
  expect(await cell('Is this campaign worth funding?', 'CMO').textContent()).toBe('A');
  expect(await page.getByRole('row', { name: /^Totals/ }).textContent()).toContain(
    'Most decisions',
  );
});

test('a typed letter changes the cell, the inspector and the analysis; Ctrl+Z undoes it', async () => {
  const question = 'Is the brief complete enough to review?';
  const target = cell(question, 'CMO');
  await target.click();
  await expect.poll(() => target.getAttribute('aria-selected')).toBe('true');
  // The inspector shows the same decision.
  const deciders = page.getByRole('list', { name: 'Decider (one accountable role): chosen' });
  await expect.poll(() => deciders.textContent()).not.toContain('CMO');
  const sharedBefore = await findingCount(/names 2 deciders/);
  // The CMO performs the brief review, so RACI already shows R (Responsible) there.
  const before = await target.textContent();
  expect(before).toBe('R');
  // Move with the keyboard away and back, then type A (RACI: Accountable, the deciders).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('a');
  await expect.poll(() => target.textContent()).toBe('RA');
  await expect.poll(() => deciders.textContent()).toContain('CMO');
  // Two deciders now: the analysis names the shared ownership.
  await expect.poll(() => findingCount(/names 2 deciders/)).toBeGreaterThan(sharedBefore);
  await page.keyboard.press('Control+z');
  await expect.poll(() => target.textContent()).toBe('R');
  await expect.poll(() => deciders.textContent()).not.toContain('CMO');
});

test('the performer letter is shown, not edited, in the grid', async () => {
  const before = await cell('Is the brief complete enough to review?', 'CMO').textContent();
  await page.keyboard.press('r'); // RACI R is the performer of the next step
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: /performer/i })
        .count(),
    )
    .toBe(1);
  expect(await cell('Is the brief complete enough to review?', 'CMO').textContent()).toBe(before);
});

test('Enter opens the menu of letters; picking one toggles it', async () => {
  const target = cell('Is this campaign worth funding?', 'Marketing manager');
  await target.click();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await menu.getByRole('menuitemcheckbox', { name: /Consulted/ }).click();
  await expect.poll(() => target.textContent()).toBe('C');
  await expect.poll(() => menu.count()).toBe(0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => target.textContent()).toBe('');
});

test('switching notation relabels the cells and is one undoable edit', async () => {
  await page
    .getByRole('group', { name: 'Notation' })
    .getByRole('button', { name: 'RAPID' })
    .click();
  await expect.poll(() => cell('Is this campaign worth funding?', 'CMO').textContent()).toBe('D');
  await page.getByRole('group', { name: 'Notation' }).getByRole('button', { name: 'DACI' }).click();
  await expect.poll(() => cell('Is this campaign worth funding?', 'CMO').textContent()).toBe('A');
});

test('screenshots: 1280x800 and projector, light and dark', async () => {
  await mkdir(SHOTS, { recursive: true });
  await page.evaluate('document.fonts.ready');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await grid().waitFor();
    await page.screenshot({ path: join(SHOTS, `matrix-1280x800-${scheme}.png`) });
    // The projector theme is workshop mode's tokens (workshop.css): the matrix draws from
    // the same tokens, so with them it must read from the back of the room.
    await page.evaluate('document.documentElement.classList.add("workshop-mode")');
    await page.screenshot({ path: join(SHOTS, `matrix-projector-${scheme}.png`) });
    await page.evaluate('document.documentElement.classList.remove("workshop-mode")');
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('the matrix CSV downloads in the chosen notation and reads back', async () => {
  await page.getByRole('button', { name: 'Export…' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /matrix CSV/ }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('Campaign launch (as-is) - decision rights.csv');
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  const { readFile } = await import('node:fs/promises');
  const rows = parseCsv(await readFile(path, 'utf8'));
  expect(rows[0]![0]).toMatch(/^Decision \(DACI: D = Driver/);
  const cmo = rows[0]!.indexOf('CMO');
  const funding = rows.find((r) => r[0] === 'Is this campaign worth funding?')!;
  expect(funding[cmo]).toBe('A');
  expect(rows.at(-1)![0]).toBe('Totals');
});

test('the PDF has a decision-rights page in the map’s notation, which can be left out', async () => {
  const { writeFile } = await import('node:fs/promises');
  const withMatrix = join(dir, 'with.pdf');
  await writeFile(
    withMatrix,
    await printMapPdf(page, app, example.info.id, {
      ...DEFAULT_PRINT_OPTIONS,
      sections: ['matrix'],
    }),
  );
  const text = (await pdfText(withMatrix)).replace(/\s+/g, ' ');
  expect(text).toContain('Decision rights (DACI)');
  expect(text).toContain('Is this campaign worth funding?');
  expect(text).toMatch(/decides 6, agrees on 0, consulted on 0 — most decisions/);
  const without = join(dir, 'without.pdf');
  await writeFile(
    without,
    await printMapPdf(page, app, example.info.id, {
      ...DEFAULT_PRINT_OPTIONS,
      sections: ['summary', 'register'],
    }),
  );
  expect(await pdfText(without)).not.toContain('Decision rights (');
});
