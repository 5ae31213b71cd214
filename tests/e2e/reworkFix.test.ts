/**
 * Findings a facilitator can trust, in the built app: an arrow drawn backwards is found as a
 * rework loop and marked as a send-back in one click (and one undo takes it back); a vague
 * criterion ("looks fine") shows as a gap on the workshop card, not "Answered".
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Args } from '../../shared/api/contract';
import type { RoleId, TransitionId } from '../../shared/model';
import {
  launchBrowser,
  newPage,
  seedMaps,
  startApp,
  type OpenPage,
  type RunningApp,
} from './support';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  // Received → Approve → Clarify → Paid, with Clarify → Approve drawn as a forward arrow.
  const [map] = await seedMaps(app, [
    {
      name: 'Invoice approval',
      steps: [
        ['start', 'Invoice received'],
        ['approval', 'Approve invoice'],
        ['task', 'Clarify with vendor'],
        ['end', 'Paid'],
      ],
      extra: [[2, 1, 'forward']],
    },
  ]);
  const ops = [
    { type: 'role/add', role: { id: 'r-approver', name: 'Approver', kind: 'role' } },
    {
      type: 'decision/update',
      id: 't1',
      patch: { question: 'Is the invoice correct?', deciders: ['r-approver' as RoleId] },
    },
    { type: 'decision/update', id: 't1' as TransitionId, patch: { criteria: ['looks fine'] } },
  ];
  const { revision } = await app.call('map:open', { id: map!.id });
  await app.call('map:apply', {
    id: map!.id,
    base: revision,
    ops: ops as Args<'map:apply'>['ops'],
  });
  browser = await launchBrowser();
  open = await newPage(browser, { viewport: { width: 1600, height: 1000 } });
  page = open.page;
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Open Invoice approval' }).click();
  await page.getByRole('group', { name: /^Paid,/ }).waitFor();
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

const pane = () => page.getByRole('complementary', { name: 'Analysis' });
const markButton = () => pane().getByRole('button', { name: 'Mark as send-back' });
const paneText = async () => (await pane().textContent()) ?? '';

test('an arrow drawn backwards is a rework loop, marked as a send-back in one click', async () => {
  await expect.poll(paneText).toContain('drawn as a forward arrow');
  expect(await paneText()).toContain('“Clarify with vendor → Approve invoice”');
  await markButton().click();
  await expect.poll(() => markButton().count()).toBe(0);
  // Still a rework loop, now marked as one: the finding stays, without the offer.
  await expect.poll(paneText).toContain('sent back for rework');
  expect(await paneText()).not.toContain('drawn as a forward arrow');
  await page
    .getByRole('group', {
      name: 'Send back (rework) arrow from Clarify with vendor to Approve invoice',
    })
    .waitFor();

  // One undo takes the whole fix back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => markButton().count()).toBe(1);
});

test('a vague criterion is a gap on the workshop card', async () => {
  await page.keyboard.press('w');
  const workshop = page.getByRole('main', { name: 'Workshop: walk the decisions' });
  await workshop.waitFor();
  const card = workshop.getByRole('region', { name: /What does good look like/ });
  await expect.poll(() => card.textContent()).toContain('Gap');
  expect(await card.textContent()).not.toContain('Answered');
  expect(await card.textContent()).toContain('“looks fine”');
});
