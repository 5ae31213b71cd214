/**
 * The mapping from the map to React Flow's nodes and edges (renderer/src/canvas/flowMapping.ts):
 * where a step's handles sit, what a node and an edge carry, and that an edit hands React
 * Flow new objects only for what it draws differently — the canvas's render counts rest on it.
 */
import { Position, type NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import {
  STEP_MIN_HEIGHT,
  STEP_WIDTH,
  stepHandles,
  syncEdges,
  syncNodes,
  withMeasuredHandles,
  type StepNode,
} from '../../../renderer/src/canvas/flowMapping';
import type { MapDocument, StepId, TransitionId } from '../../../shared/model';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

function threeSteps(): MapDocument {
  return makeMap({
    steps: [
      makeStep('brief', { label: 'Draft brief', kind: 'start', position: { x: 0, y: 0 } }),
      makeStep('review', { label: 'Brief review', kind: 'review', position: { x: 320, y: 0 } }),
      makeStep('live', { label: 'Go live', kind: 'end', position: { x: 640, y: 48 } }),
    ],
    transitions: [
      makeTransition('t-fwd', 'brief', 'review', { label: 'ready' }),
      makeTransition('t-back', 'review', 'brief', { kind: 'send-back' }),
      makeTransition('t-on', 'review', 'live'),
    ],
  });
}

const renameStep = (doc: MapDocument, id: string, label: string): MapDocument => ({
  ...doc,
  steps: { ...doc.steps, [id]: { ...doc.steps[id as StepId]!, label } },
});

describe('stepHandles', () => {
  it('puts the eight handles, 10 pixels square, centred on the middles of the sides', () => {
    const handles = stepHandles(200, 80);
    const at = (id: string) => handles.find((h) => h.id === id);
    expect(handles).toHaveLength(8);
    // Work comes in on the left and leaves on the right; rework runs along the bottom.
    expect(at('in')).toMatchObject({ type: 'target', position: Position.Left, x: -5, y: 35 });
    expect(at('out')).toMatchObject({ type: 'source', position: Position.Right, x: 195, y: 35 });
    expect(at('back-in')).toMatchObject({ type: 'target', position: Position.Bottom, x: 95 });
    expect(at('back-out')).toMatchObject({ type: 'source', position: Position.Bottom, y: 75 });
    // A step below or to the left of the one before is joined top to bottom or side to side.
    expect(at('top-in')).toMatchObject({ type: 'target', position: Position.Top, x: 95, y: -5 });
    expect(at('side-in')).toMatchObject({ type: 'target', position: Position.Right, x: 195 });
    expect(at('down-out')).toMatchObject({ type: 'source', position: Position.Bottom, y: 75 });
    expect(at('left-out')).toMatchObject({ type: 'source', position: Position.Left, x: -5 });
    for (const handle of handles) expect([handle.width, handle.height]).toEqual([10, 10]);
  });
});

describe('withMeasuredHandles', () => {
  const doc = threeSteps();
  const nodes = syncNodes(doc, [], null).map((node) => ({
    ...node,
    measured: { width: 240, height: 100 },
  }));

  it('moves the handles of the steps React Flow measured, and of no other', () => {
    const changes: NodeChange<StepNode>[] = [
      { type: 'dimensions', id: 'review', dimensions: { width: 240, height: 100 } },
      { type: 'select', id: 'live', selected: true },
    ];
    const next = withMeasuredHandles(nodes, changes);
    const review = next.find((node) => node.id === 'review')!;
    expect(review.handles?.find((h) => h.id === 'out')).toMatchObject({ x: 235, y: 45 });
    expect(next.find((node) => node.id === 'live')).toBe(nodes[2]);
    expect(next[0]).toBe(nodes[0]);
  });

  it('hands back the same array when nothing was measured', () => {
    expect(withMeasuredHandles(nodes, [{ type: 'select', id: 'live', selected: true }])).toBe(
      nodes,
    );
  });
});

describe('syncNodes', () => {
  it('gives React Flow a step node per step, in drawing order, where the step is', () => {
    const nodes = syncNodes(threeSteps(), [], null);
    expect(nodes.map((node) => node.id)).toEqual(['brief', 'review', 'live']);
    expect(nodes[2]).toMatchObject({
      type: 'step',
      position: { x: 640, y: 48 },
      data: { kind: 'end', label: 'Go live' },
      selected: false,
      initialWidth: STEP_WIDTH,
      initialHeight: STEP_MIN_HEIGHT,
    });
    expect(nodes[1]!.ariaLabel).toBe('Brief review, review step');
    // Not estimated: React Flow measures the steps itself.
    expect(nodes[0]!.measured).toBeUndefined();
  });

  it('estimated, gives each step a first size and handles at that size', () => {
    const [node] = syncNodes(threeSteps(), [], null, { estimated: true });
    expect(node!.measured).toEqual({ width: STEP_WIDTH, height: STEP_MIN_HEIGHT });
    expect(node!.handles).toEqual(stepHandles(STEP_WIDTH, STEP_MIN_HEIGHT));
  });

  it('keeps the array when an edit changes nothing a step node draws (its notes)', () => {
    const doc = threeSteps();
    const nodes = syncNodes(doc, [], null);
    const notes = {
      ...doc,
      steps: { ...doc.steps, brief: { ...doc.steps['brief' as StepId]!, notes: 'Use the form' } },
    };
    expect(syncNodes(notes, nodes, null)).toBe(nodes);
  });

  it('a renamed step gets a new node; the others stay the same objects', () => {
    const doc = threeSteps();
    const nodes = syncNodes(doc, [], null);
    const next = syncNodes(renameStep(doc, 'review', 'Legal review'), nodes, null);
    expect(next).not.toBe(nodes);
    expect(next[1]!.data.label).toBe('Legal review');
    expect(next[1]!.ariaLabel).toBe('Legal review, review step');
    expect(next[0]).toBe(nodes[0]);
    expect(next[2]).toBe(nodes[2]);
  });

  it('a selection given selects exactly those steps; none given keeps what was selected', () => {
    const doc = threeSteps();
    const selected = syncNodes(doc, [], new Set(['live']));
    expect(selected.map((node) => node.selected)).toEqual([false, false, true]);
    const kept = syncNodes(doc, selected, null);
    expect(kept).toBe(selected);
    const moved = syncNodes(doc, selected, new Set(['brief']));
    expect(moved.map((node) => node.selected)).toEqual([true, false, false]);
  });

  it('drops the node of a removed step', () => {
    const doc = threeSteps();
    const nodes = syncNodes(doc, [], null);
    const { live: _live, ...steps } = doc.steps;
    const removed = {
      ...doc,
      steps,
      stepOrder: doc.stepOrder.filter((id) => id !== 'live'),
    };
    expect(syncNodes(removed, nodes, null).map((node) => node.id)).toEqual(['brief', 'review']);
  });
});

describe('syncEdges', () => {
  it('runs forward arrows from a step’s right side to the next one’s left, rework along the bottoms', () => {
    const edges = syncEdges(threeSteps(), [], null);
    expect(edges.map((edge) => edge.id)).toEqual(['t-fwd', 't-back', 't-on']);
    expect(edges[0]).toMatchObject({
      type: 'transition',
      source: 'brief',
      target: 'review',
      sourceHandle: 'out',
      targetHandle: 'in',
      data: { kind: 'forward', label: 'ready' },
    });
    expect(edges[1]).toMatchObject({
      source: 'review',
      target: 'brief',
      sourceHandle: 'back-out',
      targetHandle: 'back-in',
    });
  });

  it('names an arrow by its kind and the steps at its ends', () => {
    const [forward, back] = syncEdges(threeSteps(), [], null);
    expect(forward!.ariaLabel).toBe('Forward arrow from Draft brief to Brief review');
    expect(back!.ariaLabel).toBe('Send back (rework) arrow from Brief review to Draft brief');
  });

  it('keeps the array when only a decision changes: the chip reads it from the store', () => {
    const doc = threeSteps();
    const edges = syncEdges(doc, [], null);
    const t = doc.transitions['t-fwd' as TransitionId]!;
    const decided = {
      ...doc,
      transitions: {
        ...doc.transitions,
        [t.id]: { ...t, decision: { ...t.decision, question: 'Is the brief complete?' } },
      },
    };
    expect(syncEdges(decided, edges, null)).toBe(edges);
  });

  it('renaming a step renames its arrows, unless names are kept while typing', () => {
    const doc = threeSteps();
    const edges = syncEdges(doc, [], null);
    const renamed = renameStep(doc, 'live', 'Launch');
    expect(syncEdges(renamed, edges, null, { keepNames: true })).toBe(edges);
    const next = syncEdges(renamed, edges, null);
    expect(next[2]!.ariaLabel).toBe('Forward arrow from Brief review to Launch');
    // The arrows that do not touch the renamed step stay the same objects.
    expect(next[0]).toBe(edges[0]);
    expect(next[1]).toBe(edges[1]);
  });

  it('a selection given selects exactly those arrows', () => {
    const edges = syncEdges(threeSteps(), [], new Set(['t-back']));
    expect(edges.map((edge) => edge.selected)).toEqual([false, true, false]);
  });
});
