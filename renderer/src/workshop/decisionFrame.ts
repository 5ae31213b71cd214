/**
 * What the workshop frames for a decision: its two steps and its card where the placement
 * put it. A card may sit away from its arrow's middle (with a leader line) when the middle is
 * taken, so framing the two steps alone can leave the card the room discusses off screen.
 */
import type { MapDocument, TransitionId } from '../../../shared/model';
import type { Rect } from '../../../shared/placement/cards';
import { cardBoxes, unionOf } from '../canvas/cardFrame';

/**
 * The box, in map units, that shows the decision's steps (as React Flow measured them) and
 * its card; null when a step is not drawn yet.
 */
export function decisionFrame(
  doc: MapDocument,
  lanes: boolean,
  id: TransitionId,
  measured: (stepId: string) => Rect | null,
): Rect | null {
  const t = doc.transitions[id];
  if (!t) return null;
  const from = measured(t.from);
  const to = measured(t.to);
  if (!from || !to) return null;
  const steps = new Map([
    [t.from as string, from],
    [t.to as string, to],
  ]);
  return unionOf([from, to, ...cardBoxes(doc, lanes, id, steps)]);
}

/** Room left around a decision's frame on the workshop canvas, each side (a share of it). */
export const FRAME_PADDING = 0.05;

/**
 * How wide the workshop's canvas must be, in pixels, to show `frame` whole at `zoom`: a
 * decision whose steps lie far apart (a send-back across two columns) needs more than the
 * canvas's usual share of a 1280 px screen to stay readable.
 */
export function canvasWidthFor(frame: Rect, zoom: number): number {
  return Math.ceil(frame.width * zoom * (1 + 2 * FRAME_PADDING)) + 4;
}
