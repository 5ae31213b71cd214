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
/** Below this zoom a 200 px step is under 60 px wide on screen. */
export const FAR_NAMES_ZOOM = 0.3;

/** For `useStore`: the level of detail at this zoom (changes only when crossing a level). */
export const selectDetail = (s: ReactFlowState): Detail => {
  const zoom = s.transform[2];
  return zoom >= NAMES_ZOOM ? 'full' : zoom >= FAR_NAMES_ZOOM ? 'names' : 'far';
};

/**
 * How the canvas shows the map zoomed far out: 'simplify' in the live canvas (Canvas.tsx),
 * which steps down its level of detail (Detail); 'picture' there for a large map, whose
 * far-out picture covers everything (FarDrawing.tsx, nothing in React Flow changes); 'none'
 * elsewhere, e.g. an off-screen copy drawn for a picture of the whole map.
 */
export type FarOut = 'none' | 'simplify' | 'picture';
export const FarOutMode = createContext<FarOut>('none');
