/**
 * Arrow labels (decision chips, captions) appear a few at a time, at most LABELS_PER_FRAME
 * in each animation frame, in the order their arrows came into view. Zooming in or panning
 * over a large map brings hundreds of arrows into view at once; their labels, the heaviest
 * part of the canvas, then fill in over a few frames instead of stalling one.
 */
import { useEffect, useState } from 'react';

const LABELS_PER_FRAME = 8;

const waiting = new Set<() => void>();
let frame = 0;

function release(): void {
  frame = 0;
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
    frame ||= requestAnimationFrame(release);
    return () => {
      waiting.delete(show);
    };
  }, [turn]);
  return turn;
}
