/**
 * The far-out drawing of a large map (FarDrawing.tsx): every step as a plain box in its
 * kind's colour and shape, every arrow as its curve, drawn into one 2D canvas in a few
 * batched paths (one fill or stroke per colour), in map coordinates. Also finds the step
 * under a point.
 */
import { STEP_KINDS, type StepKind, type TransitionKind } from '../../../shared/model';
import { arrowCurve, arrowEnds } from './arrowPath';
import { FAR_ZOOM } from './farZoom';
import { STEP_MIN_HEIGHT, STEP_WIDTH, type StepNode, type TransitionEdge } from './flowMapping';
import { ARROW_STYLE, CHOSEN_ARROW } from '../ui/kinds';

/** The part of the map the picture covers, and canvas pixels per map pixel. */
export interface PictureFrame {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

/** Room around the steps, in map pixels (send-back loops hang below the steps). */
const MARGIN = 200;
/** At most this many canvas pixels (4 bytes each): a wider map is drawn a little coarser. */
const MAX_PIXELS = 8_000_000;
const MAX_SIDE = 16_000;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function boxOf(node: StepNode): Box {
  return {
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? STEP_WIDTH,
    height: node.measured?.height ?? STEP_MIN_HEIGHT,
  };
}

/**
 * The steps' area with room around it, at the resolution of the canvas at FAR_ZOOM (the
 * closest it is seen from) on this screen, or coarser for a very wide map.
 */
export function pictureFrame(nodes: readonly StepNode[], pixelRatio: number): PictureFrame | null {
  if (nodes.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const box = boxOf(node);
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  const width = right - left + 2 * MARGIN;
  const height = bottom - top + 2 * MARGIN;
  const scale = Math.min(
    FAR_ZOOM * pixelRatio,
    Math.sqrt(MAX_PIXELS / (width * height)),
    MAX_SIDE / width,
    MAX_SIDE / height,
  );
  return { x: left - MARGIN, y: top - MARGIN, width, height, scale };
}

/** The colours of the drawing, from the theme's tokens (canvas.css, tokens.css). */
export function pictureColours(element: Element): (token: string) => string {
  const style = getComputedStyle(element);
  return (token) => style.getPropertyValue(token).trim();
}

/** The chosen arrow: one bitmap path for all kinds, so drawn solid in the accent colour. */
const CHOSEN = { ...CHOSEN_ARROW, dash: [] as readonly number[] };

/** The boxes of the steps, by id (for drawArrows). */
export function boxesOf(nodes: readonly StepNode[]): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const node of nodes) boxes.set(node.id, boxOf(node));
  return boxes;
}

/** A 2D context drawing in map coordinates onto a canvas of the frame's size. */
function mapContext(
  canvas: HTMLCanvasElement,
  frame: PictureFrame,
): CanvasRenderingContext2D | null {
  const context = canvas.getContext('2d');
  context?.setTransform(
    frame.scale,
    0,
    0,
    frame.scale,
    -frame.x * frame.scale,
    -frame.y * frame.scale,
  );
  return context;
}

/** Sizes `canvas` to `frame` and clears it, for a new picture. */
export function clearPicture(canvas: HTMLCanvasElement, frame: PictureFrame): void {
  const width = Math.max(1, Math.round(frame.width * frame.scale));
  const height = Math.max(1, Math.round(frame.height * frame.scale));
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  } else {
    canvas.getContext('2d')?.reset();
  }
}

/**
 * Draws steps onto `canvas` (cleared first with clearPicture): a card with a border, a band
 * of the kind's colour on the left (start and end are pills with a border in their colour), a
 * thicker accent border when selected. Borders are at least a canvas pixel wide, so they stay
 * visible from far away.
 */
export function drawSteps(
  canvas: HTMLCanvasElement,
  frame: PictureFrame,
  nodes: readonly StepNode[],
  colour: (token: string) => string,
): void {
  const context = mapContext(canvas, frame);
  if (!context) return;
  const pixel = 1 / frame.scale;
  const cards = new Path2D();
  const plainBorders = new Path2D();
  const waitBorders = new Path2D();
  const chosen = new Path2D();
  const kindBorders = new Map<StepKind, Path2D>();
  const bands = new Map<StepKind, Path2D>();
  const band = Math.max(4, 2 * pixel);
  for (const node of nodes) {
    const box = boxOf(node);
    const kind = node.data.kind;
    const pill = kind === 'start' || kind === 'end';
    const border = pill
      ? (kindBorders.get(kind) ?? new Path2D())
      : kind === 'wait'
        ? waitBorders
        : plainBorders;
    if (pill) kindBorders.set(kind, border);
    for (const path of node.selected ? [cards, border, chosen] : [cards, border]) {
      path.roundRect(box.x, box.y, box.width, box.height, pill ? box.height / 2 : 8);
    }
    if (!pill) {
      const strip = bands.get(kind) ?? new Path2D();
      strip.rect(box.x, box.y, kind === 'approval' ? 2 * band : band, box.height);
      bands.set(kind, strip);
    }
  }
  context.fillStyle = colour('--surface');
  context.fill(cards);
  context.lineWidth = Math.max(1.5, pixel);
  context.strokeStyle = colour('--border-strong');
  context.stroke(plainBorders);
  context.setLineDash([6, 4]);
  context.stroke(waitBorders);
  context.setLineDash([]);
  context.lineWidth = Math.max(3, pixel);
  for (const kind of STEP_KINDS) {
    const border = kindBorders.get(kind);
    const strip = bands.get(kind);
    const tone = colour(`--kind-${kind}`);
    context.strokeStyle = tone;
    context.fillStyle = tone;
    if (border) context.stroke(border);
    if (strip) context.fill(strip);
  }
  context.strokeStyle = colour('--accent');
  context.lineWidth = Math.max(3, 3 * pixel);
  context.stroke(chosen);
}

/**
 * Draws arrows under the steps already drawn (drawSteps), one stroke per kind of arrow, at
 * least a canvas pixel wide. Stroking a thousand curves is the slow part of the picture, so
 * FarDrawing.tsx draws them a slice at a time.
 */
export function drawArrows(
  canvas: HTMLCanvasElement,
  frame: PictureFrame,
  boxes: ReadonlyMap<string, Box>,
  edges: readonly TransitionEdge[],
  colour: (token: string) => string,
): void {
  const context = mapContext(canvas, frame);
  if (!context) return;
  const pixel = 1 / frame.scale;
  const arrows = new Map<TransitionKind | 'chosen', Path2D>();
  for (const edge of edges) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!from || !to) continue;
    const kind = edge.data?.kind ?? 'forward';
    // Where it leaves and enters its steps: the handles drawn by StepNode.tsx.
    const c = arrowCurve(kind, ...arrowEnds(kind, from, to));
    const key = edge.selected ? 'chosen' : kind;
    const path = arrows.get(key) ?? new Path2D();
    arrows.set(key, path);
    path.moveTo(c.sx, c.sy);
    path.bezierCurveTo(c.c1x, c.c1y, c.c2x, c.c2y, c.tx, c.ty);
  }
  context.globalCompositeOperation = 'destination-over';
  for (const [key, path] of arrows) {
    const look = key === 'chosen' ? CHOSEN : ARROW_STYLE[key];
    context.strokeStyle = colour(look.colour);
    context.lineWidth = Math.max(look.width, pixel);
    context.setLineDash(look.dash.map((d) => Math.max(d, (d / 2) * pixel)));
    context.stroke(path);
  }
  context.globalCompositeOperation = 'source-over';
  context.setLineDash([]);
}

/** The step drawn at a map point (the one drawn last, on top, where steps overlap). */
export function stepAt(
  nodes: readonly StepNode[],
  point: { x: number; y: number },
): StepNode | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const box = boxOf(nodes[i]!);
    if (
      point.x >= box.x &&
      point.x <= box.x + box.width &&
      point.y >= box.y &&
      point.y <= box.y + box.height
    ) {
      return nodes[i]!;
    }
  }
  return null;
}
