/**
 * The renderer's state: plain data in slices, actions beside their data. Components select
 * narrowly so that typing in the inspector does not re-render the canvas.
 *
 * A store is built, not imported: everything it keeps (the saver, the map as last saved, the
 * analysis's timers) lives in the store it belongs to, and the API it talks to is handed in,
 * so a test can build one against a fake of the API and two stores never share anything.
 * The page builds one at start (main.tsx, store.ts).
 */
import { createStore, type StoreApi } from 'zustand';
import type { Api } from '../../../shared/api/contract';
import { createAnalysisScheduler } from './analysisScheduler';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createWorkshopSlice, type WorkshopSlice } from './workshopSlice';
import { createWorkspaceSlice, type Address, type WorkspaceSlice } from './workspaceSlice';

export type AppState = WorkspaceSlice & EditorSlice & UiSlice & WorkshopSlice;
export type AppStore = StoreApi<AppState>;

export interface AppStoreDeps {
  /** The calls to main (api/client.ts), or a fake of the same interface in a test. */
  readonly api: Api;
  /**
   * The same calls for edits flushed while the page is hidden or closing, in requests that
   * outlive the page (client.ts's `apiOutlivingPage`). `api` when not given.
   */
  readonly apiOutlivingPage?: Api;
  /** Where the route is kept; the page's address hash when not given. */
  readonly address?: Address;
}

export function createAppStore(deps: AppStoreDeps): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createWorkspaceSlice(deps)(...a),
    ...createEditorSlice(deps)(...a),
    ...createUiSlice(...a),
    ...createWorkshopSlice(...a),
  }));
  const analysis = createAnalysisScheduler(store);
  // Keep the analysis in step with the map, whatever changed it (an edit, undo, a reload).
  store.subscribe((state, previous) => {
    if (state.doc !== previous.doc) analysis.schedule(state.doc);
  });
  return store;
}
