import type { TransitionKind } from '../../../shared/model';

/** An arrow as one cubic Bézier curve from (sx, sy) to (tx, ty), and where its label sits. */
export interface ArrowCurve {
  readonly sx: number;
  readonly sy: number;
  readonly c1x: number;
  readonly c1y: number;
  readonly c2x: number;
  readonly c2y: number;
  readonly tx: number;
  readonly ty: number;
  readonly labelX: number;
  readonly labelY: number;
}

/** React Flow's bezier edge: how far a control point sits from its handle. */
const controlOffset = (distance: number) =>
  distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);

/**
 * The curve of an arrow: forward arrows and escalations leave the right of one step and
 * enter the left of the next, as React Flow's getBezierPath draws them; work sent back loops
 * under the steps, from the bottom of one to the bottom of the other, deep enough to clear
 * them. The canvas's arrows and the far-out drawing (farPicture.ts) both draw these.
 */
export function arrowCurve(
  kind: TransitionKind,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
): ArrowCurve {
  if (kind === 'send-back') {
    const bottom = Math.max(sy, ty) + 48 + Math.min(Math.abs(tx - sx) * 0.12, 120);
    // The middle of a cubic Bézier with these control points lies 3/4 of the way down.
    const labelY = (sy + ty) / 8 + (bottom * 3) / 4;
    return {
      sx,
      sy,
      c1x: sx,
      c1y: bottom,
      c2x: tx,
      c2y: bottom,
      tx,
      ty,
      labelX: (sx + tx) / 2,
      labelY,
    };
  }
  const c1x = sx + controlOffset(tx - sx);
  const c2x = tx - controlOffset(tx - sx);
  // The curve at t = 0.5.
  const labelX = sx * 0.125 + c1x * 0.375 + c2x * 0.375 + tx * 0.125;
  const labelY = (sy + ty) / 2;
  return { sx, sy, c1x, c1y: sy, c2x, c2y: ty, tx, ty, labelX, labelY };
}

/** The SVG path of an arrow and the point for its label. */
export function arrowPath(
  kind: TransitionKind,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
): [path: string, labelX: number, labelY: number] {
  const c = arrowCurve(kind, sx, sy, tx, ty);
  return [
    `M${c.sx},${c.sy} C${c.c1x},${c.c1y} ${c.c2x},${c.c2y} ${c.tx},${c.ty}`,
    c.labelX,
    c.labelY,
  ];
}
