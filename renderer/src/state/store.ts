/**
 * The renderer's state: plain data in slices, actions beside their data. Components select
 * narrowly so that typing in the inspector does not re-render the canvas.
 */
import { create } from 'zustand';
import { scheduleAnalysis } from '../analysis/analysisOf';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createWorkshopSlice, type WorkshopSlice } from './workshopSlice';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspaceSlice';

export type AppState = WorkspaceSlice & EditorSlice & UiSlice & WorkshopSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createWorkspaceSlice(...a),
  ...createEditorSlice(...a),
  ...createUiSlice(...a),
  ...createWorkshopSlice(...a),
}));

// Keep the analysis in step with the map, whatever changed it (an edit, undo, a reload).
useAppStore.subscribe((state, previous) => {
  if (state.doc !== previous.doc) scheduleAnalysis(state.doc);
});
