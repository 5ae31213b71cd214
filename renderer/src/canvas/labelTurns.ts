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
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react';
import { FAR_ZOOM, READABLE_STEP_PX, stepOnScreen } from './farZoom';
import { exposeLabelsWaiting } from './renderCounts';

const LABELS_PER_FRAME = 8;
/** How long the view rests after a move by hand before labels come in. */
const LABELS_AFTER_REST_MS = 150;

/** Room around the view, in screen pixels, where labels are drawn too (half a chip). */
const MARGIN = 100;

interface Area {
  readonly x: number;
  readonly y: number;
  readonly right: number;
  readonly bottom: number;
}

const NOWHERE: Area = { x: 0, y: 0, right: -1, bottom: -1 };

/**
 * The turns of one canvas's labels: each canvas has its own (useLabelArea), handed to its
 * arrows through LabelTurnsContext, so two canvases never hold each other's labels back.
 */
export class LabelTurns {
  readonly waiting = new Set<() => void>();
  private frame = 0;
  private held = false;
  private resting: ReturnType<typeof setTimeout> | undefined;
  /** Where labels are drawn, in map coordinates; null (everywhere) until the canvas says. */
  area: Area | null = null;
  private readonly areaListeners = new Set<() => void>();

  /**
   * The view has come to rest here (onMoveEnd, and when its size changes), or null: labels
   * everywhere (a map small enough to be drawn whole). With its far picture (`picture`, a map
   * of 500 steps and more) a map has none below FAR_ZOOM, where the picture covers them.
   */
  setArea(view: ReactFlowState | null, picture = false): void {
    if (view === null && this.area === null) return;
    if (view === null) this.area = null;
    else if (picture ? view.transform[2] < FAR_ZOOM : stepOnScreen(view) < READABLE_STEP_PX) {
      // Too small to read: no labels. Without the picture, the cards' badges stay while a step
      // is 60 px wide on screen or more, as its name does (farZoom.ts, Detail).
      this.area = NOWHERE;
    } else {
      const [tx, ty, zoom] = view.transform;
      this.area = {
        x: (-tx - MARGIN) / zoom,
        y: (-ty - MARGIN) / zoom,
        right: (view.width - tx + MARGIN) / zoom,
        bottom: (view.height - ty + MARGIN) / zoom,
      };
    }
    for (const listener of this.areaListeners) listener();
  }

  readonly subscribeToArea = (listener: () => void): (() => void) => {
    this.areaListeners.add(listener);
    return () => this.areaListeners.delete(listener);
  };

  /**
   * Holds new labels back while the view moves (onMoveStart and onMoveEnd), and, after a move
   * made by hand (`rest`), for a moment more: a pan followed at once by a zoom is one move to
   * the person making it.
   */
  hold(hold: boolean, rest = false): void {
    clearTimeout(this.resting);
    const letGo = () => {
      this.held = false;
      if (this.waiting.size > 0) this.frame ||= requestAnimationFrame(this.release);
    };
    if (hold) this.held = true;
    else if (rest) this.resting = setTimeout(letGo, LABELS_AFTER_REST_MS);
    else letGo();
  }

  /** Queues a label; `show` is called when its turn comes. */
  enqueue(show: () => void): () => void {
    this.waiting.add(show);
    if (!this.held) this.frame ||= requestAnimationFrame(this.release);
    return () => {
      this.waiting.delete(show);
    };
  }

  private readonly release = (): void => {
    this.frame = 0;
    if (this.held) return;
    let released = 0;
    for (const show of this.waiting) {
      this.waiting.delete(show);
      show();
      if (++released === LABELS_PER_FRAME) break;
    }
    if (this.waiting.size > 0) this.frame = requestAnimationFrame(this.release);
  };
}

/** The live canvas's label turns; none elsewhere, where every label shows at once. */
export const LabelTurnsContext = createContext<LabelTurns | null>(null);

const noArea = () => () => {};

/** Whether a label at this map point is drawn (always off the live canvas: `culled` false). */
export function useLabelInArea(x: number, y: number, culled: boolean): boolean {
  const turns = useContext(LabelTurnsContext);
  return useSyncExternalStore(turns?.subscribeToArea ?? noArea, () => {
    const area = turns?.area ?? null;
    return (
      !culled ||
      area === null ||
      (x >= area.x && x <= area.right && y >= area.y && y <= area.bottom)
    );
  });
}

/** False until this label's turn comes (at once when `queued` is false). */
export function useLabelTurn(queued: boolean): boolean {
  const turns = useContext(LabelTurnsContext);
  const [turn, setTurn] = useState(!queued || turns === null);
  useEffect(() => {
    if (turn || !turns) return;
    return turns.enqueue(() => setTurn(true));
  }, [turn, turns]);
  return turn;
}

const selectSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * For the live canvas (Canvas.tsx): labels wait while the view moves and, when `culled`
 * (a large map), are drawn only where the view comes to rest. Returns React Flow's
 * onMoveStart and onMoveEnd, and the turns to provide to the arrows (LabelTurnsContext).
 */
export function useLabelArea(
  culled: boolean,
  picture = false,
): {
  turns: LabelTurns;
  onMoveStart: () => void;
  onMoveEnd: (event: unknown) => void;
} {
  const [turns] = useState(() => new LabelTurns());
  const store = useStoreApi();
  // A move by hand ends with the event that ended it; "fit view" and the like with none.
  const onMoveEnd = useCallback(
    (event: unknown) => {
      turns.setArea(culled ? store.getState() : null, picture);
      turns.hold(false, !!event);
    },
    [turns, store, culled, picture],
  );
  const onMoveStart = useCallback(() => turns.hold(true), [turns]);
  const size = useStore(selectSize);
  useEffect(() => {
    turns.setArea(culled && size !== '0x0' ? store.getState() : null, picture);
  }, [turns, size, store, culled, picture]);
  useEffect(() => {
    exposeLabelsWaiting(() => turns.waiting.size);
    return () => {
      turns.hold(false);
      turns.setArea(null);
    };
  }, [turns]);
  return { turns, onMoveStart, onMoveEnd };
}
