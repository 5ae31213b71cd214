import { ViewportPortal, useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';

/** The dots cover the steps' area and this much around it, in steps of the same size. */
const REACH = 8192;

/**
 * The dotted background, drawn inside the moving drawing itself, so panning and zooming
 * slide it with the steps. (React Flow's Background is a separate full-window pattern that
 * is painted again in every frame of a move, which costs a large map its smoothness.)
 */
export const CanvasDots = memo(function CanvasDots() {
  const box = useStore(selectArea);
  const [left, top, right, bottom] = box.split(' ').map(Number) as [number, number, number, number];
  return (
    <ViewportPortal>
      <div
        className="canvas-dots"
        style={{ left, top, width: right - left, height: bottom - top }}
        aria-hidden="true"
      />
    </ViewportPortal>
  );
});

/** Each list of steps' area, kept with the list: React Flow hands a new list when steps change. */
const areas = new WeakMap<ReactFlowState['nodes'], string>();

/**
 * The area as a string (so the component re-renders only when it changes): the steps'
 * bounds widened by REACH and rounded out to multiples of it, which keeps the dots on the
 * 16-pixel grid and the area the same while steps move about inside it. Worked out again
 * only when the steps change, not in every frame of a move.
 */
function selectArea(s: ReactFlowState): string {
  const known = areas.get(s.nodes);
  if (known !== undefined) return known;
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (const node of s.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + (node.measured.width ?? 0));
    maxY = Math.max(maxY, y + (node.measured.height ?? 0));
  }
  const down = (v: number) => Math.floor(v / REACH) * REACH - REACH;
  const up = (v: number) => Math.ceil(v / REACH) * REACH + REACH;
  const area = `${down(minX)} ${down(minY)} ${up(maxX)} ${up(maxY)}`;
  areas.set(s.nodes, area);
  return area;
}
