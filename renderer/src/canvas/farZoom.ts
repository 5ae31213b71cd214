import type { ReactFlowState } from '@xyflow/react';
import { createContext } from 'react';

/**
 * Below this zoom a large map is one picture (FarDrawing.tsx) and arrows lose their labels
 * (labelTurns.ts): too many steps are in view for any of their words to be read.
 */
export const FAR_ZOOM = 0.35;

/** Below this zoom the words on steps and chips are too small to read on a shared screen. */
export const READABLE_ZOOM = 0.7;

/** For `useStore`: true while zoomed out below FAR_ZOOM (changes only when crossing it). */
export const selectFar = (s: ReactFlowState): boolean => s.transform[2] < FAR_ZOOM;

/**
 * How much a step and a chip say, by how large they are on screen, so the map always says
 * something: 'full' everything; 'names' (a step 120 to 60 px wide on screen) the step's
 * name in large type and each chip shrunk to its readiness badge (icon, colour, one word);
 * 'far' (a step under 60 px wide) the name in larger type still. Set as a class on the
 * canvas (canvas.css), so crossing a level restyles and re-renders nothing in React.
 */
export type Detail = 'full' | 'names' | 'far';

/** Below this zoom a 13 px name reads under 8 px: names grow and chips become badges. */
export const NAMES_ZOOM = 0.6;
/** A step at least this wide on screen still carries its name and its cards' badges. */
export const READABLE_STEP_PX = 60;
/** A step narrower than this on screen gives its room to its name alone ('names'). */
const FULL_STEP_PX = 120;

/**
 * The steps' drawn width, as React Flow measured them (the first measured step: every step
 * is as wide, steps.css), or 200 before any is measured. Looked up in every frame of a move,
 * so it stops at the first measured step.
 */
export function stepWidthOf(s: ReactFlowState): number {
  for (const node of s.nodeLookup.values()) {
    if (node.measured.width) return node.measured.width;
  }
  return 200;
}

/** How wide a step is on screen, in pixels, at the view's zoom. */
export const stepOnScreen = (s: ReactFlowState): number => s.transform[2] * stepWidthOf(s);

/**
 * For `useStore`: the level of detail (changes only when crossing a level), by how wide a
 * step is on screen (measured, not a fixed zoom): full from 120 px, names from 60 px (the
 * zooms NAMES_ZOOM and FAR_NAMES_ZOOM for the usual 200 px step), far below.
 */
export const selectDetail = (s: ReactFlowState): Detail => {
  const px = stepOnScreen(s);
  return px >= FULL_STEP_PX ? 'full' : px >= READABLE_STEP_PX ? 'names' : 'far';
};

/**
 * How the canvas shows the map zoomed far out: 'simplify' in the live canvas (Canvas.tsx),
 * which steps down its level of detail (Detail); 'picture' there for a large map, whose
 * far-out picture covers everything (FarDrawing.tsx, nothing in React Flow changes); 'none'
 * elsewhere, e.g. an off-screen copy drawn for a picture of the whole map.
 */
export type FarOut = 'none' | 'simplify' | 'picture';
export const FarOutMode = createContext<FarOut>('none');
