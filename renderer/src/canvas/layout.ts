/**
 * Auto-layout with dagre (a maintained layered-graph engine): steps flow left to right in
 * ranks; send-back arrows are left out of the ranking so rework loops do not pull the
 * flow backwards.
 */
import dagre from '@dagrejs/dagre';
import type { MapDocument, StepId } from '../../../shared/model';
import type { StepMove } from '../../../shared/operations/types';

export interface Size {
  readonly width: number;
  readonly height: number;
}

const DEFAULT_SIZE: Size = { width: 200, height: 64 };
const GRID = 16;

export function autoLayout(doc: MapDocument, sizeOf: (id: StepId) => Size | undefined): StepMove[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 48, ranksep: 96, marginx: 0, marginy: 0 });
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
  return doc.stepOrder.map((id) => {
    const node = graph.node(id);
    const size = sizeOf(id) ?? DEFAULT_SIZE;
    // dagre gives centres; the canvas places steps by their top-left corner, on the grid.
    const x = Math.round((node.x - size.width / 2) / GRID) * GRID;
    const y = Math.round((node.y - size.height / 2) / GRID) * GRID;
    return { id, position: { x, y } };
  });
}
