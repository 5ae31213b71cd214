/**
 * Compare in the built app, on a redesign of the bundled example: the brand review is
 * removed, one handoff gets a decider, a new arrow is drawn and a step renamed. Compare must
 * keep the findings that left with the brand review apart from those the redesign resolved,
 * count in words that agree with their numbers, and draw both maps with what changed marked.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Args } from '../../shared/api/contract';
import { compareMaps, type Comparison } from '../../shared/compare';
import { changeCounts, rightsChanges } from '../../shared/compare/measures';
import type { MapId } from '../../shared/model';
import { launchBrowser, newPage, startApp, type OpenPage, type RunningApp } from './support';

let app: RunningApp;
let browser: Browser;
let open: OpenPage;
let page: Page;
let toBeId: MapId;
let c: Comparison;

const REDESIGN = [
  { type: 'decision/update', id: 't-to-agency', patch: { deciders: ['r-mm'] } },
  { type: 'elements/remove', stepIds: ['s-brand-review'], transitionIds: [] },
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
  { type: 'step/update', id: 's-legal-review', patch: { label: 'Legal check' } },
];

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  open = await newPage(browser, { viewport: { width: 1600, height: 1000 } });
  page = open.page;
  const example = await app.call('maps:createFromExample', { example: 'campaign-launch' });
  toBeId = (await app.call('maps:startRedesign', { id: example.id })).id;
  await app.call('map:apply', { id: toBeId, base: 0, ops: REDESIGN as Args<'map:apply'>['ops'] });
  const asIs = (await app.call('map:open', { id: example.id })).doc;
  const toBe = (await app.call('map:open', { id: toBeId })).doc;
  c = compareMaps(asIs, toBe);
  await page.goto(`${app.url}#/compare/${toBeId}`);
  await page.getByRole('region', { name: 'Findings resolved' }).waitFor();
});

afterAll(async () => {
  await open?.close();
  await browser?.close();
  await app?.stop();
});

const count = (name: string) =>
  page.getByRole('region', { name }).locator('.count').first().textContent();

test('keeps what left with the removed step apart from what the redesign resolved', async () => {
  expect(c.findingsGone.length).toBeGreaterThanOrEqual(3);
  expect(await count('Findings resolved')).toBe(String(c.findingsResolved.length));
  expect(await count('Gone with removed steps and arrows')).toBe(String(c.findingsGone.length));
  expect(await count('Findings introduced')).toBe(String(c.findingsIntroduced.length));
  const resolved = page.getByRole('region', { name: 'Findings resolved' });
  expect(await resolved.textContent()).toContain(
    'No one owns the decision on “Brief to agency → Agency concepts”.',
  );
  // Nothing about the brand review is counted as resolved: it went with the step.
  expect(await resolved.textContent()).not.toContain('Brand review');
  const gone = page.getByRole('region', { name: 'Gone with removed steps and arrows' });
  for (const message of await gone.locator('li').allTextContents()) {
    expect(message).toContain('Brand review');
  }
});

test('counts what changed with nouns that agree with their numbers', async () => {
  const counts = await page.locator('.compare-counts').textContent();
  expect(counts).toBe(changeCounts(c));
  expect(counts).toBe(
    '1 step removed, 0 added; 2 arrows removed, 1 added; 1 checkpoint removed; 1 decision changed.',
  );
  // The handoff that got a decider is a change of decision rights, said under the counts.
  expect(await page.locator('.compare-rights').textContent()).toBe(rightsChanges(c));
  expect(rightsChanges(c)).toBe('Decision rights changed: decider on 1 decision.');
});

test('draws the two maps with what was removed, added and changed marked in words', async () => {
  const maps = page.getByRole('region', { name: 'The two maps' });
  const asIs = maps.getByRole('img', { name: /^As-is: / });
  const toBe = maps.getByRole('img', { name: /^To-be: / });
  // Removed: the brand review and its two arrows; changed: the renamed step and the decision.
  expect(await asIs.getAttribute('aria-label')).toMatch(/with 5 elements marked$/);
  expect(await toBe.getAttribute('aria-label')).toMatch(/with 3 elements marked$/);
  const tags = async (drawing: typeof asIs) =>
    (await drawing.locator('text').allTextContents()).filter((t) =>
      /ADDED|REMOVED|CHANGED/.test(t),
    );
  expect((await tags(asIs)).sort()).toEqual([
    '~ CHANGED',
    '~ CHANGED',
    '− REMOVED',
    '− REMOVED',
    '− REMOVED',
  ]);
  expect((await tags(toBe)).sort()).toEqual(['+ ADDED', '~ CHANGED', '~ CHANGED']);
  // Each map is drawn as it is: the renamed step under its own name, the removed one only as-is.
  const labels = async (drawing: typeof asIs) => await drawing.locator('text').allTextContents();
  expect(await labels(asIs)).toEqual(expect.arrayContaining(['Brand review', 'Legal review']));
  expect(await labels(toBe)).toContain('Legal check');
  expect(await labels(toBe)).not.toContain('Brand review');
});

test('puts the maps side by side or one above the other on request', async () => {
  const row = page.locator('.compare-maps-row');
  await page.getByRole('button', { name: 'Side by side' }).click();
  await expect.poll(() => row.getAttribute('class')).toContain('is-side');
  const [left, right] = await Promise.all(
    [0, 1].map((i) => page.locator('.compare-map').nth(i).boundingBox()),
  );
  expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
  expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
  await page.getByRole('button', { name: 'One above the other' }).click();
  await expect.poll(() => row.getAttribute('class')).toContain('is-stacked');
  expect(open.problems).toEqual([]);
});
