/**
 * A large map zoomed far out is drawn as one picture (FarDrawing.tsx) instead of hundreds of
 * steps and arrows in the page: zoomed out to a fifth, a 1,000-step map has some 400 steps
 * and 700 arrows in view, and React Flow would mount each of them.
 *
 * Crossing FAR_ZOOM outwards takes every step and arrow out of what React Flow draws, except
 * what is selected (the inspector's step stays in the page for the keyboard): steps stay in
 * its store but `hidden` (the overview map, "fit view" and the selection still know them),
 * arrows are left out. Crossing back, the steps and arrows in view come back a few per
 * frame, nearest the middle first, with the picture still underneath, so no single frame
 * mounts them all; once everything in view is back, the picture goes away.
 *
 * (A wheel zoom that keeps what was drawn when it began and mounts the rest after it stops
 * was tried too: taking ~900 steps out of React Flow at the start of every zoom costs a long
 * task of its own, since React Flow re-indexes every node it is given.)
 */
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { selectFar } from './farZoom';
import type { StepNode, TransitionEdge } from './flowMapping';

/** Steps and arrows brought back per frame. */
const REVEAL_PER_FRAME = 20;
/** Selected steps (and arrows) stay drawn while far out, up to this many. */
const KEEP_SELECTED = 20;

/** What React Flow may draw: every step and arrow (null), or these. */
interface Shown {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

const NOTHING: Shown = { nodes: new Set(), edges: new Set() };

/** The hidden copy of each node object, so a hidden step stays the same object. */
const hiddenCopies = new WeakMap<StepNode, StepNode>();

function hide(node: StepNode): StepNode {
  let copy = hiddenCopies.get(node);
  if (!copy) {
    copy = { ...node, hidden: true };
    hiddenCopies.set(node, copy);
  }
  return copy;
}

/**
 * React Flow hands back the (hidden) objects it was given when it replaces one, e.g. on
 * `setNodes`; the map's own nodes never keep the flag.
 */
export function withoutHidden<C extends { type: string }>(changes: C[]): C[] {
  return changes.map((change) => {
    if (change.type !== 'replace' && change.type !== 'add') return change;
    const item = (change as unknown as { item: { hidden?: boolean } }).item;
    if (!item.hidden) return change;
    const { hidden: _hidden, ...shown } = item;
    return { ...change, item: shown };
  });
}

/** The view in map coordinates, and its middle. */
function view(s: ReactFlowState) {
  const [tx, ty, zoom] = s.transform;
  const x = -tx / zoom;
  const y = -ty / zoom;
  const width = s.width / zoom;
  const height = s.height / zoom;
  return { x, y, right: x + width, bottom: y + height, cx: x + width / 2, cy: y + height / 2 };
}

/**
 * The next `budget` steps and arrows in view that are not drawn yet, nearest the middle
 * first (steps before arrows); null when everything in view is drawn.
 */
function nextTurn(
  s: ReactFlowState,
  edges: readonly TransitionEdge[],
  shown: Shown,
  budget: number,
): Shown | null {
  const v = view(s);
  const waiting: { id: string; node: boolean; distance: number }[] = [];
  const boxes = new Map<string, { x: number; y: number; right: number; bottom: number }>();
  for (const node of s.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    const box = {
      x,
      y,
      right: x + (node.measured.width ?? 0),
      bottom: y + (node.measured.height ?? 0),
    };
    boxes.set(node.id, box);
    const inView = box.right > v.x && box.x < v.right && box.bottom > v.y && box.y < v.bottom;
    if (inView && !shown.nodes.has(node.id)) {
      const distance = Math.hypot((x + box.right) / 2 - v.cx, (y + box.bottom) / 2 - v.cy);
      waiting.push({ id: node.id, node: true, distance });
    }
  }
  // An arrow counts as in view when the box around its two steps is (as in React Flow).
  for (const edge of edges) {
    if (shown.edges.has(edge.id)) continue;
    const a = boxes.get(edge.source);
    const b = boxes.get(edge.target);
    if (!a || !b) continue;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    const right = Math.max(a.right, b.right);
    const bottom = Math.max(a.bottom, b.bottom);
    if (right > v.x && x < v.right && bottom > v.y && y < v.bottom) {
      const distance = 1e9 + Math.hypot((x + right) / 2 - v.cx, (y + bottom) / 2 - v.cy);
      waiting.push({ id: edge.id, node: false, distance });
    }
  }
  if (waiting.length === 0) return null;
  waiting.sort((p, q) => p.distance - q.distance);
  const nodes = new Set(shown.nodes);
  const more = new Set(shown.edges);
  for (const item of waiting.slice(0, budget)) (item.node ? nodes : more).add(item.id);
  return { nodes, edges: more };
}

/**
 * The nodes and edges to give React Flow, and whether the far-out picture is drawn (zoomed
 * far out, or while what is in view comes back). Off (`enabled` false) it changes nothing.
 */
export function useFarSwap(
  nodes: StepNode[],
  edges: TransitionEdge[],
  enabled: boolean,
): { nodes: StepNode[]; edges: TransitionEdge[]; far: boolean; pictured: boolean } {
  const far = useStore(selectFar) && enabled;
  const store = useStoreApi();
  const [shown, setShown] = useState<Shown | null>(null);
  const current = useRef(shown);
  current.current = shown;
  const allEdges = useRef(edges);
  allEdges.current = edges;

  useEffect(() => {
    if (far) {
      setShown(NOTHING);
      return;
    }
    if (current.current === null) return;
    let frame = requestAnimationFrame(function turn() {
      const next =
        current.current &&
        nextTurn(store.getState(), allEdges.current, current.current, REVEAL_PER_FRAME);
      current.current = next;
      setShown(next);
      if (next) frame = requestAnimationFrame(turn);
    });
    return () => cancelAnimationFrame(frame);
  }, [far, store]);

  // What is selected stays drawn (unless it is most of the map: "select all").
  const shownNodes = useMemo(() => {
    if (shown === null) return nodes;
    const keep = nodes.filter((node) => node.selected).length <= KEEP_SELECTED;
    return nodes.map((node) =>
      (keep && node.selected) || shown.nodes.has(node.id) ? node : hide(node),
    );
  }, [nodes, shown]);
  // Left out rather than hidden: React Flow indexes every arrow it is given, hidden or not.
  const shownEdges = useMemo(() => {
    if (shown === null) return edges;
    const keep = edges.filter((edge) => edge.selected).length <= KEEP_SELECTED;
    return edges.filter((edge) => (keep && edge.selected) || shown.edges.has(edge.id));
  }, [edges, shown]);
  return { nodes: shownNodes, edges: shownEdges, far, pictured: shown !== null };
}
