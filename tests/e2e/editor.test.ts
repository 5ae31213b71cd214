/**
 * Drawing a workflow the way a facilitator does, by keyboard, in the built app in Chromium
 * against a real workspace database; then reloading and finding everything as it was.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COMMANDS, keysText } from '../../shared/commands';
import type { MapId } from '../../shared/model';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const step = (page: Page, name: string) =>
  page.getByRole('group', { name: new RegExp(`^${name},`) });

async function allSaved(page: Page) {
  await expect.poll(() => page.getByRole('status').textContent()).toBe('All changes saved');
}

/** The map as stored in the database, read through the API (not through the page). */
async function stored(id: string) {
  const { doc } = await app.call('map:open', { id: id as MapId });
  const steps = doc.stepOrder.map((s) => doc.steps[s]!);
  const label = (s: string) => doc.steps[s]?.label;
  const arrows = doc.transitionOrder.map((t) => {
    const tr = doc.transitions[t]!;
    return `${label(tr.from)} -> ${label(tr.to)}${tr.kind === 'forward' ? '' : ` (${tr.kind})`}`;
  });
  return { name: doc.info.name, steps: steps.map((s) => `${s.label} [${s.kind}]`), arrows };
}

/** Frames the whole map, as a person does before pointing at steps, and waits until it rests. */
async function fitView(page: Page) {
  const canvas = page.getByRole('region', { name: 'Workflow canvas' });
  const rests = async () => Number((await canvas.getAttribute('data-view-rests')) ?? 0);
  const before = await rests();
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect.poll(rests).toBeGreaterThan(before);
}

function mapIdOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).hash.replace('#/map/', ''));
}

describe('drawing a workflow', () => {
  let open: OpenPage;
  let page: Page;
  let mapId: string;

  beforeAll(async () => {
    open = await newPage(browser);
    page = open.page;
    await page.goto(app.url);
  });

  afterAll(() => open.close());

  test('an empty workspace says what the app is for and creates the first map', async () => {
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/decided/);
    await page.getByRole('button', { name: 'Create your first map' }).click();
    await page.getByLabel('Map name').fill('Campaign launch');
    await page.getByRole('button', { name: 'Create map' }).click();
    await expect.poll(() => page.getByLabel('Map name').inputValue()).toBe('Campaign launch');
    mapId = mapIdOf(page);
    expect(mapId).not.toBe('');
  });

  test('steps are added, named and connected by keyboard alone', async () => {
    // 1 = start, 4 = approval, 2 = task, 8 = end; each new step follows the selected one.
    for (const [key, name] of [
      ['1', 'Draft brief'],
      ['4', 'Brief approval'],
      ['2', 'Creative'],
      ['8', 'Launch'],
    ] as const) {
      await page.keyboard.press(key);
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => step(page, 'Launch').count()).toBe(1);

    await fitView(page);
    // Connect "Creative" back to "Draft brief" with the keyboard connect dialog.
    await step(page, 'Creative').focus();
    await page.keyboard.press('Enter'); // select the focused step
    await page.keyboard.press('c');
    await page.getByRole('combobox', { name: 'Find a step' }).fill('draft');
    await page.keyboard.press('Enter');
    await page.getByLabel('Kind').selectOption('send-back');
    await allSaved(page);

    expect(await stored(mapId)).toEqual({
      name: 'Campaign launch',
      steps: [
        'Draft brief [start]',
        'Brief approval [approval]',
        'Creative [task]',
        'Launch [end]',
      ],
      arrows: [
        'Draft brief -> Brief approval',
        'Brief approval -> Creative',
        'Creative -> Launch',
        'Creative -> Draft brief (send-back)',
      ],
    });
  });

  test('a step is renamed inline and its kind changed in the inspector', async () => {
    await step(page, 'Creative').click();
    await page.keyboard.press('F2');
    const field = page.getByRole('textbox', { name: 'Step name' });
    await field.fill('Creative concepts');
    await field.press('Enter');
    await page.getByLabel('Kind').selectOption('review');
    await expect
      .poll(() => step(page, 'Creative concepts').getAttribute('aria-label'))
      .toBe('Creative concepts, review step');
    await allSaved(page);
    expect((await stored(mapId)).steps[2]).toBe('Creative concepts [review]');
  });

  test('undo and redo walk back and forth through the edits, and are saved', async () => {
    await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z'); // kind back to task
    await page.keyboard.press('Control+z'); // name back to Creative
    await expect
      .poll(() => step(page, 'Creative').getAttribute('aria-label'))
      .toBe('Creative, task step');
    await allSaved(page);
    expect((await stored(mapId)).steps[2]).toBe('Creative [task]');

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => step(page, 'Creative concepts').count()).toBe(1);
    await allSaved(page);
    expect((await stored(mapId)).steps[2]).toBe('Creative concepts [task]');
  });

  test('deleting a step takes its arrows; undo brings both back', async () => {
    await fitView(page);
    await step(page, 'Brief approval').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => step(page, 'Brief approval').count()).toBe(0);
    await allSaved(page);
    expect((await stored(mapId)).arrows).toEqual([
      'Creative concepts -> Launch',
      'Creative concepts -> Draft brief (send-back)',
    ]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => step(page, 'Brief approval').count()).toBe(1);
    await allSaved(page);
    expect((await stored(mapId)).arrows).toHaveLength(4);
  });

  test('copy and paste make a connected copy of the selected steps', async () => {
    await fitView(page);
    await step(page, 'Draft brief').click();
    await step(page, 'Brief approval').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => step(page, 'Draft brief').count()).toBe(2);
    await allSaved(page);
    const { steps, arrows } = await stored(mapId);
    expect(steps).toHaveLength(6);
    expect(arrows.filter((a) => a === 'Draft brief -> Brief approval')).toHaveLength(2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => step(page, 'Draft brief').count()).toBe(1);
    await allSaved(page);
  });

  test('after a reload everything is there as it was', async () => {
    await page.reload();
    await expect.poll(() => step(page, 'Launch').count()).toBe(1);
    const labels = await page
      .locator('.react-flow__node')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
    // Undo of a deletion puts the step back at the end of the drawing order.
    expect(labels.sort()).toEqual([
      'Brief approval, approval step',
      'Creative concepts, task step',
      'Draft brief, start step',
      'Launch, end step',
    ]);
    expect(await page.locator('.react-flow__edge').count()).toBe(4);
    // Arrow captions come in a few frames after the steps, once the first view has rested
    // (canvas/labelTurns.ts): wait for the caption itself, not for the steps.
    await expect.poll(() => page.getByText('Send back', { exact: true }).count()).toBe(1);
    expect(open.problems).toEqual([]);
  });

  test('the shortcut list is one key away', async () => {
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Auto-layout');
    // The list is the command table, the one the key handler and the menu read.
    const rows = await dialog.getByRole('row').allTextContents();
    expect(rows).toEqual(COMMANDS.map((c) => `${keysText(c)}${c.label}`));
    expect(rows).toContain('Ctrl+Shift+Z or Ctrl+YRedo');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // The desktop menu's item runs the same command (App.tsx passes it on as this event).
    await page.evaluate(
      "window.dispatchEvent(new CustomEvent('decision-map:command', { detail: 'help:shortcuts' }))",
    );
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});

describe('home', () => {
  test('maps are listed newest first and can be renamed, duplicated, deleted and restored', async () => {
    const { page, problems, close } = await newPage(browser);
    await app.call('maps:create', { name: 'Agency onboarding' });
    await page.goto(app.url);
    const rows = page.getByRole('list', { name: 'Maps' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.first().textContent()).toContain('Agency onboarding');
    expect(
      await page.getByRole('button', { name: 'Open Campaign launch' }).textContent(),
    ).toContain('4 steps');

    await page.getByRole('button', { name: 'Rename Agency onboarding' }).click();
    await page.getByLabel('Map name').fill('Client onboarding');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(() => rows.first().textContent()).toContain('Client onboarding');

    await page.getByRole('button', { name: 'Duplicate Campaign launch' }).click();
    await expect.poll(() => rows.first().textContent()).toContain('Campaign launch (copy)');

    await page.getByRole('button', { name: 'Delete Client onboarding' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Open Client onboarding' }).count())
      .toBe(0);
    await page.getByText('Trash (1)').click();
    await page.getByRole('button', { name: 'Restore Client onboarding' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Open Client onboarding' }).count())
      .toBe(1);

    const maps = await app.call('maps:list', {});
    expect(maps.map((m) => m.name).sort()).toEqual(
      ['Campaign launch', 'Campaign launch (copy)', 'Client onboarding'].sort(),
    );
    expect(problems).toEqual([]);
    await close();
  });
});
