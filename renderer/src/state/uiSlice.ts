import type { StateCreator } from 'zustand';
import type { Analysis } from '../../../shared/analysis';
import type { FlowDirection } from '../canvas/layout';
import type { AppState } from './createAppStore';

export type CanvasView = 'workflow' | 'decision';

/** A request to put the keyboard in one inspector field (after clicking a finding). */
export interface FieldFocus {
  readonly elementId: string;
  readonly field: string;
  /** Differs on every request, so asking twice for the same field focuses it twice. */
  readonly nonce: number;
}

export interface UiSlice {
  /** The analysis of the open map (see analysis/analysisOf.ts for when it is refreshed). */
  analysis: Analysis | null;
  view: CanvasView;
  /**
   * The decision-rights matrix shown in place of the canvas (key R). Kept apart from `view`
   * so the canvas keeps its own workflow/decision view for when the matrix closes.
   */
  matrixOpen: boolean;
  analysisOpen: boolean;
  /** Swimlanes: a band per performing role behind the steps. */
  lanes: boolean;
  /**
   * Which way auto-layout runs the flow: left to right, or top to bottom. A setting of the
   * view, like the lanes; the map keeps only the positions it gives (and its arrows follow
   * them: arrowPath.ts's arrowSides).
   */
  flowDirection: FlowDirection;
  /** The map's own panel (purpose, roles, information) when nothing is selected. */
  mapPanelOpen: boolean;
  fieldFocus: FieldFocus | null;
  toggleView(): void;
  setView(view: CanvasView): void;
  toggleMatrix(): void;
  toggleAnalysis(): void;
  toggleLanes(): void;
  toggleFlowDirection(): void;
  toggleMapPanel(): void;
  focusField(elementId: string, field: string): void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  analysis: null,
  view: 'decision',
  matrixOpen: false,
  analysisOpen: true,
  lanes: false,
  flowDirection: 'right',
  mapPanelOpen: false,
  fieldFocus: null,
  toggleView() {
    // From the matrix, D goes back to the canvas view the person left.
    if (get().matrixOpen) set({ matrixOpen: false });
    else set({ view: get().view === 'decision' ? 'workflow' : 'decision' });
  },
  setView(view) {
    set({ view, matrixOpen: false });
  },
  toggleMatrix() {
    set({ matrixOpen: !get().matrixOpen });
  },
  toggleAnalysis() {
    set({ analysisOpen: !get().analysisOpen });
  },
  toggleLanes() {
    set({ lanes: !get().lanes });
  },
  toggleFlowDirection() {
    set({ flowDirection: get().flowDirection === 'right' ? 'down' : 'right' });
  },
  toggleMapPanel() {
    set({ mapPanelOpen: !get().mapPanelOpen });
  },
  focusField(elementId, field) {
    set({ fieldFocus: { elementId, field, nonce: Date.now() + Math.random() } });
  },
});
