/**
 * The boxes the decision cards take where the placement put them, for framing the map: a card
 * may sit away from its arrow (with a leader line), even outside the steps' bounds, so a view
 * fitted to the steps alone can leave a card off screen or under the lanes' header column.
 */
import type { MapDocument } from '../../../shared/model';
import { pointOnCurve, type Rect } from '../../../shared/placement/cards';
import { cardArrows, stepBoxes } from './cardGeometry';
import { cardOffsetsOf } from './cardPlacement';

/** The smallest box holding all of these (at least one). */
export function unionOf(boxes: readonly Rect[]): Rect {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The cards' boxes in map units, of every arrow or only of `only`, with the steps at the
 * sizes given (by default their unmeasured ones, as the placement sees them).
 */
export function cardBoxes(
  doc: MapDocument,
  lanes: boolean,
  only?: string,
  steps: ReadonlyMap<string, Rect> = stepBoxes(doc),
): Rect[] {
  const offsets = cardOffsetsOf(doc, lanes);
  const boxes: Rect[] = [];
  for (const arrow of cardArrows(doc, steps)) {
    if (only !== undefined && arrow.id !== only) continue;
    const offset = offsets.get(arrow.id);
    if (!offset) continue;
    // Centred on its arrow's middle moved by its offset, as TransitionEdgeView.tsx draws it.
    const [mx, my] = pointOnCurve(arrow.curve, 0.5);
    boxes.push({
      x: mx + offset.dx - arrow.width / 2,
      y: my + offset.dy - arrow.height / 2,
      width: arrow.width,
      height: arrow.height,
    });
  }
  return boxes;
}
