/**
 * Choosing the page of a draw.io file: the pages listed with the steps each would bring in
 * (over a real two-page file and made-up ones), and a page named on the command line by its
 * name or its number.
 */
import { describe, expect, test } from 'vitest';
import { readDrawio } from '../../../main/import/drawio';
import { drawioToMap } from '../../../shared/import/drawio';
import { findPage, pageSummaries } from '../../../shared/import/drawioPages';
import { fixture, model, mxfile, vertex } from '../../support/drawioFiles';

describe('the pages of a draw.io file', () => {
  test('each page with the number of steps importing it makes', async () => {
    const file = await readDrawio(fixture('sourdough-process.drawio'));
    const pages = pageSummaries(file);
    expect(pages.map((p) => p.name)).toEqual(['Make sourdough starter', 'Make sourdough loaf']);
    pages.forEach((page, index) => {
      const mapped = drawioToMap(file, 'm', 'x', { page: index });
      if (!mapped.ok) throw new Error(mapped.problem);
      expect(page.steps).toBe(Object.keys(mapped.doc.steps).length);
    });
    expect(pages[1]!.steps).toBeGreaterThan(pages[0]!.steps);
  });

  test('a page with nothing to import counts no steps', async () => {
    const file = await readDrawio(
      mxfile([
        ['Flow', model(vertex('a', 'Draft') + vertex('b', 'Review', undefined, '1', 300))],
        ['Empty', model('')],
      ]),
    );
    expect(pageSummaries(file)).toEqual([
      { name: 'Flow', steps: 2 },
      { name: 'Empty', steps: 0 },
    ]);
  });
});

describe('a page named on the command line', () => {
  const names = ['Overview', 'Make sourdough loaf', '2024'];
  test.each([
    ['Overview', 0],
    ['Make sourdough loaf', 1],
    ['  make SOURDOUGH loaf ', 1],
    ['1', 0],
    ['2', 1],
    ['3', 2],
    // A page whose name is a number is found by its name first.
    ['2024', 2],
  ])('“%s” is page index %i', (wanted, page) => {
    expect(findPage(names, wanted)).toEqual({ ok: true, page });
  });

  test.each(['0', '4', 'Loaf', '-1', '1.5'])('“%s” is refused, listing the pages', (wanted) => {
    const found = findPage(names, wanted);
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.problem).toBe(
      `This draw.io file has no page “${wanted}”; its pages are 1 “Overview”, 2 “Make sourdough loaf”, 3 “2024”.`,
    );
  });
});
