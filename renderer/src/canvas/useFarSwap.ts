/**
 * What React Flow draws of a large map. Two things make a pan or zoom over hundreds of steps
 * cost frames: every frame in which steps or arrows are added to the page repaints the whole
 * drawing (some 30 ms and more at 1,000 steps, however few were added), and zoomed far out
 * too many are in view at all. So, from PICTURE_FROM steps (Canvas.tsx):
 *
 * - Closer in, React Flow is given the steps and arrows in a ring around the view: the view
 *   and RING of its size again on each side (a step outside is `hidden`, an arrow outside left
 *   out). A pan, or a zoom out to FAR_ZOOM from READABLE_ZOOM, stays inside it and adds
 *   nothing to the page; the ring is worked out again once the view has rested off its
 *   middle. A view that does leave it (a long pan) takes in what it reaches, with a margin;
 *   steps that move (undo, auto-layout) are sorted in or out of the same ring.
 * - Zoomed out past FAR_ZOOM the map is one picture on an opaque backdrop (FarDrawing.tsx),
 *   faded in over what React Flow has, which stays as it is: crossing FAR_ZOOM adds and
 *   removes nothing, and the ring waits until the view comes back in.
 *
 * Steps stay in React Flow's store, hidden, so the overview map, "fit view" and the
 * selection still know them; arrows are left out since React Flow indexes every arrow it is
 * given, hidden or not. What is selected is given too, up to KEEP_SELECTED of each.
 * (Handing React Flow only what is in view, as its onlyRenderVisibleElements does, adds
 * steps and arrows in most frames of a zoom out; each of those frames cost 33 to 100 ms.)
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { selectFar } from './farZoom';
import type { StepNode, TransitionEdge } from './flowMapping';
import { area, cull, meets, sameSet, union, viewBox, within, type Box, type Culled } from './ring';

/** Share of the view's width and height added on each side to make the ring. */
const RING = 0.75;
/** Share of the view's size taken in beyond it when it leaves the ring. */
const REACH = 0.25;
/** How long the view rests before the ring is centred on it again. */
const RECENTRE_AFTER_MS = 400;
/** How long steps stay put (a drag, typing) before they are sorted in or out of the ring. */
const REFRESH_AFTER_MS = 100;
/** Selected steps and arrows are always drawn, up to this many. */
const KEEP_SELECTED = 20;

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

/**
 * Keeps the ring around the view (see above) while `enabled`: null when off, or until the
 * canvas has a size and steps.
 */
function useRing(edges: readonly TransitionEdge[], enabled: boolean): Culled | null {
  const store = useStoreApi();
  const [culled, setCulled] = useState<Culled | null>(null);
  const allEdges = useRef(edges);
  useLayoutEffect(() => {
    allEdges.current = edges;
  });

  useEffect(() => {
    if (!enabled) return;
    let last: Culled | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    const ready = (s: ReactFlowState) => s.width > 0 && s.nodeLookup.size > 0;
    const take = (ring: Box) => {
      last = cull(store.getState(), allEdges.current, ring);
      setCulled(last);
    };
    // Steps moved (undo, auto-layout, a drag): what is outside the same ring again, once they
    // stay put (the steps change in every frame of a drag and with every key typed).
    const refresh = () => {
      if (!last) return;
      const next = cull(store.getState(), allEdges.current, last.ring);
      if (sameSet(next.nodes, last.nodes) && sameSet(next.edges, last.edges)) return;
      last = next;
      setCulled(next);
    };
    // Once the view rests nearer an edge of the ring than its middle, or the ring is much
    // larger than one around the view (after a long pan, or zoomed back in), a ring around it.
    const recentre = () => {
      const s = store.getState();
      if (!ready(s) || selectFar(s) || !last) return;
      const fresh = viewBox(s, RING);
      if (!within(viewBox(s, RING / 2), last.ring) || area(last.ring) > 2 * area(fresh)) {
        take(fresh);
      }
    };
    // The canvas has its size before the map's first view is set (InitialView, Canvas.tsx):
    // the view's first move replaces the first ring.
    let firstMove = true;
    // Far out the ring stays as it is (the picture covers the canvas).
    let wasFar = false;
    const check = (s: ReactFlowState, previous: ReactFlowState) => {
      if (!ready(s)) return;
      if (selectFar(s)) {
        wasFar = true;
        return;
      }
      const moved = s.transform !== previous.transform;
      const view = viewBox(s);
      if (!last) take(viewBox(s, RING));
      else if (firstMove && moved) {
        firstMove = false;
        take(viewBox(s, RING));
      } else if (!within(view, last.ring)) {
        // Moved on by hand: take in what it reaches. Jumped (the overview map, or moved while
        // far out): a ring around the view.
        const jumped = wasFar || !meets(view, last.ring);
        take(jumped ? viewBox(s, RING) : union(last.ring, viewBox(s, REACH)));
      } else if (s.nodes !== previous.nodes) {
        clearTimeout(refreshTimer);
        refreshTimer = setTimeout(refresh, REFRESH_AFTER_MS);
        if (!moved) return;
      } else if (!moved) return;
      wasFar = false;
      clearTimeout(timer);
      timer = setTimeout(recentre, RECENTRE_AFTER_MS);
    };
    const unsubscribe = store.subscribe(check);
    check(store.getState(), store.getState());
    return () => {
      unsubscribe();
      clearTimeout(timer);
      clearTimeout(refreshTimer);
      setCulled(null);
    };
  }, [enabled, store]);

  return enabled ? culled : null;
}

/**
 * The nodes and edges to give React Flow, and whether the ring is in place (until then, as
 * when off, React Flow should draw only what is in view itself). Off (`enabled` false) it
 * changes nothing.
 */
export function useFarSwap(
  nodes: StepNode[],
  edges: TransitionEdge[],
  enabled: boolean,
): { nodes: StepNode[]; edges: TransitionEdge[]; ringed: boolean } {
  const culled = useRing(edges, enabled);

  const shownNodes = useMemo(() => {
    if (culled === null) return nodes;
    const keep = nodes.filter((node) => node.selected).length <= KEEP_SELECTED;
    return nodes.map((node) =>
      (keep && node.selected) || !culled.nodes.has(node.id) ? node : hide(node),
    );
  }, [nodes, culled]);
  const shownEdges = useMemo(() => {
    if (culled === null) return edges;
    const keep = edges.filter((edge) => edge.selected).length <= KEEP_SELECTED;
    return edges.filter((edge) => (keep && edge.selected) || !culled.edges.has(edge.id));
  }, [edges, culled]);
  return { nodes: shownNodes, edges: shownEdges, ringed: culled !== null };
}
