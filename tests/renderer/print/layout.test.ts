/**
 * The print view's pure layout: text broken into lines, the map's shapes, and how the map
 * goes onto pages (fitted, or tiled with every step and chip whole on some page).
 */
import { describe, expect, test } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { buildGeometry, SMALLEST_MAP_FONT, type Box } from '../../../renderer/src/print/geometry';
import { fitLine, wrapText, type Measure } from '../../../renderer/src/print/textWrap';
import { cutAxis, MIN_TEXT_PX, planMap } from '../../../renderer/src/print/tiling';
import { generateMap } from '../../support/generateMap';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

/** Every character 7 px wide, whatever the font. */
const fixed: Measure = (text) => Array.from(text).length * 7;

describe('wrapText', () => {
  test('breaks at spaces and keeps within the width', () => {
    const { lines, cut } = wrapText('Is the brief complete enough to review?', 100, 3, '', fixed);
    expect(lines).toEqual(['Is the brief', 'complete', 'enough to…']);
    expect(cut).toBe(true);
    for (const line of lines) expect(fixed(line, '')).toBeLessThanOrEqual(100);
  });

  test('fits short text on one line, untouched', () => {
    expect(wrapText('  Draft   brief ', 200, 2, '', fixed)).toEqual({
      lines: ['Draft brief'],
      cut: false,
    });
  });

  test('breaks a word longer than a line', () => {
    const { lines } = wrapText('Supercalifragilistic', 70, 3, '', fixed);
    expect(lines).toEqual(['Supercalif', 'ragilistic']);
  });

  test('fitLine shortens with an ellipsis', () => {
    expect(fitLine('CMO + Finance controller', 70, '', fixed)).toBe('CMO + Fin…');
    expect(fitLine('CMO', 70, '', fixed)).toBe('CMO');
  });
});

describe('buildGeometry', () => {
  test('a chip sits on every arrow; send-backs and escalations carry their kind in words', () => {
    const doc = makeMap({
      steps: [
        makeStep('a', { kind: 'start', position: { x: 0, y: 0 } }),
        makeStep('b', { position: { x: 448, y: 0 } }),
      ],
      transitions: [
        makeTransition('t1', 'a', 'b', { decision: { question: 'Ready?' } }),
        makeTransition('t2', 'b', 'a', { kind: 'send-back' }),
      ],
    });
    const g = buildGeometry(doc, analyzeMap(doc), fixed);
    expect(g.steps.map((s) => [s.id, s.x, s.width])).toEqual([
      ['a', 0, 200],
      ['b', 448, 200],
    ]);
    expect(g.chips.map((c) => [c.id, c.questionLines, c.tag !== null])).toEqual([
      ['t1', ['Ready?'], false],
      ['t2', ['No decision defined'], true],
    ]);
    // The forward chip is between the steps; the rework loop's chip is below them.
    const [forward, back] = g.chips;
    expect(forward!.x).toBeGreaterThan(200 - 92);
    expect(back!.y).toBeGreaterThan(56);
    expect(g.bounds.x).toBeLessThan(0);
    expect(g.bounds.y + g.bounds.height).toBeGreaterThan(back!.y + back!.height);
  });
});

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('planMap', () => {
  const page = { width: 1045, height: 600 };

  test('a small map fits one page, no larger than on screen', () => {
    const doc = makeMap({ steps: [makeStep('a'), makeStep('b', { position: { x: 448, y: 0 } })] });
    const plan = planMap(buildGeometry(doc, analyzeMap(doc), fixed), page, page, SMALLEST_MAP_FONT);
    expect(plan.mode).toBe('fit');
    expect(plan.scale).toBeLessThanOrEqual(1);
  });

  test('a large map is tiled at legible size, each step and chip whole on some page', () => {
    const doc = generateMap(300);
    const g = buildGeometry(doc, analyzeMap(doc), fixed);
    const plan = planMap(g, page, page, SMALLEST_MAP_FONT);
    if (plan.mode !== 'tiles') throw new Error('expected tiles');
    expect(plan.scale * SMALLEST_MAP_FONT).toBeGreaterThanOrEqual(MIN_TEXT_PX - 1e-9);
    expect(plan.tiles.length).toBeGreaterThan(1);
    expect(plan.tiles.map((t) => t.number)).toEqual(plan.tiles.map((_, i) => i + 1));
    for (const tile of plan.tiles) {
      expect(tile.window.width * plan.scale).toBeLessThanOrEqual(page.width + 1e-6);
      expect(tile.window.height * plan.scale).toBeLessThanOrEqual(page.height + 1e-6);
    }
    for (const shape of [...g.steps, ...g.chips]) {
      expect(
        plan.tiles.some((t) => contains(t.window, shape)),
        shape.id,
      ).toBe(true);
    }
  });
});

describe('cutAxis', () => {
  test('cuts in a gap between elements when there is one', () => {
    const windows = cutAxis(
      0,
      1000,
      600,
      [
        [0, 200],
        [250, 450],
        [520, 700],
        [750, 1000],
      ],
      250,
    );
    expect(windows).toEqual([
      [0, 485],
      [485, 1000],
    ]);
  });

  test('overlaps windows by more than the largest element when there is no gap', () => {
    const intervals = Array.from({ length: 20 }, (_, i) => [i * 100, i * 100 + 150] as const);
    const windows = cutAxis(0, 2050, 500, intervals, 150);
    for (const [a, b] of intervals) {
      expect(windows.some(([lo, hi]) => lo <= a && b <= hi)).toBe(true);
    }
    for (const [lo, hi] of windows) expect(hi - lo).toBeLessThanOrEqual(500);
  });
});
