/**
 * The map model is not React Flow's node object: this pure mapping turns steps and
 * transitions into React Flow nodes and edges. A node or edge carries only what the canvas
 * draws, and the previous object is reused for every element whose drawing did not change
 * (the previous array too, when nothing changed), so an edit re-renders only what it shows:
 * typing a step's notes or an arrow's decision re-renders no node and no edge.
 */
import { Position, type Edge, type Node, type NodeChange, type NodeHandle } from '@xyflow/react';
import {
  STEP_KIND_LABELS,
  TRANSITION_KIND_LABELS,
  type MapDocument,
  type Step,
  type StepKind,
  type Transition,
  type TransitionKind,
} from '../../../shared/model';
import { stepName, stepNameIn } from '../../../shared/names';
import { arrowHandles, arrowSides } from './arrowPath';
import { estimatedStepHeight } from './cardGeometry';
import { STEP_MIN_HEIGHT, STEP_WIDTH } from './stepSize';

export { STEP_MIN_HEIGHT, STEP_WIDTH };

export type StepNode = Node<{ kind: StepKind; label: string }, 'step'>;
/** The decision on the arrow is not here: its chip selects it from the store by the edge id. */
export type TransitionEdge = Edge<{ kind: TransitionKind; label: string }, 'transition'>;

/** Matches `.react-flow__handle` in canvas.css. */
const HANDLE_SIZE = 10;

/**
 * Where StepNode.tsx draws the handles of a step of this size. With these and a first
 * size, React Flow can draw arrows to steps it has not measured, so it renders only the
 * steps in view instead of every step of the map once, to measure it, when it opens.
 */
export function stepHandles(width: number, height: number): NodeHandle[] {
  const half = HANDLE_SIZE / 2;
  const handle = (
    id: string,
    type: 'source' | 'target',
    position: Position,
    x: number,
    y: number,
  ) => ({ id, type, position, x: x - half, y: y - half, width: HANDLE_SIZE, height: HANDLE_SIZE });
  return [
    handle('in', 'target', Position.Left, 0, height / 2),
    handle('back-in', 'target', Position.Bottom, width / 2, height),
    handle('out', 'source', Position.Right, width, height / 2),
    handle('back-out', 'source', Position.Bottom, width / 2, height),
    handle('top-in', 'target', Position.Top, width / 2, 0),
    handle('side-in', 'target', Position.Right, width, height / 2),
    handle('down-out', 'source', Position.Bottom, width / 2, height),
    handle('left-out', 'source', Position.Left, 0, height / 2),
  ];
}

/** After React Flow measured steps: their handles where they now are. */
export function withMeasuredHandles(
  nodes: StepNode[],
  changes: readonly NodeChange<StepNode>[],
): StepNode[] {
  const measured = new Set(changes.filter((c) => c.type === 'dimensions').map((c) => c.id));
  if (measured.size === 0) return nodes;
  return nodes.map((node) =>
    measured.has(node.id) && node.measured?.width && node.measured.height
      ? { ...node, handles: stepHandles(node.measured.width, node.measured.height) }
      : node,
  );
}

/** What a screen reader says for a step. */
export function stepAccessibleName(step: Step): string {
  return `${stepName(step)}, ${STEP_KIND_LABELS[step.kind].toLowerCase()} step`;
}

/** `next` if anything differs from `previous` (same items in the same order), else `previous`. */
function unlessSame<T>(previous: readonly T[], next: T[]): T[] {
  const same = previous.length === next.length && next.every((item, i) => item === previous[i]);
  return same ? (previous as T[]) : next;
}

export interface SyncOptions {
  /**
   * Give steps a first size and handles until React Flow measures them (see stepHandles),
   * so steps out of view count for "Fit view" and draw their arrows without being rendered.
   */
  readonly estimated?: boolean;
}

export function syncNodes(
  doc: MapDocument,
  previous: readonly StepNode[],
  select: ReadonlySet<string> | null,
  { estimated = false }: SyncOptions = {},
): StepNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  const next = doc.stepOrder.map((id): StepNode => {
    const step = doc.steps[id]!;
    const old = byId.get(id);
    const selected = select ? select.has(id) : (old?.selected ?? false);
    if (
      old &&
      old.data.kind === step.kind &&
      old.data.label === step.label &&
      old.position.x === step.position.x &&
      old.position.y === step.position.y &&
      old.selected === selected
    ) {
      return old;
    }
    return {
      ...old,
      id,
      type: 'step',
      position: step.position,
      data: { kind: step.kind, label: step.label },
      selected,
      // A first size before React Flow measures the step, so a new step shows (and its
      // name field can take the keyboard) in the very first frame.
      initialWidth: STEP_WIDTH,
      initialHeight: STEP_MIN_HEIGHT,
      ...(estimated && {
        measured: old?.measured ?? { width: STEP_WIDTH, height: STEP_MIN_HEIGHT },
        handles: old?.handles ?? stepHandles(STEP_WIDTH, STEP_MIN_HEIGHT),
      }),
      ariaLabel: stepAccessibleName(step),
      domAttributes: { 'aria-roledescription': 'step' },
    };
  });
  return unlessSame(previous, next);
}

/**
 * The arrows for `doc`. With `keepNames`, an arrow whose only change is its accessible name
 * (a step at either end renamed) keeps its old object: renaming a step as it is typed then
 * leaves React Flow's arrows alone (handing it a new array re-indexes every arrow), and the
 * canvas brings the names up to date once typing pauses.
 */
export function syncEdges(
  doc: MapDocument,
  previous: readonly TransitionEdge[],
  select: ReadonlySet<string> | null,
  { keepNames = false }: { readonly keepNames?: boolean } = {},
): TransitionEdge[] {
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  const next = doc.transitionOrder.map((id): TransitionEdge => {
    const transition = doc.transitions[id]!;
    const old = byId.get(id);
    const selected = select ? select.has(id) : (old?.selected ?? false);
    const from = stepNameIn(doc, transition.from);
    const to = stepNameIn(doc, transition.to);
    // Renaming a step changes what its arrows are called, so the name is part of the check.
    const ariaLabel = `${TRANSITION_KIND_LABELS[transition.kind]} arrow from ${from} to ${to}`;
    // Across (right to left) or down (bottom to top), by where its steps are now.
    const [sourceHandle, targetHandle] = handlesOf(doc, transition);
    if (
      old &&
      old.data?.kind === transition.kind &&
      old.data.label === transition.label &&
      old.source === transition.from &&
      old.target === transition.to &&
      old.sourceHandle === sourceHandle &&
      old.targetHandle === targetHandle &&
      old.selected === selected &&
      (keepNames || old.ariaLabel === ariaLabel)
    ) {
      return old;
    }
    return {
      ...old,
      id,
      type: 'transition',
      source: transition.from,
      target: transition.to,
      // Rework runs underneath the flow (or beside it, running down): see arrowPath.ts.
      sourceHandle,
      targetHandle,
      data: { kind: transition.kind, label: transition.label },
      selected,
      ariaLabel,
    };
  });
  return unlessSame(previous, next);
}

/** The handles an arrow uses, from its steps' boxes as the card placement sees them. */
function handlesOf(doc: MapDocument, t: Transition): [string, string] {
  const from = doc.steps[t.from];
  const to = doc.steps[t.to];
  if (!from || !to) return arrowHandles(t.kind, 'across');
  const box = (s: Step) => ({
    ...s.position,
    width: STEP_WIDTH,
    height: estimatedStepHeight(s.label),
  });
  return arrowHandles(t.kind, arrowSides(t.kind, box(from), box(to)));
}
