/**
 * The geometry of the ring around the view (useFarSwap.ts says what the ring is for): the
 * view as a box in map coordinates, and which steps and arrows lie outside a box. Pure, so it
 * is tested without a canvas (tests/renderer/canvas/ring.test.ts); it reads only the parts
 * of React Flow's state named in its parameters.
 */
import type { ReactFlowState } from '@xyflow/react';

/** A box in map coordinates; `right` and `bottom` are its far edges, not its size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly right: number;
  readonly bottom: number;
}

/** What lies outside the ring it was worked out for. */
export interface Culled {
  readonly ring: Box;
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** The view's size and where it is: React Flow's transform is [x, y, zoom] in screen pixels. */
export type ViewState = Pick<ReactFlowState, 'transform' | 'width' | 'height'>;

/** The steps as React Flow placed and measured them. */
export interface PlacedSteps {
  readonly nodeLookup: ReadonlyMap<
    string,
    {
      readonly id: string;
      readonly internals: { readonly positionAbsolute: { readonly x: number; readonly y: number } };
      readonly measured: { readonly width?: number; readonly height?: number };
    }
  >;
}

/** An arrow, by the steps at its two ends. */
export interface ArrowEnds {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** The view in map coordinates, grown by `share` of its size on each side. */
export function viewBox(s: ViewState, share = 0): Box {
  const [tx, ty, zoom] = s.transform;
  const width = s.width / zoom;
  const height = s.height / zoom;
  const x = -tx / zoom - width * share;
  const y = -ty / zoom - height * share;
  return { x, y, right: x + width * (1 + 2 * share), bottom: y + height * (1 + 2 * share) };
}

/** Whether `inner` lies wholly inside `outer` (touching its edges counts). */
export const within = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.right <= outer.right &&
  inner.bottom <= outer.bottom;

/** Whether the two boxes overlap by more than an edge. */
export const meets = (a: Box, b: Box) =>
  a.right > b.x && a.x < b.right && a.bottom > b.y && a.y < b.bottom;

export const area = (b: Box) => (b.right - b.x) * (b.bottom - b.y);

export const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((id) => b.has(id));

/** The smallest box holding both. */
export const union = (a: Box, b: Box): Box => ({
  x: Math.min(a.x, b.x),
  y: Math.min(a.y, b.y),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
});

/** The steps and arrows outside `ring` (an arrow by the box around its two steps). */
export function cull(s: PlacedSteps, edges: readonly ArrowEnds[], ring: Box): Culled {
  const boxes = new Map<string, Box>();
  const nodes = new Set<string>();
  for (const node of s.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    const box = {
      x,
      y,
      right: x + (node.measured.width ?? 0),
      bottom: y + (node.measured.height ?? 0),
    };
    boxes.set(node.id, box);
    if (!meets(box, ring)) nodes.add(node.id);
  }
  const out = new Set<string>();
  for (const edge of edges) {
    const a = boxes.get(edge.source);
    const b = boxes.get(edge.target);
    if (a && b && !meets(union(a, b), ring)) out.add(edge.id);
  }
  return { ring, nodes, edges: out };
}
