/**
 * A selection made on the canvas (a click, Shift+click, a box, Enter on a focused step) into
 * the store, which holds the one selection (state/editorSlice.ts). React Flow says what its
 * gesture selected and unselected as `select` changes; they are applied to the store's
 * selection, never read back from React Flow afterwards: React Flow reports a selection a
 * render late, and taking such a report back would undo a newer one made meanwhile (quick
 * presses in the workshop walk). The canvas then draws the store's selection (Canvas.tsx).
 */
import { useCallback, useMemo, useRef } from 'react';
import type { StepId, TransitionId } from '../../../shared/model';
import type { Selection } from '../state/editorSlice';
import { useAppStore } from '../state/store';

/** What one gesture picked: ids selected (true) or unselected (false). */
export interface Picks {
  readonly steps: ReadonlyMap<string, boolean>;
  readonly arrows: ReadonlyMap<string, boolean>;
}

interface SelectChange {
  readonly type: string;
  readonly id?: string;
  readonly selected?: boolean;
}

function picked(ids: readonly string[], picks: ReadonlyMap<string, boolean>): string[] {
  const next = new Set(ids);
  for (const [id, selected] of picks) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return [...next];
}

/**
 * The selection after a gesture's picks. Arrows React Flow does not hold (away from the view
 * on a large map, useFarSwap.ts) are never unselected by it, so they stay as they were.
 */
export function selectionAfter(selection: Selection, picks: Picks): Selection {
  return {
    steps: picked(selection.steps, picks.steps) as StepId[],
    transitions: picked(selection.transitions, picks.arrows) as TransitionId[],
  };
}

/**
 * Handlers for React Flow's node and edge changes and drags. A step grabbed and dragged is
 * selected as the drag starts; the inspector that selection opens would reflow the whole
 * window in the drag's first frame, so the selection is passed on when the step is dropped.
 */
export function useCanvasSelection() {
  const picks = useRef<{ steps: Map<string, boolean>; arrows: Map<string, boolean> } | null>(null);
  const dragging = useRef(false);

  const pass = useCallback(() => {
    const gesture = picks.current;
    if (!gesture || dragging.current) return;
    picks.current = null;
    const store = useAppStore.getState();
    store.setSelection(selectionAfter(store.selection, gesture));
  }, []);

  const take = useCallback(
    (kind: 'steps' | 'arrows', changes: readonly SelectChange[]) => {
      let first = false;
      for (const change of changes) {
        if (change.type !== 'select' || change.id === undefined) continue;
        if (!picks.current) {
          picks.current = { steps: new Map(), arrows: new Map() };
          first = true;
        }
        picks.current[kind].set(change.id, !!change.selected);
      }
      // After the gesture's node and edge changes, and after onNodeDragStart when the picks
      // came from grabbing a step (React Flow calls both in one go).
      if (first) queueMicrotask(pass);
    },
    [pass],
  );

  return useMemo(
    () => ({
      takeStepPicks: (changes: readonly SelectChange[]) => take('steps', changes),
      takeArrowPicks: (changes: readonly SelectChange[]) => take('arrows', changes),
      onNodeDragStart() {
        dragging.current = true;
      },
      onNodeDragStop() {
        dragging.current = false;
        pass();
      },
    }),
    [take, pass],
  );
}
