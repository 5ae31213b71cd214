/**
 * What the canvas can do, in one place, so the keyboard, the toolbar and the native menu
 * all do exactly the same thing.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo } from 'react';
import type { Finding } from '../../../shared/analysis';
import type { StepId, StepKind, TransitionId } from '../../../shared/model';
import {
  copyFragment,
  newStep,
  newTransition,
  pasteFragment,
  splitTransition,
} from '../../../shared/operations/build';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { useAppStore } from '../state/store';
import { newId } from '../ui/ids';
import { STEP_MIN_HEIGHT, STEP_WIDTH } from './flowMapping';
import { bandsOverlap, laneBands, lanesOf } from '../../../shared/lanes/lanes';
import { autoLayout, LAYOUT_GAP } from './layout';
import { fitWhole } from './fitWhole';
import { fitPadding } from './LaneBands';
import { unassignedSteps } from '../../../shared/lanes/unassigned';
import { roleKindTarget } from '../inspector/roleKindTarget';
import { showRoleKind } from '../inspector/showRoleKind';

const GRID = 16;
/** Room between two steps for the decision chip on the arrow between them. */
const DECISION_GAP = 240;
const snap = (v: number) => Math.round(v / GRID) * GRID;
/** Room (px) kept between a step brought into view and the edge of the canvas. */
const VIEW_MARGIN = 48;

export function useCanvasCommands(canvasElement: () => HTMLElement | null) {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  return useMemo(() => {
    const store = () => useAppStore.getState();

    function viewCentre() {
      const rect = canvasElement()?.getBoundingClientRect();
      const point = rect
        ? flow.screenToFlowPosition({
            x: rect.left + rect.width / 2,
            y: rect.top + rect.height / 2,
          })
        : { x: 0, y: 0 };
      return { x: point.x - STEP_WIDTH / 2, y: point.y - STEP_MIN_HEIGHT / 2 };
    }

    /** The nearest place at or below `wanted` where a new step covers no other step. */
    function freeSpot(wanted: { x: number; y: number }) {
      const steps = Object.values(store().doc?.steps ?? {});
      const spot = { x: snap(wanted.x), y: snap(wanted.y) };
      const overlaps = () =>
        steps.some(
          (s) =>
            Math.abs(s.position.x - spot.x) < STEP_WIDTH + 16 &&
            Math.abs(s.position.y - spot.y) < STEP_MIN_HEIGHT + 24,
        );
      for (let tries = 0; tries < 200 && overlaps(); tries++) spot.y += 96;
      return spot;
    }

    /**
     * Pans (not zooms) just enough that a step placed off-screen comes into view, at once:
     * the canvas draws only what is in view, and the new step's name field must be there to
     * take the next keystroke, not after an animation. Panning no further than needed keeps
     * the step it follows, and the arrow between them, on screen.
     */
    function keepInView(position: { x: number; y: number }) {
      const rect = canvasElement()?.getBoundingClientRect();
      if (!rect) return;
      const topLeft = flow.flowToScreenPosition(position);
      const bottomRight = flow.flowToScreenPosition({
        x: position.x + STEP_WIDTH,
        y: position.y + STEP_MIN_HEIGHT,
      });
      const overshoot = (low: number, high: number, min: number, max: number) =>
        high > max - VIEW_MARGIN
          ? Math.min(high - (max - VIEW_MARGIN), low - (min + VIEW_MARGIN))
          : low < min + VIEW_MARGIN
            ? low - (min + VIEW_MARGIN)
            : 0;
      const dx = overshoot(topLeft.x, bottomRight.x, rect.left, rect.right);
      const dy = overshoot(topLeft.y, bottomRight.y, rect.top, rect.bottom);
      if (dx !== 0 || dy !== 0) {
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport({ x: x - dx, y: y - dy, zoom });
      }
    }

    return {
      /**
       * Adds a step. With one step selected, the new step goes to its right and the work
       * flows into it, so a facilitator can capture a workflow by typing N, a name, Enter.
       */
      addStep(kind: StepKind) {
        const { doc, selection } = store();
        if (doc && selection.transitions.length > 0) {
          // An arrow selected: the step goes onto it, never loose beside it.
          const arrow = doc.transitions[selection.transitions[0]!];
          if (selection.transitions.length > 1 || selection.steps.length > 0 || !arrow) {
            store().setNotice(ERROR_MESSAGES.STEP_NEEDS_ONE_PLACE);
            return;
          }
          this.addStepOnArrow(kind, arrow.id);
          return;
        }
        const after = selection.steps.length === 1 ? doc?.steps[selection.steps[0]!] : undefined;
        const id = newId('s') as StepId;
        // The decision view puts a chip on every arrow: leave room for it between steps.
        const gap = store().view === 'decision' ? DECISION_GAP : 80;
        const position = freeSpot(
          after ? { x: after.position.x + STEP_WIDTH + gap, y: after.position.y } : viewCentre(),
        );
        const transitions = after ? [newTransition(newId('t') as TransitionId, after.id, id)] : [];
        store().edit(
          { type: 'elements/add', steps: [newStep(id, kind, position)], transitions },
          { select: { steps: [id], transitions: [] } },
        );
        store().setRenaming(id);
        keepInView(position);
      },
      /**
       * Puts a new step on an arrow, halfway between its two steps (or the nearest free place
       * below), as one undo step; the arrow's decision stays with the leg into its old target.
       */
      addStepOnArrow(kind: StepKind, arrowId: TransitionId) {
        const doc = store().doc;
        const arrow = doc?.transitions[arrowId];
        const from = arrow && doc.steps[arrow.from];
        const to = arrow && doc.steps[arrow.to];
        if (!arrow || !from || !to) return;
        const id = newId('s') as StepId;
        const position = freeSpot({
          x: (from.position.x + to.position.x) / 2,
          y: (from.position.y + to.position.y) / 2,
        });
        store().edit(
          splitTransition(arrow, newStep(id, kind, position), newId('t') as TransitionId),
          { select: { steps: [id], transitions: [] } },
        );
        store().setRenaming(id);
        keepInView(position);
      },
      connect(from: StepId, to: StepId) {
        const doc = store().doc;
        if (!doc || from === to) return;
        const exists = doc.transitionOrder.some((id) => {
          const t = doc.transitions[id]!;
          return t.from === from && t.to === to;
        });
        if (exists) return;
        const id = newId('t') as TransitionId;
        store().edit(
          { type: 'elements/add', steps: [], transitions: [newTransition(id, from, to)] },
          { select: { steps: [], transitions: [id] } },
        );
      },
      deleteSelection() {
        const { selection } = store();
        if (selection.steps.length === 0 && selection.transitions.length === 0) return;
        store().edit({
          type: 'elements/remove',
          stepIds: selection.steps,
          transitionIds: selection.transitions,
        });
      },
      selectAll() {
        const doc = store().doc;
        if (!doc) return;
        store().setSelection({ steps: [...doc.stepOrder], transitions: [...doc.transitionOrder] });
      },
      copy() {
        const { doc, selection } = store();
        if (!doc || selection.steps.length === 0) return false;
        store().setClipboard({ fragment: copyFragment(doc, selection.steps), pastes: 0 });
        return true;
      },
      paste() {
        const clipboard = store().clipboard;
        if (!clipboard || clipboard.fragment.steps.length === 0) return;
        const pastes = clipboard.pastes + 1;
        store().setClipboard({ ...clipboard, pastes });
        const op = pasteFragment(clipboard.fragment, (prefix) => newId(prefix), {
          x: 32 * pastes,
          y: 32 * pastes,
        });
        store().edit(
          op,
          op.type === 'elements/add'
            ? {
                select: {
                  steps: op.steps.map((s) => s.id),
                  transitions: op.transitions.map((t) => t.id),
                },
              }
            : {},
        );
      },
      duplicate() {
        // Duplicating leaves what was copied before on the clipboard.
        const saved = store().clipboard;
        if (this.copy()) this.paste();
        if (saved) store().setClipboard(saved);
      },
      layout() {
        const doc = store().doc;
        if (!doc || doc.stepOrder.length === 0) return;
        // Room for the decision cards in either view, so switching views never puts a card
        // on a step.
        const moves = autoLayout(
          doc,
          LAYOUT_GAP,
          (id) => {
            const node = flow.getNode(id);
            return node?.measured?.width && node.measured.height
              ? { width: node.measured.width, height: node.measured.height }
              : undefined;
          },
          // With swimlanes on, every step goes into its performer's band.
          { lanes: store().lanes ? lanesOf(doc) : undefined, direction: store().flowDirection },
        );
        store().edit({ type: 'steps/move', moves });
        requestAnimationFrame(() => fitWhole(flow, flowStore.getState, 200));
      },
      /**
       * Auto-layout the other way round: left to right becomes top to bottom and back. The
       * map is laid out again at once (one undo step), so the choice shows what it does.
       */
      switchFlowDirection() {
        store().toggleFlowDirection();
        this.layout();
      },
      /**
       * Swimlanes on or off. Turned on over a map whose steps are not in their lanes (drawn
       * before), it lays the map out in lanes, one undo step, rather than draw bands over
       * one another.
       */
      toggleLanes() {
        store().toggleLanes();
        const doc = store().doc;
        if (!store().lanes || !doc) return;
        const size = (id: string) => {
          const node = flow.getNode(id);
          return {
            width: node?.measured?.width ?? STEP_WIDTH,
            height: node?.measured?.height ?? STEP_MIN_HEIGHT,
          };
        };
        if (bandsOverlap(laneBands(doc, size))) this.layout();
      },
      /**
       * Takes the person to what a finding points at: selects it, frames it on the canvas,
       * and puts the keyboard in the inspector field that fixes it.
       */
      reveal(finding: Finding) {
        const target = finding.targets[0];
        const doc = store().doc;
        if (!target || !doc) return;
        if (target.kind === 'role') {
          // A note about a role: its place is the roster, in the map panel.
          if (!store().mapPanelOpen) store().toggleMapPanel();
          if (target.field) store().focusField(target.id, target.field);
          return;
        }
        const transition = target.kind === 'transition' ? doc.transitions[target.id] : undefined;
        const stepIds = transition ? [transition.from, transition.to] : [target.id];
        // A finding settled by what kind a role is leads to that role's kind in the Roles
        // panel (the map's panel, shown when nothing is selected); the arrow is still framed.
        const role = roleKindTarget(finding, doc);
        if (role) showRoleKind(role);
        else {
          store().setSelection(
            transition
              ? { steps: [], transitions: [transition.id] }
              : { steps: [target.id as StepId], transitions: [] },
          );
        }
        void flow.fitView({
          nodes: stepIds.map((id) => ({ id })),
          // On a large map React Flow holds steps away from the view hidden (useFarSwap.ts).
          includeHiddenNodes: true,
          padding: 0.5,
          minZoom: 0.7,
          maxZoom: 1.1,
          duration: 250,
        });
        if (!role && target.field) store().focusField(target.id, target.field);
      },
      /**
       * Takes the person to the steps nobody performs yet (the lane "No performer yet"):
       * frames them all, selects the first and puts the keyboard in its performer field, so
       * the room's answer is typed at once; the next one is a click away again.
       */
      showUnassigned() {
        const doc = store().doc;
        const found = doc ? unassignedSteps(doc) : null;
        if (!found) return;
        const first = found.stepIds[0]!;
        flow.setNodes((nodes) =>
          nodes.map((node) => {
            const selected = node.id === first;
            return node.selected === selected ? node : { ...node, selected };
          }),
        );
        flow.setEdges((edges) => edges.map((e) => (e.selected ? { ...e, selected: false } : e)));
        store().setSelection({ steps: [first], transitions: [] });
        void flow.fitView({
          nodes: found.stepIds.map((id) => ({ id })),
          includeHiddenNodes: true,
          padding: fitPadding(store().lanes),
          minZoom: 0.5,
          maxZoom: 1.1,
          duration: 250,
        });
        store().focusField(first, 'performer');
      },
      fit() {
        fitWhole(flow, flowStore.getState, 200);
      },
    };
  }, [flow, flowStore, canvasElement]);
}

export type CanvasCommands = ReturnType<typeof useCanvasCommands>;
