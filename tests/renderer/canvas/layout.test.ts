/**
 * Auto-layout that knows about decisions: dagre keeps a column for the cards between columns
 * of steps, so after a layout cards sit on their arrows and never on a step, and the bundled
 * example is laid out exactly this way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { estimatedStepHeight } from '../../../renderer/src/canvas/cardGeometry';
import { arrowSides, type ArrowSides } from '../../../renderer/src/canvas/arrowPath';
import { autoLayout, LAYOUT_GAP, type FlowDirection } from '../../../renderer/src/canvas/layout';
import { parseMapFile } from '../../../shared/file-format';
import { lanesOf } from '../../../shared/lanes/lanes';
import type { MapDocument } from '../../../shared/model';
import { overlaps } from '../../../shared/placement/cards';
import { generateMap } from '../../support/generateMap';
import { measureLayout } from '../../support/layoutMeasures';

function example(): MapDocument {
  const file = path.resolve(
    import.meta.dirname,
    '../../../assets/examples/campaign-launch.decisionmap.json',
  );
  const parsed = parseMapFile(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.doc;
}

function laidOut(doc: MapDocument, lanes = false, direction: FlowDirection = 'right'): MapDocument {
  const moves = autoLayout(
    doc,
    LAYOUT_GAP,
    (id) => ({ width: 200, height: estimatedStepHeight(doc.steps[id]!.label) }),
    { lanes: lanes ? lanesOf(doc) : undefined, direction },
  );
  const steps = { ...doc.steps };
  for (const move of moves) steps[move.id] = { ...steps[move.id]!, position: move.position };
  return { ...doc, steps };
}

function stepOverlaps(doc: MapDocument): string[] {
  const boxes = doc.stepOrder.map((id) => ({
    id,
    ...doc.steps[id]!.position,
    width: 200,
    height: estimatedStepHeight(doc.steps[id]!.label),
  }));
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => overlaps(a, b) && found.push(`${a.id} / ${b.id}`)),
  );
  return found;
}

/** How each forward arrow is drawn (arrowSides), and whether its target is below its source. */
function forwardArrows(doc: MapDocument) {
  const box = (id: string) => ({
    ...doc.steps[id]!.position,
    width: 200,
    height: estimatedStepHeight(doc.steps[id]!.label),
  });
  return doc.transitionOrder
    .map((id) => doc.transitions[id]!)
    .filter((t) => t.kind === 'forward')
    .map((t) => {
      const from = box(t.from);
      const to = box(t.to);
      const sides: ArrowSides = arrowSides(t.kind, from, to);
      return { id: t.id, sides, down: to.y >= from.y + from.height, nextColumn: to.x > from.x };
    });
}

/** A small generated map: a few steps, a branch, a send-back. */
const chain = (n: number) => generateMap(n, 3);

describe('auto-layout', () => {
  test('the bundled example is laid out by it', () => {
    const doc = example();
    expect(laidOut(doc).steps).toEqual(doc.steps);
  });

  test.each([20, 60, 200])(
    'a generated %i-step map: no step on another, no card on either',
    (n) => {
      const doc = laidOut(generateMap(n, 7));
      expect(stepOverlaps(doc)).toEqual([]);
      expect(measureLayout(doc).overlapsPlaced).toBe(0);
    },
  );

  test('most cards stay on their arrows: fewer need a leader line than without room for them', () => {
    const doc = generateMap(60, 7);
    const before = measureLayout(
      (() => {
        const moves = autoLayout(doc, 240, () => undefined, { cards: false });
        const steps = { ...doc.steps };
        for (const m of moves) steps[m.id] = { ...steps[m.id]!, position: m.position };
        return { ...doc, steps };
      })(),
    );
    const after = measureLayout(laidOut(doc));
    expect(after.leaders).toBeLessThan(before.leaders);
    expect(after.arrowsOverCards).toBeLessThan(before.arrowsOverCards);
  });

  test('with swimlanes on, every step sits in its performer’s lane and no card covers a step', () => {
    const doc = laidOut(generateMap(40, 5), true);
    expect(stepOverlaps(doc)).toEqual([]);
    const lanes = lanesOf(doc);
    const spans = lanes.map((lane) => {
      const ys = lane.stepIds.map((id) => doc.steps[id]!.position.y);
      return [Math.min(...ys), Math.max(...ys)] as const;
    });
    // Lanes are stacked: each lane's steps all lie below the previous lane's.
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
    expect(measureLayout(doc).overlapsPlaced).toBe(0);
  });
});

describe('auto-layout from top to bottom', () => {
  test('left to right, the example’s rows run to and fro: no forward arrow crosses the map', () => {
    const doc = example();
    const arrows = forwardArrows(doc);
    // Along the first row, back along the second, straight down from one row to the next.
    expect(new Set(arrows.map((a) => a.sides))).toEqual(new Set(['across', 'back', 'down']));
    const centre = (id: string) => ({
      x: doc.steps[id]!.position.x + 100,
      y: doc.steps[id]!.position.y + 28,
    });
    const longest = Math.max(
      ...arrows.map(({ id }) => {
        const t = doc.transitions[id]!;
        const [a, b] = [centre(t.from), centre(t.to)];
        return Math.hypot(a.x - b.x, a.y - b.y);
      }),
    );
    // Two columns apart at most (448 map units each), where the row before wrapped at
    // 1,792 from the end of one row to the start of the next.
    expect(longest).toBeLessThan(2 * 448 + 100);
  });

  test('the wrapped rows of a generated map run to and fro too: each row starts under the end of the one before', () => {
    const doc = laidOut(generateMap(60, 7));
    const arrows = forwardArrows(doc);
    expect(arrows.some((a) => a.sides === 'back')).toBe(true);
    expect(stepOverlaps(doc)).toEqual([]);
    expect(measureLayout(doc).overlapsPlaced).toBe(0);
  });

  test.each([
    ['the example', example],
    ['a 20-step map', () => generateMap(20, 7)],
    ['a 60-step map', () => generateMap(60, 7)],
    ['a 200-step map', () => generateMap(200, 7)],
  ] as const)('%s: no step on another, no card on either', (_name, make) => {
    const doc = laidOut(make(), false, 'down');
    expect(stepOverlaps(doc)).toEqual([]);
    expect(measureLayout(doc).overlapsPlaced).toBe(0);
  });

  test.each([
    ['the example', example],
    ['a 20-step map', () => generateMap(20, 7)],
    ['a 60-step map', () => generateMap(60, 7)],
  ] as const)(
    '%s: forward arrows point down, most into the top of the next step; only a jump to the next column does not',
    (_name, make) => {
      const arrows = forwardArrows(laidOut(make(), false, 'down'));
      const jumps = arrows.filter((a) => !a.down);
      // An arrow that does not point down goes on in the next column (the flow wraps there).
      expect(jumps.filter((a) => !a.nextColumn)).toEqual([]);
      expect(jumps.length).toBeLessThan(arrows.length / 4);
      // One to a step further to the side than below (a wide branch) enters it from the side
      // (20 steps: 17 of 22 into the top, 60 steps: 39 of 61).
      const down = arrows.filter((a) => a.down);
      const intoTop = down.filter((a) => a.sides === 'down');
      expect(intoTop.length).toBeGreaterThan(0.6 * down.length);
    },
  );

  test('a map short enough for one column points every forward arrow down', () => {
    const doc = laidOut(chain(8), false, 'down');
    const arrows = forwardArrows(doc);
    expect(arrows.length).toBeGreaterThan(5);
    expect(arrows.every((a) => a.down && a.sides === 'down')).toBe(true);
    // Left to right, the same map points none down.
    expect(forwardArrows(laidOut(chain(8))).some((a) => a.sides === 'down')).toBe(false);
  });

  test('with swimlanes on, the flow stays left to right in its horizontal lanes', () => {
    const doc = generateMap(20, 5);
    expect(laidOut(doc, true, 'down').steps).toEqual(laidOut(doc, true, 'right').steps);
  });
});
