/**
 * Auto-layout with dagre (a maintained layered-graph engine): steps flow left to right in
 * ranks; send-back arrows are left out of the ranking so rework loops do not pull the
 * flow backwards.
 */
import dagre from '@dagrejs/dagre';
import { fitInside } from '../../../shared/content/positions';
import type { Lane } from '../../../shared/lanes/lanes';
import type { MapDocument, StepId } from '../../../shared/model';
import type { StepMove } from '../../../shared/operations/types';

export interface Size {
  readonly width: number;
  readonly height: number;
}

const DEFAULT_SIZE: Size = { width: 200, height: 64 };
const GRID = 16;

/**
 * Where auto-layout puts every step; always inside the app's coordinates, so that even a
 * very large map's layout is saved (and exported, and imported again) as laid out.
 */
export function autoLayout(
  doc: MapDocument,
  gap: number,
  sizeOf: (id: StepId) => Size | undefined,
  lanes?: readonly Lane[],
): StepMove[] {
  return fitInside(layOut(doc, gap, sizeOf, lanes));
}

function layOut(
  doc: MapDocument,
  gap: number,
  sizeOf: (id: StepId) => Size | undefined,
  lanes?: readonly Lane[],
): StepMove[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 64, ranksep: gap, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of doc.stepOrder) {
    const size = sizeOf(id) ?? DEFAULT_SIZE;
    graph.setNode(id, { width: size.width, height: size.height });
  }
  for (const id of doc.transitionOrder) {
    const t = doc.transitions[id]!;
    if (t.kind !== 'send-back') graph.setEdge(t.from, t.to);
  }
  dagre.layout(graph);
  if (lanes) return inLanes(doc, (id) => graph.node(id).x, lanes, sizeOf);
  const wrap = wrapRows(
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
 * columns it wraps, like lines of text: columns 1–5 on the first row, 6–10 below, and so on.
 * Returns the shift of each step (by its index in `centres`).
 */
function wrapRows(centres: readonly number[], height: number) {
  const columns = [...new Set(centres.map((x) => Math.round(x)))].sort((a, b) => a - b);
  const noShift = () => ({ dx: 0, dy: 0 });
  if (columns.length <= MAX_RANKS_IN_ONE_ROW) return noShift;
  const perRow = Math.ceil(Math.sqrt(columns.length * 1.25));
  const columnOf = new Map(columns.map((x, i) => [x, i]));
  return (index: number) => {
    const column = columnOf.get(Math.round(centres[index]!))!;
    const row = Math.floor(column / perRow);
    const rowStart = columns[row * perRow]!;
    return { dx: columns[0]! - rowStart, dy: row * (height + ROW_GAP) };
  };
}
