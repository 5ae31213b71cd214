/**
 * Auto-layout that knows about decisions: dagre keeps a column for the cards between columns
 * of steps, so after a layout cards sit on their arrows and never on a step, and the bundled
 * example is laid out exactly this way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { estimatedStepHeight } from '../../../renderer/src/canvas/cardGeometry';
import { autoLayout, LAYOUT_GAP } from '../../../renderer/src/canvas/layout';
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

function laidOut(doc: MapDocument, lanes = false): MapDocument {
  const moves = autoLayout(
    doc,
    LAYOUT_GAP,
    (id) => ({ width: 200, height: estimatedStepHeight(doc.steps[id]!.label) }),
    { lanes: lanes ? lanesOf(doc) : undefined },
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
