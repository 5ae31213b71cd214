/**
 * The map in decision view, as shapes for paper: steps where the canvas has them (same
 * positions, same width), arrows routed as the canvas routes them, and each arrow's decision
 * chip with its text already broken into lines. Pure (the measuring function is passed in),
 * so the page planner and tests can reason about sizes without a DOM.
 */
import type { Analysis, Readiness } from '../../../shared/analysis';
import {
  STEP_KIND_LABELS,
  type MapDocument,
  type StepKind,
  type TransitionKind,
} from '../../../shared/model';
import { stepName } from '../../../shared/names';
import { ARROW_STYLE } from '../ui/kinds';
import { placeCards, type CardArrow, type Point } from '../../../shared/placement/cards';
import { arrowCurve, arrowEnds } from '../canvas/arrowPath';
import { curveBounds, pad, union, type Box } from './boxes';
import { laneShapes, LANE_NAME_FONT_SIZE, type LaneShape } from './laneShapes';
import { fitLine, wrapText, type Measure } from './textWrap';

export { intersects, type Box } from './boxes';

export const PRINT_FONT_FAMILY =
  'Inter, "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif';

/** Font sizes in map units. The smallest decides how far the map may shrink on paper. */
export const MAP_FONT = { caption: 12, label: 14, head: 12, question: 13, decider: 12 } as const;
export const SMALLEST_MAP_FONT = Math.min(...Object.values(MAP_FONT));
/** Letter spacing of the upper-case captions, in map units. */
export const CAPTION_TRACKING = 0.6;

const font = (weight: number, size: number, style = '') =>
  `${style ? `${style} ` : ''}${weight} ${size}px ${PRINT_FONT_FAMILY}`;
export const FONTS = {
  caption: font(700, MAP_FONT.caption),
  label: font(700, MAP_FONT.label),
  head: font(700, MAP_FONT.head),
  question: font(600, MAP_FONT.question),
  empty: font(400, MAP_FONT.question, 'italic'),
  decider: font(600, MAP_FONT.decider),
  lane: font(700, LANE_NAME_FONT_SIZE),
} as const;

/** The canvas draws every step 200 wide (renderer/src/canvas/flowMapping.ts, STEP_WIDTH). */
export const STEP_WIDTH = 200;
const STEP_MIN_HEIGHT = 56;
export const STEP_TEXT_X = 46;
const STEP_TEXT_WIDTH = STEP_WIDTH - STEP_TEXT_X - 10;
export const LABEL_LINE = 17;
export const CHIP_WIDTH = 184;
export const CHIP_PAD = 8;
export const QUESTION_LINE = 16;
export const TAG_HEIGHT = 18;

export interface StepShape extends Box {
  readonly id: string;
  readonly kind: StepKind;
  readonly caption: string;
  readonly lines: readonly string[];
  readonly untitled: boolean;
}

export interface ChipShape extends Box {
  readonly id: string;
  readonly kind: TransitionKind;
  readonly readiness: Readiness | 'automatic';
  /** Questions answered well, "3/5"; empty for an automatic transition. */
  readonly score: string;
  readonly questionLines: readonly string[];
  /** The question line is a placeholder ("No decision defined"), drawn muted. */
  readonly questionMissing: boolean;
  /** null for an automatic transition. */
  readonly decider: string | null;
  readonly deciderMissing: boolean;
  /** "Send back" / "Escalation" above the chip: the arrow's kind in words. */
  readonly tag: Box | null;
}

export interface ArrowShape {
  readonly id: string;
  readonly kind: TransitionKind;
  readonly path: string;
  /** Holds the whole curve (the hull of its control points). */
  readonly bounds: Box;
  /** A line from the arrow's middle to its chip, when the chip had to move off the arrow. */
  readonly leader: string | null;
}

export interface MapGeometry {
  readonly steps: readonly StepShape[];
  readonly chips: readonly ChipShape[];
  readonly arrows: readonly ArrowShape[];
  /** Swimlanes, when asked for: bands behind the steps, with their names. */
  readonly lanes: readonly LaneShape[];
  readonly bounds: Box;
}

const MARGIN = 16;

/** The tag above the chip of an arrow that is not forward: its caption, in capitals. */
export function tagWords(kind: TransitionKind): string {
  return (ARROW_STYLE[kind].caption ?? '').toUpperCase();
}

export function buildGeometry(
  doc: MapDocument,
  analysis: Analysis,
  measure: Measure,
  { lanes: withLanes = false }: { readonly lanes?: boolean } = {},
): MapGeometry {
  const stepById = new Map<string, StepShape>();
  const steps = doc.stepOrder.map((id) => {
    const s = doc.steps[id]!;
    const untitled = s.label.trim() === '';
    const wrapped = wrapText(stepName(s), STEP_TEXT_WIDTH, 3, FONTS.label, measure);
    const height = Math.max(STEP_MIN_HEIGHT, 9 + 13 + 3 + wrapped.lines.length * LABEL_LINE + 9);
    const shape: StepShape = {
      id,
      kind: s.kind,
      x: s.position.x,
      y: s.position.y,
      width: STEP_WIDTH,
      height,
      caption: STEP_KIND_LABELS[s.kind].toUpperCase(),
      lines: wrapped.lines,
      untitled,
    };
    stepById.set(id, shape);
    return shape;
  });

  const routes: { id: string; kind: TransitionKind; route: Route }[] = [];
  const cardArrows: CardArrow[] = [];
  const unplaced = new Map<string, ChipShape>();
  for (const id of doc.transitionOrder) {
    const t = doc.transitions[id]!;
    const from = stepById.get(t.from);
    const to = stepById.get(t.to);
    if (!from || !to) continue;
    const route = routeOf(t.kind, from, to);
    routes.push({ id, kind: t.kind, route });
    const chip = chipAt(doc, analysis, id, 0, 0, measure);
    unplaced.set(id, chip);
    const block = blockOf(chip);
    cardArrows.push({ id, curve: route.curve, width: block.width, height: block.height });
  }
  const lanes = withLanes ? laneShapes(doc, (id) => stepById.get(id), FONTS.lane, measure) : [];
  // The same placement as the canvas's: no chip on a step, a lane's name or another chip.
  const places = placeCards(
    steps,
    cardArrows,
    lanes.map((lane) => lane.label),
  );
  const arrows: ArrowShape[] = [];
  const chips: ChipShape[] = [];
  for (const { id, kind, route } of routes) {
    const place = places.get(id)!;
    const chip = unplaced.get(id)!;
    const block = blockOf(chip);
    // Move the chip (and its tag) from around (0, 0) so the block is centred on its place.
    const dx = place.x - (block.x + block.width / 2);
    const dy = place.y - (block.y + block.height / 2);
    chips.push(moveChip(chip, dx, dy));
    const leader = place.leader
      ? `M ${place.leader[0]},${place.leader[1]} L ${place.x},${place.y}`
      : null;
    arrows.push({ id, kind, path: route.path, bounds: route.bounds, leader });
  }

  const boxes: Box[] = [...steps, ...chips, ...arrows.map((a) => a.bounds), ...lanes];
  for (const chip of chips) if (chip.tag) boxes.push(chip.tag);
  return { steps, chips, arrows, lanes, bounds: pad(union(boxes), MARGIN) };
}

function chipAt(
  doc: MapDocument,
  analysis: Analysis,
  id: string,
  cx: number,
  cy: number,
  measure: Measure,
): ChipShape {
  const t = doc.transitions[id]!;
  const d = t.decision;
  const inner = CHIP_WIDTH - 2 * CHIP_PAD;
  const checked = analysis.readiness[id];
  let questionLines: readonly string[];
  let questionMissing: boolean;
  let decider: string | null = null;
  let deciderMissing = false;
  if (d.automatic) {
    questionLines = wrapText(
      'Moved by a system, no decision',
      inner,
      2,
      FONTS.empty,
      measure,
    ).lines;
    questionMissing = true;
  } else {
    const question = d.question.trim();
    questionMissing = question === '';
    const text = questionMissing ? 'No decision defined' : question;
    questionLines = wrapText(
      text,
      inner,
      3,
      questionMissing ? FONTS.empty : FONTS.question,
      measure,
    ).lines;
    const names = [...new Set(d.deciders)].map((r) => doc.roles[r]?.name ?? 'Unknown role');
    deciderMissing = names.length === 0;
    decider = fitLine(
      deciderMissing ? 'No decider' : names.join(' + '),
      inner - 16,
      FONTS.decider,
      measure,
    );
  }
  const height = 3 + 6 + 14 + 4 + questionLines.length * QUESTION_LINE + (decider ? 16 : 0) + 6;
  const x = cx - CHIP_WIDTH / 2;
  const y = cy - height / 2;
  let tag: Box | null = null;
  if (t.kind !== 'forward') {
    const words = tagWords(t.kind);
    const width = measure(words, FONTS.caption) + words.length * CAPTION_TRACKING + 30;
    tag = { x: cx - width / 2, y: y - TAG_HEIGHT - 2, width, height: TAG_HEIGHT };
  }
  return {
    id,
    kind: t.kind,
    x,
    y,
    width: CHIP_WIDTH,
    height,
    readiness: d.automatic ? 'automatic' : (checked?.readiness ?? 'at-risk'),
    score: d.automatic ? '' : `${checked?.score ?? 0}/5`,
    questionLines,
    questionMissing,
    decider,
    deciderMissing,
    tag,
  };
}

/** A chip with its tag above it: the block a chip's place is for. */
function blockOf(chip: ChipShape): Box {
  return chip.tag ? union([chip, chip.tag]) : chip;
}

function moveChip(chip: ChipShape, dx: number, dy: number): ChipShape {
  const tag = chip.tag && { ...chip.tag, x: chip.tag.x + dx, y: chip.tag.y + dy };
  return { ...chip, x: chip.x + dx, y: chip.y + dy, tag };
}

interface Route {
  readonly curve: readonly [Point, Point, Point, Point];
  readonly path: string;
  readonly bounds: Box;
}

/**
 * The arrow as the canvas draws it (arrowPath.ts): across from right to left, or down from
 * bottom to top between steps one above the other; send-backs loop under, or round the right.
 */
function routeOf(kind: TransitionKind, from: Box, to: Box): Route {
  const c = arrowCurve(kind, ...arrowEnds(kind, from, to));
  const points: [Point, Point, Point, Point] = [
    [c.sx, c.sy],
    [c.c1x, c.c1y],
    [c.c2x, c.c2y],
    [c.tx, c.ty],
  ];
  return {
    curve: points,
    path: `M ${c.sx},${c.sy} C ${c.c1x},${c.c1y} ${c.c2x},${c.c2y} ${c.tx},${c.ty}`,
    bounds: curveBounds(...points),
  };
}
