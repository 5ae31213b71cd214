/**
 * Arrow labels (decision chips, captions) are the heaviest part of the canvas: every frame of
 * a pan or zoom costs more for each one in the page. So on the live canvas:
 * - they appear a few at a time, at most LABELS_PER_FRAME in each animation frame, in the
 *   order their arrows came into view: zooming in or panning over a large map brings hundreds
 *   of arrows into view at once, and their labels fill in over a few frames instead of
 *   stalling one;
 * - while the view moves (a pan or zoom in progress) none appear: each would cost that move
 *   a frame, and most would slide out of view again; they fill in once it stops;
 * - on a large map, only labels whose middle is in the view where it last came to rest (and
 *   a margin) are drawn, not those of every arrow that merely crosses the view.
 */
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

const LABELS_PER_FRAME = 8;

const waiting = new Set<() => void>();
let frame = 0;
let held = false;

/** Room around the view, in screen pixels, where labels are drawn too (half a chip). */
const MARGIN = 100;

interface Area {
  readonly x: number;
  readonly y: number;
  readonly right: number;
  readonly bottom: number;
}

/** Where labels are drawn, in map coordinates; null (everywhere) until the canvas says. */
let area: Area | null = null;
const areaListeners = new Set<() => void>();

/**
 * The view has come to rest here (onMoveEnd, and when its size changes), or null: labels
 * everywhere (a map small enough to be drawn whole).
 */
function setLabelArea(view: ReactFlowState | null): void {
  if (view === null && area === null) return;
  if (view === null) area = null;
  else {
    const [tx, ty, zoom] = view.transform;
    area = {
      x: (-tx - MARGIN) / zoom,
      y: (-ty - MARGIN) / zoom,
      right: (view.width - tx + MARGIN) / zoom,
      bottom: (view.height - ty + MARGIN) / zoom,
    };
  }
  for (const listener of areaListeners) listener();
}

function subscribeToArea(listener: () => void): () => void {
  areaListeners.add(listener);
  return () => areaListeners.delete(listener);
}

/** Whether a label at this map point is drawn (always off the live canvas: `culled` false). */
export function useLabelInArea(x: number, y: number, culled: boolean): boolean {
  return useSyncExternalStore(
    subscribeToArea,
    () =>
      !culled ||
      area === null ||
      (x >= area.x && x <= area.right && y >= area.y && y <= area.bottom),
  );
}

/** Holds new labels back while the view moves (onMoveStart and onMoveEnd). */
function holdLabels(hold: boolean): void {
  held = hold;
  if (!held && waiting.size > 0) frame ||= requestAnimationFrame(release);
}

function release(): void {
  frame = 0;
  if (held) return;
  let released = 0;
  for (const show of waiting) {
    waiting.delete(show);
    show();
    if (++released === LABELS_PER_FRAME) break;
  }
  if (waiting.size > 0) frame = requestAnimationFrame(release);
}

/** False until this label's turn comes (at once when `queued` is false). */
export function useLabelTurn(queued: boolean): boolean {
  const [turn, setTurn] = useState(!queued);
  useEffect(() => {
    if (turn) return;
    const show = () => setTurn(true);
    waiting.add(show);
    if (!held) frame ||= requestAnimationFrame(release);
    return () => {
      waiting.delete(show);
    };
  }, [turn]);
  return turn;
}

const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;
const holdWhileMoving = () => holdLabels(true);

/**
 * For the live canvas (Canvas.tsx): labels wait while the view moves and, when `culled`
 * (a large map), are drawn only where the view comes to rest. Returns React Flow's
 * onMoveStart and onMoveEnd.
 */
export function useLabelArea(culled: boolean): { onMoveStart: () => void; onMoveEnd: () => void } {
  const store = useStoreApi();
  const onMoveEnd = useCallback(() => {
    setLabelArea(culled ? store.getState() : null);
    holdLabels(false);
  }, [store, culled]);
  const size = useStore(selectSize);
  useEffect(() => {
    setLabelArea(culled && size !== '0x0' ? store.getState() : null);
  }, [size, store, culled]);
  useEffect(
    () => () => {
      holdLabels(false);
      setLabelArea(null);
    },
    [],
  );
  return { onMoveStart: holdWhileMoving, onMoveEnd };
}
