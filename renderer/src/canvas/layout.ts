/**
 * Auto-layout with dagre (a maintained layered-graph engine): steps flow left to right in
 * ranks; send-back arrows are left out of the ranking so rework loops do not pull the
 * flow backwards. Each arrow's decision card is given to dagre as the arrow's label, so
 * dagre keeps a column free for the cards between two columns of steps, and stacks the cards
 * of arrows that leave one step apart as it does steps: after a layout the cards sit on their
 * arrows, not on steps (the shared placement moves any that still would).
 *
 * Why dagre and not elkjs's layered algorithm: measured on the positions each gives, drawn
 * with the canvas's own arrows (tests/support/layoutMeasures.ts, before rows are wrapped),
 * dagre crosses fewer arrows and draws shorter ones on maps of the size people draw — the
 * example 0 crossings / 6,154 long against 3 / 7,122, the 14 corpus processes 3 / 47,103
 * against 6 / 55,481, a generated 20-step map 1 / 11,998 against 3 / 14,474. ELK wins on
 * crossings only on large random maps (60 steps 24 against 42, 200 steps 100 against 108),
 * with longer arrows, 5 to 15 times the time (1.1 s at 200 steps) and 1.6 MB more to load.
 * Its strength, orthogonal routes around labels, would need the canvas to draw its routes.
 */
import dagre from '@dagrejs/dagre';
import { fitInside } from '../../../shared/content/positions';
import { CARD_GAP } from '../../../shared/placement/cards';
import { CARD_HEIGHT, CARD_WIDTH, TAG_HEIGHT } from './cardGeometry';
import type { Lane } from '../../../shared/lanes/lanes';
import type { MapDocument, StepId } from '../../../shared/model';
import type { StepMove } from '../../../shared/operations/types';

export interface Size {
  readonly width: number;
  readonly height: number;
}

const DEFAULT_SIZE: Size = { width: 200, height: 64 };
const GRID = 16;

/** The room between a column of steps and its column of cards, each side. */
export const LAYOUT_GAP = 48;

/** Which way the flow runs after auto-layout: the view's choice (uiSlice's `flowDirection`). */
export type FlowDirection = 'right' | 'down';

export interface LayoutOptions {
  /**
   * Left to right (the default) or top to bottom. Swimlanes are horizontal bands, so with
   * lanes the flow runs left to right whatever this says.
   */
  readonly direction?: FlowDirection;
  /** Swimlanes on: every step in its performer's lane. */
  readonly lanes?: readonly Lane[] | undefined;
  /**
   * Keep room for the decision cards (the default). Off, the layout is the one before cards
   * were given to dagre (columns `gap` apart); the layout benchmark compares the two.
   */
  readonly cards?: boolean;
}

/**
 * Where auto-layout puts every step; always inside the app's coordinates, so that even a
 * very large map's layout is saved (and exported, and imported again) as laid out.
 */
export function autoLayout(
  doc: MapDocument,
  gap: number,
  sizeOf: (id: StepId) => Size | undefined,
  options: LayoutOptions = {},
): StepMove[] {
  return fitInside(layOut(doc, gap, sizeOf, options));
}

function layOut(
  doc: MapDocument,
  gap: number,
  sizeOf: (id: StepId) => Size | undefined,
  { lanes, cards = true, direction = 'right' }: LayoutOptions,
): StepMove[] {
  const down = direction === 'down' && !lanes;
  const graph = new dagre.graphlib.Graph();
  // With labels dagre puts a rank of them between two ranks of steps, half `ranksep` from each.
  // Running down, steps of one rank sit side by side: more room between them for the cards
  // of the arrows that fan out to them.
  graph.setGraph({
    rankdir: down ? 'TB' : 'LR',
    nodesep: down ? 64 : 40,
    ranksep: gap,
    marginx: 0,
    marginy: 0,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of doc.stepOrder) {
    const size = sizeOf(id) ?? DEFAULT_SIZE;
    graph.setNode(id, { width: size.width, height: size.height });
  }
  for (const id of doc.transitionOrder) {
    const t = doc.transitions[id]!;
    if (t.kind === 'send-back') continue;
    const tag = t.kind === 'forward' ? 0 : TAG_HEIGHT;
    const card = {
      width: CARD_WIDTH + 2 * CARD_GAP,
      height: CARD_HEIGHT + tag + 2 * CARD_GAP,
      labelpos: 'c',
    };
    graph.setEdge(t.from, t.to, cards ? card : {});
  }
  dagre.layout(graph);
  if (lanes) return inLanes(doc, (id) => graph.node(id).x, lanes, sizeOf);
  const wrap = down
    ? wrapColumns(
        doc.stepOrder.map((id) => graph.node(id).y),
        graph.graph().width ?? 0,
      )
    : wrapRows(
        doc.stepOrder.map((id) => graph.node(id).x),
        graph.graph().height ?? 0,
      );
  return doc.stepOrder.map((id, index) => {
    const node = graph.node(id);
    const size = sizeOf(id) ?? DEFAULT_SIZE;
    const { dx, dy } = wrap(index);
    // dagre gives centres; the canvas places steps by their top-left corner, on the grid.
    const x = Math.round((node.x + dx - size.width / 2) / GRID) * GRID;
    const y = Math.round((node.y + dy - size.height / 2) / GRID) * GRID;
    return { id, position: { x, y } };
  });
}

const LANE_HEIGHT = 176;
const STACK_GAP = 88;

/**
 * Swimlanes on: columns as dagre ranked them, rows by the performer's lane, so every step
 * sits in its role's band; steps of one lane in the same column stack inside the band.
 */
function inLanes(
  doc: MapDocument,
  centreX: (id: StepId) => number,
  lanes: readonly Lane[],
  sizeOf: (id: StepId) => Size | undefined,
): StepMove[] {
  const laneOf = new Map<string, number>();
  lanes.forEach((lane, index) => lane.stepIds.forEach((id) => laneOf.set(id, index)));
  // A lane is as tall as its tallest stack of steps in one column.
  const stacks = new Map<string, number>();
  const slot = new Map<string, number>();
  for (const id of doc.stepOrder) {
    const key = `${laneOf.get(id) ?? 0}:${Math.round(centreX(id))}`;
    const n = stacks.get(key) ?? 0;
    slot.set(id, n);
    stacks.set(key, n + 1);
  }
  const depth = lanes.map((_, index) =>
    Math.max(1, ...[...stacks].filter(([k]) => k.startsWith(`${index}:`)).map(([, n]) => n)),
  );
  const tops: number[] = [];
  depth.reduce(
    (top, d, index) => ((tops[index] = top), top + LANE_HEIGHT + (d - 1) * STACK_GAP),
    0,
  );
  return doc.stepOrder.map((id) => {
    const size = sizeOf(id) ?? DEFAULT_SIZE;
    const x = Math.round((centreX(id) - size.width / 2) / GRID) * GRID;
    const y = Math.round((tops[laneOf.get(id) ?? 0]! + slot.get(id)! * STACK_GAP) / GRID) * GRID;
    return { id, position: { x, y } };
  });
}

const MAX_RANKS_IN_ONE_ROW = 8;
const ROW_GAP = 120;

/**
 * A long flow laid out in one row is too wide to read on a shared screen, so after eight
 * columns it wraps into rows that run to and fro, like a snake: the first row left to right,
 * the next right to left starting under the end of the first, and so on. The arrow from one
 * row to the next then runs straight down, never across the whole map (where the workshop
 * could not show both its steps readable on a projector). Returns the shift of each step
 * (by its index in `centres`).
 */
function wrapRows(centres: readonly number[], height: number) {
  const columns = [...new Set(centres.map((x) => Math.round(x)))].sort((a, b) => a - b);
  const noShift = () => ({ dx: 0, dy: 0 });
  if (columns.length <= MAX_RANKS_IN_ONE_ROW) return noShift;
  const perRow = Math.ceil(Math.sqrt(columns.length * 1.25));
  const columnOf = new Map(columns.map((x, i) => [x, i]));
  // Where each column goes: a row starts under the end of the row before it.
  const placed: number[] = [];
  let start = columns[0]!;
  for (let first = 0, row = 0; first < columns.length; first += perRow, row++) {
    const last = Math.min(first + perRow, columns.length) - 1;
    const way = row % 2 === 0 ? 1 : -1;
    for (let c = first; c <= last; c++) placed[c] = start + way * (columns[c]! - columns[first]!);
    start = placed[last]!;
  }
  return (index: number) => {
    const column = columnOf.get(Math.round(centres[index]!))!;
    const row = Math.floor(column / perRow);
    return { dx: placed[column]! - columns[column]!, dy: row * (height + ROW_GAP) };
  };
}

const MAX_RANKS_IN_ONE_COLUMN = 6;
const COLUMN_GAP = 160;

/**
 * Running down, a long flow wraps into columns side by side, like a newspaper's: a screen is
 * wider than tall, so a column holds fewer ranks than a row does. Returns the shift of each
 * step (by its index in `centres`, the steps' vertical centres).
 */
function wrapColumns(centres: readonly number[], width: number) {
  const ranks = [...new Set(centres.map((y) => Math.round(y)))].sort((a, b) => a - b);
  const noShift = () => ({ dx: 0, dy: 0 });
  if (ranks.length <= MAX_RANKS_IN_ONE_COLUMN) return noShift;
  const perColumn = Math.ceil(Math.sqrt(ranks.length / 1.25));
  const rankOf = new Map(ranks.map((y, i) => [y, i]));
  return (index: number) => {
    const rank = rankOf.get(Math.round(centres[index]!))!;
    const column = Math.floor(rank / perColumn);
    const columnStart = ranks[column * perColumn]!;
    return { dx: column * (width + COLUMN_GAP), dy: ranks[0]! - columnStart };
  };
}
