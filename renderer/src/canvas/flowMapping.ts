/**
 * The map model is not React Flow's node object: this pure mapping turns steps and
 * transitions into React Flow nodes and edges, reusing the previous object for every
 * element that did not change so memoized nodes and edges skip re-rendering.
 */
import type { Edge, Node } from '@xyflow/react';
import {
  STEP_KIND_LABELS,
  TRANSITION_KIND_LABELS,
  type MapDocument,
  type Step,
  type Transition,
} from '../../../shared/model';

/** Matches `.step` in editor.css. */
export const STEP_WIDTH = 200;
export const STEP_MIN_HEIGHT = 56;

export type StepNode = Node<{ step: Step }, 'step'>;
export type TransitionEdge = Edge<{ transition: Transition }, 'transition'>;

/** What a screen reader says for a step. */
export function stepAccessibleName(step: Step): string {
  return `${step.label || 'Untitled step'}, ${STEP_KIND_LABELS[step.kind].toLowerCase()} step`;
}

export function syncNodes(
  doc: MapDocument,
  previous: readonly StepNode[],
  select: ReadonlySet<string> | null,
): StepNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  return doc.stepOrder.map((id) => {
    const step = doc.steps[id]!;
    const old = byId.get(id);
    const selected = select ? select.has(id) : (old?.selected ?? false);
    if (old && old.data.step === step && old.selected === selected) return old;
    return {
      ...old,
      id,
      type: 'step',
      position: step.position,
      data: { step },
      selected,
      // A first size before React Flow measures the step, so a new step shows (and its
      // name field can take the keyboard) in the very first frame.
      initialWidth: STEP_WIDTH,
      initialHeight: STEP_MIN_HEIGHT,
      ariaLabel: stepAccessibleName(step),
      domAttributes: { 'aria-roledescription': 'step' },
    };
  });
}

export function syncEdges(
  doc: MapDocument,
  previous: readonly TransitionEdge[],
  select: ReadonlySet<string> | null,
): TransitionEdge[] {
  const byId = new Map(previous.map((edge) => [edge.id, edge]));
  return doc.transitionOrder.map((id) => {
    const transition = doc.transitions[id]!;
    const old = byId.get(id);
    const selected = select ? select.has(id) : (old?.selected ?? false);
    const from = doc.steps[transition.from]?.label || 'untitled step';
    const to = doc.steps[transition.to]?.label || 'untitled step';
    // Renaming a step changes what its arrows are called, so the name is part of the check.
    const ariaLabel = `${TRANSITION_KIND_LABELS[transition.kind]} arrow from ${from} to ${to}`;
    if (
      old &&
      old.data?.transition === transition &&
      old.selected === selected &&
      old.ariaLabel === ariaLabel
    ) {
      return old;
    }
    return {
      ...old,
      id,
      type: 'transition',
      source: transition.from,
      target: transition.to,
      // Rework runs underneath the flow, from the bottom of one step to the bottom of another.
      sourceHandle: transition.kind === 'send-back' ? 'back-out' : 'out',
      targetHandle: transition.kind === 'send-back' ? 'back-in' : 'in',
      data: { transition },
      selected,
      ariaLabel,
    };
  });
}
