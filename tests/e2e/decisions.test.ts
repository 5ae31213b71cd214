/**
 * The decision layer in the built app: set a decider, watch a vague criterion get named in
 * the analysis pane, fix it and see the health change, follow a finding to its field, and
 * toggle the two views.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  open = await newPage(browser);
  page = open.page;
  await page.goto(app.url);
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

const pane = () => page.getByRole('complementary', { name: 'Analysis' });
const health = () => pane().locator('.health-number').getAttribute('aria-label');
const arrow = (from: string, to: string) =>
  page.getByRole('group', { name: `Forward arrow from ${from} to ${to}` });

test('three steps drawn by keyboard carry undefined decisions', async () => {
  await page.getByRole('button', { name: 'Create your first map' }).click();
  await page.getByLabel('Map name').fill('Brief to launch');
  await page.getByRole('button', { name: 'Create map' }).click();
  await page.getByText('Start with the first step of the workflow.').waitFor();
  // Nothing drawn: nothing to assess, not "100%" or "every decision is ready".
  expect(await pane().getByRole('region', { name: 'Decision health' }).textContent()).toContain(
    'Nothing to assess yet',
  );
  expect(await pane().textContent()).not.toMatch(/100%|Every decision is ready/);
  for (const [key, name] of [
    ['1', 'Draft brief'],
    ['2', 'Creative'],
    ['8', 'Launch'],
  ] as const) {
    await page.keyboard.press(key);
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => arrow('Creative', 'Launch').count()).toBe(1);
  await expect.poll(health).toBe('Decision health 0 percent');
  expect(await pane().textContent()).toContain('No one owns the decision');
  await expect.poll(() => page.getByText('No decision defined').count()).toBe(2);
});

test('a decider is set, a vague criterion is named, a measurable one clears it', async () => {
  await page.getByRole('button', { name: 'Fit view' }).click();
  await arrow('Draft brief', 'Creative').focus();
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  // The form asks the five questions in full, numbered, as the workshop cards do.
  await inspector.getByRole('group', { name: '3. What information is required?' }).waitFor();
  await inspector.getByRole('group', { name: '5. What happens when something changes?' }).waitFor();
  await inspector
    .getByLabel('Decision question')
    .fill('Is the brief complete enough to start creative?');
  const decider = inspector.getByRole('combobox', { name: 'Decider (one accountable role)' });
  await decider.fill('Marketing lead');
  await decider.press('Enter');
  await expect
    .poll(() => inspector.getByRole('button', { name: 'Remove Marketing lead' }).count())
    .toBe(1);

  const criterion = inspector.getByRole('textbox', { name: 'Add a criterion' });
  await criterion.fill('Looks good');
  await criterion.press('Enter');
  await expect.poll(() => pane().textContent()).toMatch(/looks good/i);
  const vague = pane().getByRole('button', { name: /vague/i });
  expect(await vague.count()).toBeGreaterThan(0);
  expect(await vague.first().textContent()).toMatch(/“looks good”|"looks good"|looks good/i);
  const before = await health();

  await inspector
    .getByRole('textbox', { name: 'Criterion 1' })
    .fill('Budget, audience and launch date are filled in');
  await expect.poll(() => pane().getByRole('button', { name: /vague/i }).count()).toBe(0);
  // Fill in the rest of the decision: it becomes ready and the health moves.
  const required = inspector.getByRole('combobox', { name: 'Required information' });
  await required.fill('Brief');
  await required.press('Enter');
  await inspector.getByLabel('If the criteria are not met').fill('Back to the brief owner');
  await inspector
    .getByLabel('Change rule')
    .fill('A budget change over 10% goes back to the marketing lead');
  await inspector.getByRole('button', { name: 'Remove Brief' }).waitFor();
  // "Brief" is required but produced by no step: the step before makes it.
  await page.getByRole('group', { name: /^Draft brief,/ }).click();
  const produces = inspector.getByRole('combobox', { name: 'Produces' });
  await produces.fill('Brief');
  await produces.press('Enter');
  await expect.poll(health).not.toBe(before);
  await expect.poll(health).toBe('Decision health 50 percent');
});

test('clicking a finding selects its arrow and lands on the field that fixes it', async () => {
  const finding = pane()
    .getByRole('button', { name: /No one owns the decision on .*Creative.*Launch/ })
    .first();
  // The rule id is in the tooltip for whoever looks it up, not in the text the room reads.
  expect(await finding.getAttribute('title')).toBe('Rule owner.missing');
  expect(await pane().textContent()).not.toMatch(/owner\.missing|criteria\.missing|gate\.no-stop/);
  await finding.click();
  await expect
    .poll(() => page.evaluate("document.activeElement?.getAttribute('data-field')"))
    .toBe('deciders');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  expect(await inspector.textContent()).toContain('Creative');
  expect(await inspector.textContent()).toContain('Launch');
});

test('one key toggles the decision view and the workflow view', async () => {
  await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
  // Chips are arrow labels: they may still be coming in after the click (labelTurns.ts).
  await expect.poll(() => page.locator('.decision-chip').count()).toBe(2);
  await page.keyboard.press('d');
  await expect.poll(() => page.locator('.decision-chip').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Workflow', pressed: true }).count()).toBe(1);
  await page.keyboard.press('d');
  await expect.poll(() => page.locator('.decision-chip').count()).toBe(2);
  expect(open.problems).toEqual([]);
});

test('the room dot-votes a finding, the votes are kept, and the pane ranks every finding by them', async () => {
  const items = pane().locator('.finding-item');
  // The last finding of the last group: "most votes first" must bring it above every blocker.
  const last = items.last();
  const message = await last.locator('.finding-message').textContent();
  await last.getByRole('button', { name: 'Add a vote' }).click();
  await last.getByRole('button', { name: 'Add a vote' }).click();
  await expect.poll(() => last.getByLabel('2 votes').count()).toBe(1);
  expect(await pane().locator('.severity-blocker .finding-message').count()).toBeGreaterThan(0);
  await pane().getByLabel('Most votes first').check();
  const ranked = pane().getByRole('region', { name: 'Findings ranked by votes' });
  await expect.poll(() => ranked.locator('.finding-message').first().textContent()).toBe(message);
  // One list: no severity or question groups while ranked, and the severity said in words.
  expect(await pane().locator('.finding-group').count()).toBe(0);
  expect(await ranked.locator('.finding-severity').first().textContent()).toMatch(
    /^(Blocker|Warning|Note) · /,
  );
  await expect.poll(() => page.getByRole('status').first().textContent()).toBe('All changes saved');
  const maps = await app.call('maps:list', {});
  const { doc } = await app.call('map:open', { id: maps[0]!.id });
  expect(Object.values(doc.votes)).toEqual([2]);
});
