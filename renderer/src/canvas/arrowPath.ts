import type { TransitionKind } from '../../../shared/model';

/**
 * Which sides of its steps an arrow uses. `across`: forward arrows leave the right of a step
 * and enter the left of the next, send-backs loop under both. `down`: the steps are one above
 * the other (a top-to-bottom layout), so forward arrows leave the bottom and enter the top,
 * and send-backs loop round the right-hand side. `back`: a forward arrow to a step on its
 * left (a row of a wrapped layout that runs right to left) leaves the left of its step and
 * enters the right of the next.
 */
export type ArrowSides = 'across' | 'down' | 'back';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * `down` when the later step of the two (the target; for a send-back, its source) sits
 * below the earlier one, further below it than beside it: the arrow reads best running
 * down. Decided from the steps alone, so a map laid out top to bottom draws the same way
 * on the canvas, in its pictures and on paper, whatever the view's settings.
 */
export function arrowSides(kind: TransitionKind, from: Box, to: Box): ArrowSides {
  const [upper, lower] = kind === 'send-back' ? [to, from] : [from, to];
  const below = lower.y - (upper.y + upper.height);
  const beside = Math.abs(lower.x + lower.width / 2 - (upper.x + upper.width / 2));
  const apart = Math.max(0, beside - (upper.width + lower.width) / 2);
  if (below > 0 && below > apart) return 'down';
  // Rework loops under its steps whichever side its target is on.
  if (kind !== 'send-back' && to.x + to.width < from.x) return 'back';
  return 'across';
}

/** The ids of the handles (StepNode.tsx) an arrow leaves and enters by. */
export function arrowHandles(
  kind: TransitionKind,
  sides: ArrowSides,
): [source: string, target: string] {
  if (kind === 'send-back') return sides === 'down' ? ['out', 'side-in'] : ['back-out', 'back-in'];
  if (sides === 'back') return ['left-out', 'side-in'];
  return sides === 'down' ? ['down-out', 'top-in'] : ['out', 'in'];
}

/**
 * Where the arrow leaves and enters its steps (the handles' outer edges, `handleOut` beyond
 * the steps' borders, as React Flow draws from them).
 */
export function arrowEnds(
  kind: TransitionKind,
  from: Box,
  to: Box,
  handleOut = 0,
): [sx: number, sy: number, tx: number, ty: number, sides: ArrowSides] {
  const sides = arrowSides(kind, from, to);
  const right = (b: Box) => [b.x + b.width + handleOut, b.y + b.height / 2] as const;
  const bottom = (b: Box) => [b.x + b.width / 2, b.y + b.height + handleOut] as const;
  const left = (b: Box) => [b.x - handleOut, b.y + b.height / 2] as const;
  const top = (b: Box) => [b.x + b.width / 2, b.y - handleOut] as const;
  if (kind === 'send-back') {
    return sides === 'down'
      ? [...right(from), ...right(to), sides]
      : [...bottom(from), ...bottom(to), sides];
  }
  if (sides === 'back') return [...left(from), ...right(to), sides];
  return sides === 'down'
    ? [...bottom(from), ...top(to), sides]
    : [...right(from), ...left(to), sides];
}

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
 * them. Running `down`, the same turned a quarter: from the bottom of one step into the top
 * of the next, and send-backs loop round the right. The canvas's arrows, the far-out drawing
 * (farPicture.ts) and the print view all draw these.
 */
export function arrowCurve(
  kind: TransitionKind,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  sides: ArrowSides = 'across',
): ArrowCurve {
  if (sides === 'down') return downCurve(kind, sx, sy, tx, ty);
  if (sides === 'back' && kind !== 'send-back') {
    // React Flow's bezier from a left-hand handle to a right-hand one: `across` mirrored.
    const c1x = sx - controlOffset(sx - tx);
    const c2x = tx + controlOffset(sx - tx);
    const labelX = sx * 0.125 + c1x * 0.375 + c2x * 0.375 + tx * 0.125;
    return { sx, sy, c1x, c1y: sy, c2x, c2y: ty, tx, ty, labelX, labelY: (sy + ty) / 2 };
  }
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

/** `arrowCurve` running down: x and y change places. */
function downCurve(kind: TransitionKind, sx: number, sy: number, tx: number, ty: number) {
  if (kind === 'send-back') {
    const right = Math.max(sx, tx) + 48 + Math.min(Math.abs(ty - sy) * 0.12, 120);
    return {
      sx,
      sy,
      c1x: right,
      c1y: sy,
      c2x: right,
      c2y: ty,
      tx,
      ty,
      labelX: (sx + tx) / 8 + (right * 3) / 4,
      labelY: (sy + ty) / 2,
    };
  }
  const c1y = sy + controlOffset(ty - sy);
  const c2y = ty - controlOffset(ty - sy);
  const labelY = sy * 0.125 + c1y * 0.375 + c2y * 0.375 + ty * 0.125;
  return { sx, sy, c1x: sx, c1y, c2x: tx, c2y, tx, ty, labelX: (sx + tx) / 2, labelY };
}

/** The SVG path of an arrow and the point for its label. */
export function arrowPath(
  kind: TransitionKind,
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  sides: ArrowSides = 'across',
): [path: string, labelX: number, labelY: number] {
  const c = arrowCurve(kind, sx, sy, tx, ty, sides);
  return [
    `M${c.sx},${c.sy} C${c.c1x},${c.c1y} ${c.c2x},${c.c2y} ${c.tx},${c.ty}`,
    c.labelX,
    c.labelY,
  ];
}
