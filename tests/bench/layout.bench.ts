/**
 * Layout for the decision view, before and after dagre kept room for the cards: for the
 * bundled example, generated maps and the labelled corpus (added up), how many arrows cross,
 * how long they are in all, how many run across a card or a step, and how many cards needed
 * a leader line. Figures, not thresholds: `before` is the previous layout (dagre without the
 * cards, columns 240 apart, as the decision view used), `after` the current one. Plus the
 * time to place the cards of a 1,000-step map, which happens on every edit of its geometry,
 * and to place them again after a drop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cardArrows, estimatedStepHeight, stepBoxes } from '../../renderer/src/canvas/cardGeometry';
import { autoLayout, LAYOUT_GAP } from '../../renderer/src/canvas/layout';
import { parseMapFile } from '../../shared/file-format';
import type { MapDocument } from '../../shared/model';
import { placeCards, placeCardsAgain, type Placement } from '../../shared/placement/cards';
import { laidOutForDecisions } from '../e2e/support/pdf';
import { generateMap } from '../support/generateMap';
import { measureLayout, type LayoutMeasures } from '../support/layoutMeasures';
import { bench, type FiguresBench } from './types';

// tsx runs this file as CommonJS (the package has no "type": "module"), so no import.meta.
const ROOT = path.resolve(__dirname, '../..');

function read(file: string): MapDocument {
  const parsed = parseMapFile(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.join('; ')}`);
  return parsed.doc;
}

function laidOut(doc: MapDocument, cards: boolean): MapDocument {
  const moves = autoLayout(
    doc,
    cards ? LAYOUT_GAP : 240,
    (id) => ({ width: 200, height: estimatedStepHeight(doc.steps[id]!.label) }),
    { cards },
  );
  const steps = { ...doc.steps };
  for (const move of moves) steps[move.id] = { ...steps[move.id]!, position: move.position };
  return { ...doc, steps };
}

const FIGURES = [
  'crossings',
  'arrowLength',
  'arrowsOverCards',
  'arrowsOverSteps',
  'leaders',
] as const;

function compare(maps: readonly MapDocument[]) {
  const add = (all: LayoutMeasures[]) =>
    Object.fromEntries(FIGURES.map((f) => [f, all.reduce((sum, m) => sum + m[f], 0)]));
  const before = add(maps.map((doc) => measureLayout(laidOut(doc, false))));
  const after = add(maps.map((doc) => measureLayout(laidOut(doc, true))));
  const line: Record<string, number> = {
    n: maps.reduce((sum, doc) => sum + doc.stepOrder.length, 0),
  };
  for (const f of FIGURES) {
    line[`${f}_before`] = before[f]!;
    line[`${f}_after`] = after[f]!;
  }
  return line as { n: number } & Record<string, number>;
}

const figures: FiguresBench = {
  kind: 'figures',
  name: 'layout.decisionView',
  figures() {
    const corpus = path.join(ROOT, 'tests/fixtures/corpus');
    const corpusMaps = fs
      .readdirSync(corpus)
      .filter((f) => f.endsWith('.decisionmap.json'))
      .map((f) => read(path.join(corpus, f)));
    return {
      example: compare([read(path.join(ROOT, 'assets/examples/campaign-launch.decisionmap.json'))]),
      generated20: compare([generateMap(20, 7)]),
      generated60: compare([generateMap(60, 7)]),
      generated200: compare([generateMap(200, 7)]),
      corpus: compare(corpusMaps),
    };
  },
};

interface Dropping {
  readonly before: Placement;
  readonly dropped: MapDocument;
}

interface Placing {
  readonly steps: ReturnType<typeof stepBoxes>;
  readonly doc: MapDocument;
}

export default [
  figures,
  bench<Placing>({
    name: 'placement.cards',
    n: 1000,
    iterations: 50,
    setup: () => {
      const doc = laidOutForDecisions(generateMap(1000, 1), 25);
      return { doc, steps: stepBoxes(doc) };
    },
    // What the canvas does when the geometry changed: boxes, curves, placement.
    run: ({ doc }) => {
      const boxes = stepBoxes(doc);
      return placeCards([...boxes.values()], cardArrows(doc, boxes));
    },
  }),
  bench<Dropping>({
    // What the canvas does when a step is dropped on the canvas bench's crowded map (steps
    // edge to edge, not laid out): the placement before, worked out again for the drop.
    name: 'placement.cards.drop',
    n: 1000,
    iterations: 50,
    setup: () => {
      const doc = generateMap(1000, 1);
      const boxes = stepBoxes(doc);
      const before = placeCardsAgain(null, [...boxes.values()], cardArrows(doc, boxes));
      const id = doc.stepOrder[500]!;
      const step = doc.steps[id]!;
      const position = { x: step.position.x + 100, y: step.position.y + 40 };
      return { before, dropped: { ...doc, steps: { ...doc.steps, [id]: { ...step, position } } } };
    },
    run: ({ before, dropped }) => {
      const boxes = stepBoxes(dropped);
      return placeCardsAgain(before, [...boxes.values()], cardArrows(dropped, boxes));
    },
  }),
  bench<MapDocument>({
    name: 'layout.auto',
    n: 200,
    iterations: 10,
    warmup: 2,
    setup: () => generateMap(200, 7),
    run: (doc) => laidOut(doc, true),
  }),
];
