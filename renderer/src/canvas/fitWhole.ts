/**
 * "Fit view" of the whole map. In the decision view the cards count too: one placed away
 * from its arrow can sit outside the steps' bounds, and a view fitted to the steps alone put
 * it off screen or under the lanes' header column (tests/e2e/cardOverlaps.test.ts).
 */
import { getViewportForBounds, type ReactFlowInstance, type ReactFlowState } from '@xyflow/react';
import { useAppStore } from '../state/store';
import { cardBoxes, unionOf } from './cardFrame';
import { fitPadding, LANE_HEADER_WIDTH } from './LaneBands';

/** Room kept right of the lanes' header column, on screen (as fitPadding keeps it). */
const HEADER_ROOM = LANE_HEADER_WIDTH + 24;

export function fitWhole(
  flow: ReactFlowInstance,
  flowState: () => Pick<ReactFlowState, 'width' | 'height' | 'minZoom' | 'maxZoom'>,
  duration: number,
): void {
  const { doc, lanes, view } = useAppStore.getState();
  const padding = fitPadding(lanes);
  const nodes = flow.getNodes();
  const { width, height, minZoom, maxZoom } = flowState();
  if (!doc || nodes.length === 0 || width <= 0 || height <= 0) {
    void flow.fitView({ padding, duration, includeHiddenNodes: true });
    return;
  }
  const steps = flow.getNodesBounds(nodes);
  const bounds = view === 'decision' ? unionOf([steps, ...cardBoxes(doc, lanes)]) : steps;
  const viewport = getViewportForBounds(bounds, width, height, minZoom, maxZoom, padding);
  // A map too wide to fit even at the smallest zoom shows its beginning, where a flow is read
  // from, clear of the lanes' header column, rather than its middle with both ends cut.
  const left = lanes ? HEADER_ROOM : 0.15 * width;
  const clamped = viewport.zoom <= minZoom;
  const x =
    clamped && bounds.width * viewport.zoom > width - left ? left - bounds.x * minZoom : viewport.x;
  void flow.setViewport({ ...viewport, x }, { duration });
}
