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
import { FAR_ZOOM, READABLE_STEP_PX, stepOnScreen } from './farZoom';
import { exposeLabelsWaiting } from './renderCounts';

const LABELS_PER_FRAME = 8;
/** How long the view rests after a move by hand before labels come in. */
const LABELS_AFTER_REST_MS = 150;

const waiting = new Set<() => void>();
exposeLabelsWaiting(() => waiting.size);
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

const NOWHERE: Area = { x: 0, y: 0, right: -1, bottom: -1 };

/** Where labels are drawn, in map coordinates; null (everywhere) until the canvas says. */
let area: Area | null = null;
const areaListeners = new Set<() => void>();

/**
 * The view has come to rest here (onMoveEnd, and when its size changes), or null: labels
 * everywhere (a map small enough to be drawn whole). With its far picture (`picture`, a map
 * of 500 steps and more) a map has none below FAR_ZOOM, where the picture covers them.
 */
function setLabelArea(view: ReactFlowState | null, picture = false): void {
  if (view === null && area === null) return;
  if (view === null) area = null;
  else if (picture ? view.transform[2] < FAR_ZOOM : stepOnScreen(view) < READABLE_STEP_PX) {
    // Too small to read: no labels. Without the picture, the cards' badges stay while a step
    // is 60 px wide on screen or more, as its name does (farZoom.ts, Detail).
    area = NOWHERE;
  } else {
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

/**
 * Holds new labels back while the view moves (onMoveStart and onMoveEnd), and, after a move
 * made by hand (`rest`), for a moment more: a pan followed at once by a zoom is one move to
 * the person making it.
 */
let resting: ReturnType<typeof setTimeout> | undefined;
function holdLabels(hold: boolean, rest = false): void {
  clearTimeout(resting);
  const letGo = () => {
    held = false;
    if (waiting.size > 0) frame ||= requestAnimationFrame(release);
  };
  if (hold) held = true;
  else if (rest) resting = setTimeout(letGo, LABELS_AFTER_REST_MS);
  else letGo();
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
export function useLabelArea(
  culled: boolean,
  picture = false,
): {
  onMoveStart: () => void;
  onMoveEnd: (event: unknown) => void;
} {
  const store = useStoreApi();
  // A move by hand ends with the event that ended it; "fit view" and the like with none.
  const onMoveEnd = useCallback(
    (event: unknown) => {
      setLabelArea(culled ? store.getState() : null, picture);
      holdLabels(false, !!event);
    },
    [store, culled, picture],
  );
  const size = useStore(selectSize);
  useEffect(() => {
    setLabelArea(culled && size !== '0x0' ? store.getState() : null, picture);
  }, [size, store, culled, picture]);
  useEffect(
    () => () => {
      holdLabels(false);
      setLabelArea(null);
    },
    [],
  );
  return { onMoveStart: holdWhileMoving, onMoveEnd };
}
