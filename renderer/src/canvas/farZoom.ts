import type { ReactFlowState } from '@xyflow/react';
import { createContext } from 'react';

/**
 * Below this zoom the words on the canvas are too small to read: steps are drawn as plain
 * boxes (a class on the canvas, see editor.css) and arrows without chips or captions.
 */
export const FAR_ZOOM = 0.35;

/** Below this zoom the words on steps and chips are too small to read on a shared screen. */
export const READABLE_ZOOM = 0.7;

/** For `useStore`: true while zoomed out below FAR_ZOOM (changes only when crossing it). */
export const selectFar = (s: ReactFlowState): boolean => s.transform[2] < FAR_ZOOM;

/**
 * How the canvas shows the map zoomed far out: 'simplify' in the live canvas (Canvas.tsx),
 * where arrows drop their labels; 'picture' there for a large map, whose far-out picture
 * covers everything (FarDrawing.tsx, nothing in React Flow changes); 'none' elsewhere, e.g.
 * an off-screen copy drawn for a picture of the whole map.
 */
export type FarOut = 'none' | 'simplify' | 'picture';
export const FarOutMode = createContext<FarOut>('none');
