import type { StateCreator } from 'zustand';
import type { MapDocument, TransitionId } from '../../../shared/model';
import type { AppState } from './createAppStore';

export interface WorkshopSession {
  /** The map as it was when the session started, for the closing summary. */
  readonly before: MapDocument;
  /** The decision on screen; its place in the walk is recomputed as the map changes. */
  readonly current: TransitionId | null;
  /** Minutes per decision, or null for no timebox. */
  readonly timeboxMinutes: number | null;
  /** When the current decision came on screen (for the timebox). */
  readonly shownAt: number;
  /** The walk is over and its summary is showing. */
  readonly ended: boolean;
}

export interface WorkshopSlice {
  workshop: WorkshopSession | null;
  startWorkshop(first: TransitionId | null): void;
  showDecision(id: TransitionId): void;
  setTimebox(minutes: number | null): void;
  endWorkshop(): void;
  closeWorkshop(): void;
}

export const createWorkshopSlice: StateCreator<AppState, [], [], WorkshopSlice> = (set, get) => ({
  workshop: null,
  startWorkshop(first) {
    const doc = get().doc;
    if (!doc) return;
    set({
      workshop: {
        before: doc,
        current: first,
        timeboxMinutes: null,
        shownAt: Date.now(),
        ended: false,
      },
    });
  },
  showDecision(id) {
    const session = get().workshop;
    if (session) set({ workshop: { ...session, current: id, shownAt: Date.now() } });
  },
  setTimebox(minutes) {
    const session = get().workshop;
    if (session) set({ workshop: { ...session, timeboxMinutes: minutes, shownAt: Date.now() } });
  },
  endWorkshop() {
    const session = get().workshop;
    if (session) set({ workshop: { ...session, ended: true } });
  },
  closeWorkshop() {
    set({ workshop: null });
  },
});
