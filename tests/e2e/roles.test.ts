/**
 * Roles are what the user says they are, in the built app: a role typed into a picker is a
 * role whatever its name ("Team Assistant" is not a team), the picker asks person, role or
 * group right there — in the inspector and on the workshop card — and a finding about a group
 * decider leads to that role's kind in the Roles panel. Then the room's votes: the projector
 * shows the top three.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Args } from '../../shared/api/contract';
import type { MapId } from '../../shared/model';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;
let mapId: MapId;

const step = (id: string, label: string, kind: string, x: number) => ({
  id,
  label,
  kind,
  performer: null,
  produces: [],
  notes: '',
  position: { x, y: 0 },
});
const arrow = (id: string, from: string, to: string, question: string) => ({
  id,
  from,
  to,
  label: '',
  kind: 'forward',
  channel: 'unknown',
  decision: {
    automatic: false,
    question,
    deciders: [],
    consulted: [],
    approvers: [],
    recommenders: [],
    informed: [],
    requires: [],
    criteria: [],
    ifNotMet: '',
    onChange: '',
    targetHours: null,
    observedHours: null,
  },
});

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  open = await newPage(browser, { viewport: { width: 1600, height: 1000 } });
  page = open.page;
  mapId = (await app.call('maps:create', { name: 'Invoice approval' })).id;
  const ops = [
    {
      type: 'elements/add',
      steps: [
        step('s-in', 'Invoice received', 'start', 0),
        step('s-assign', 'Assign approver', 'task', 320),
        step('s-approve', 'Approve invoice', 'approval', 640),
        step('s-done', 'Archived', 'end', 960),
      ],
      transitions: [
        arrow('t-assign', 's-in', 's-assign', 'Who should approve this invoice?'),
        arrow('t-approve', 's-assign', 's-approve', 'Is the invoice coded and complete?'),
        arrow('t-done', 's-approve', 's-done', 'Is the invoice approved for payment?'),
      ],
    },
  ];
  await app.call('map:apply', { id: mapId, base: 0, ops: ops as Args<'map:apply'>['ops'] });
  await page.goto(`${app.url}#/map/${mapId}`);
  await page.getByRole('group', { name: /^Archived,/ }).waitFor();
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

const pane = () => page.getByRole('complementary', { name: 'Analysis' });
const inspector = () => page.getByRole('complementary', { name: 'Inspector' });
const roles = async () => (await app.call('map:open', { id: mapId })).doc.roles;
const kindOf = async (name: string) =>
  Object.values(await roles()).find((r) => r.name === name)?.kind;
const saved = () =>
  expect.poll(() => page.getByRole('status').first().textContent()).toBe('All changes saved');

test('"Team Assistant" is a role until the user says otherwise, and is asked right there', async () => {
  await page
    .getByRole('group', { name: 'Forward arrow from Invoice received to Assign approver' })
    .focus();
  await page.keyboard.press('Enter');
  const decider = inspector().getByRole('combobox', { name: 'Decider (one accountable role)' });
  await decider.fill('Team Assistant');
  await decider.press('Enter');
  const choice = inspector().getByRole('group', { name: /“Team Assistant” is new/ });
  await choice.waitFor();
  expect(await choice.getByRole('radio', { name: 'Role' }).isChecked()).toBe(true);
  await saved();
  expect(await kindOf('Team Assistant')).toBe('role');
  // No group, so no "a group cannot be the one accountable decider".
  expect(await pane().textContent()).not.toContain('a group');

  // The user says it is a group: the finding appears, and the choice can be taken back.
  await choice.getByRole('radio', { name: 'Group' }).check();
  await expect.poll(() => kindOf('Team Assistant')).toBe('group');
  await expect
    .poll(() => pane().textContent())
    .toContain('a group cannot be the one accountable decider');
  await choice.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => choice.count()).toBe(0);
});

test("a finding about a group decider leads to that role's kind in the Roles panel", async () => {
  const finding = pane().getByRole('button', {
    name: /a group cannot be the one accountable decider/,
  });
  await finding.click();
  await expect
    .poll(() => page.evaluate("document.activeElement?.getAttribute('aria-label')"))
    .toBe('Kind of Team Assistant');
  expect(await inspector().getByRole('heading', { name: 'Roles' }).count()).toBe(1);
  await page.locator(':focus').selectOption('person');
  await expect.poll(() => kindOf('Team Assistant')).toBe('person');
  await expect
    .poll(() =>
      pane()
        .getByRole('button', { name: /a group cannot be/ })
        .count(),
    )
    .toBe(0);
});

test("the same finding among the arrow's own findings in the inspector leads there too", async () => {
  await inspector().getByLabel('Kind of Team Assistant').selectOption('group');
  await expect.poll(() => kindOf('Team Assistant')).toBe('group');
  await page
    .getByRole('group', { name: 'Forward arrow from Invoice received to Assign approver' })
    .focus();
  await page.keyboard.press('Enter');
  await inspector().locator('.element-findings-box summary').click();
  await inspector()
    .getByRole('button', { name: /a group cannot be the one accountable decider/ })
    .click();
  await expect
    .poll(() => page.evaluate("document.activeElement?.getAttribute('aria-label')"))
    .toBe('Kind of Team Assistant');
  await page.locator(':focus').selectOption('person');
  await expect.poll(() => kindOf('Team Assistant')).toBe('person');
});

test('a workshop card asks the kind of a role created on it', async () => {
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('w');
  const workshop = page.getByRole('main', { name: 'Workshop: walk the decisions' });
  await workshop.waitFor();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.locator('.walk-progress').textContent()).toBe('Decision 2 of 3');
  await page.keyboard.press('2');
  await page.keyboard.type('Accounts payable team');
  await page.keyboard.press('Enter');
  const choice = workshop.getByRole('group', { name: /“Accounts payable team” is new/ });
  await choice.waitFor();
  expect(await choice.getByRole('radio', { name: 'Role' }).isChecked()).toBe(true);
  // Workshop mode hides the save status: wait for the stored map instead.
  await expect.poll(() => kindOf('Accounts payable team')).toBe('role');
  await choice.getByRole('radio', { name: 'Person' }).check();
  await expect.poll(() => kindOf('Accounts payable team')).toBe('person');
  // The first Escape hands the keyboard back from the choice, the next leaves the walk.
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate('document.activeElement?.type ?? null')).not.toBe('radio');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'What this session defined' }).waitFor();
  await page.getByRole('button', { name: 'Back to the map' }).click();
});

test('the projector shows the three findings the room voted for most, across severities', async () => {
  const rows = pane().locator('.finding-item');
  await rows.first().waitFor();
  const messages = await rows.locator('.finding-message').allTextContents();
  expect(messages.length).toBeGreaterThanOrEqual(4);
  // Votes on the last finding (three), the first (two) and the second last (one).
  const vote = async (index: number, times: number) => {
    for (let i = 0; i < times; i++) {
      await rows.nth(index).getByRole('button', { name: 'Add a vote' }).click();
    }
  };
  const last = messages.length - 1;
  await vote(last, 3);
  await vote(0, 2);
  await vote(last - 1, 1);
  await expect
    .poll(() =>
      rows
        .nth(last - 1)
        .getByLabel('1 vote')
        .count(),
    )
    .toBe(1);
  await saved();
  await page.getByRole('region', { name: 'Workflow canvas' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('w');
  const top = page.getByRole('region', { name: 'The room’s top findings' });
  await top.waitFor();
  const listed = await top.locator('li').allTextContents();
  expect(listed).toHaveLength(3);
  expect(listed[0]).toContain('3 votes');
  expect(listed[0]).toContain(messages[last]!);
  expect(listed[1]).toContain('2 votes');
  expect(listed[1]).toContain(messages[0]!);
  expect(listed[2]).toContain('1 vote');
  expect(listed[2]).toContain(messages[last - 1]!);
  await page.keyboard.press('Escape');
  expect(open.problems).toEqual([]);
});
