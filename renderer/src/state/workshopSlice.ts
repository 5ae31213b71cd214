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
  /** What the room put into the map this session (accepted answers, revealed dots), in words. */
  readonly fromRoom: readonly string[];
}

export interface WorkshopSlice {
  workshop: WorkshopSession | null;
  startWorkshop(first: TransitionId | null): void;
  showDecision(id: TransitionId): void;
  setTimebox(minutes: number | null): void;
  endWorkshop(): void;
  closeWorkshop(): void;
  /** Notes for the summary what the room put into the map ("proposed by the room"). */
  noteFromRoom(what: string): void;
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
        fromRoom: [],
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
  noteFromRoom(what) {
    const session = get().workshop;
    if (session) set({ workshop: { ...session, fromRoom: [...session.fromRoom, what] } });
  },
});
