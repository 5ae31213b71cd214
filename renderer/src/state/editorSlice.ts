import type { StateCreator } from 'zustand';
import type { Args } from '../../../shared/api/contract';
import type { MapDocument, MapId, StepId, TransitionId } from '../../../shared/model';
import { applyOperation } from '../../../shared/operations/apply';
import { invertOperation } from '../../../shared/operations/invert';
import type { Operation } from '../../../shared/operations/types';
import { api, apiOutlivingPage, ApiError, KEEPALIVE_BUDGET_BYTES, messageOf } from '../api/client';
import { record, type HistoryEntry } from './history';
import { Saver, type SaveState } from './saver';
import { PieceSender } from './savePieces';
import type { AppState } from './store';

export interface Selection {
  readonly steps: readonly StepId[];
  readonly transitions: readonly TransitionId[];
}

export interface EditOptions {
  /** Typing: saved when it pauses, merged into one undo entry per field. */
  readonly typingKey?: string;
}

export interface EditorSlice {
  mapId: MapId | null;
  doc: MapDocument | null;
  loadError: string | null;
  undoStack: readonly HistoryEntry[];
  redoStack: readonly HistoryEntry[];
  saveState: SaveState;
  /** A message about an edit that could not be kept; shown until dismissed. */
  editNotice: string | null;
  selection: Selection;
  /** The step whose label is being edited on the canvas. */
  renamingStepId: StepId | null;
  openMap(id: MapId): Promise<void>;
  closeMap(): Promise<void>;
  /** Applies edits at once, records them for undo, and queues them for saving. */
  edit(ops: Operation | readonly Operation[], options?: EditOptions): void;
  undo(): void;
  redo(): void;
  setSelection(selection: Selection): void;
  setRenaming(id: StepId | null): void;
  dismissEditNotice(): void;
  flushSaves(): Promise<void>;
}

const emptySelection: Selection = { steps: [], transitions: [] };
let saver: Saver | null = null;
/** Flushes started because the page is being hidden or closed (see flushNow). */
let leavingFlushes = 0;

/**
 * Applies ops one by one, collecting what undoes them: the inverses of later ops first, each
 * op's own inverse operations kept in their order.
 */
function applyWithInverse(doc: MapDocument, ops: readonly Operation[]) {
  let current = doc;
  const inverse: Operation[] = [];
  for (const op of ops) {
    inverse.unshift(...invertOperation(current, op));
    current = applyOperation(current, op);
  }
  return { doc: current, inverse };
}

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set, get) => {
  function makeSaver(mapId: MapId): Saver {
    const pieces = new PieceSender(mapId, KEEPALIVE_BUDGET_BYTES, async (ops, outliveThePage) => {
      const client = outliveThePage ? apiOutlivingPage : api;
      // Operation values are exactly what the contract's schema accepts (checked in shared/).
      const saved = await client['map:apply']({ id: mapId, ops: ops as Args<'map:apply'>['ops'] });
      return saved.revision;
    });
    return new Saver({
      send: async (ops) => {
        await pieces.send(ops, leavingFlushes > 0);
      },
      onState: (saveState) => {
        if (get().mapId === mapId) set({ saveState });
      },
      isRefusal: (error) =>
        error instanceof ApiError &&
        ['INVALID_EDIT', 'INVALID_REQUEST', 'MAP_NOT_FOUND'].includes(error.code),
      onRejected: (error) => {
        // What is on disk is the truth: reload it rather than keep a copy that differs.
        set({ editNotice: `${messageOf(error)} The map was reloaded as last saved.` });
        void get().openMap(mapId);
      },
    });
  }

  /** Applies and saves without touching the history (for undo and redo themselves). */
  function applyAndSave(ops: readonly Operation[], typingKey?: string) {
    const { doc } = get();
    if (!doc || ops.length === 0) return null;
    try {
      const result = applyWithInverse(doc, ops);
      set({ doc: result.doc });
      saver?.enqueue(ops, typingKey !== undefined);
      return result.inverse;
    } catch (error) {
      set({ editNotice: messageOf(error) });
      return null;
    }
  }

  return {
    mapId: null,
    doc: null,
    loadError: null,
    undoStack: [],
    redoStack: [],
    saveState: { kind: 'saved' },
    editNotice: null,
    selection: emptySelection,
    renamingStepId: null,

    async openMap(id) {
      if (get().mapId !== id) {
        await get().flushSaves();
        saver?.dispose();
        saver = makeSaver(id);
        set({
          mapId: id,
          doc: null,
          undoStack: [],
          redoStack: [],
          selection: emptySelection,
          // A message about another map's edit does not belong on this one.
          editNotice: null,
        });
      }
      set({ loadError: null, saveState: { kind: 'saved' } });
      try {
        const opened = await api['map:open']({ id });
        if (get().mapId === id) set({ doc: opened.doc });
      } catch (error) {
        if (get().mapId === id) set({ loadError: messageOf(error) });
      }
    },

    async closeMap() {
      await get().flushSaves();
      saver?.dispose();
      saver = null;
      set({
        mapId: null,
        doc: null,
        undoStack: [],
        redoStack: [],
        selection: emptySelection,
        editNotice: null,
      });
    },

    edit(input, options = {}) {
      const ops = Array.isArray(input) ? (input as Operation[]) : [input as Operation];
      const inverse = applyAndSave(ops, options.typingKey);
      if (!inverse) return;
      const entry: HistoryEntry = {
        ops,
        inverse,
        mergeKey: options.typingKey ?? null,
        at: Date.now(),
      };
      set({ undoStack: record(get().undoStack, entry), redoStack: [] });
    },

    undo() {
      const entry = get().undoStack.at(-1);
      if (!entry) return;
      if (!applyAndSave(entry.inverse)) return;
      set({
        undoStack: get().undoStack.slice(0, -1),
        redoStack: [...get().redoStack, { ...entry, mergeKey: null }],
      });
    },

    redo() {
      const entry = get().redoStack.at(-1);
      if (!entry) return;
      if (!applyAndSave(entry.ops)) return;
      set({
        redoStack: get().redoStack.slice(0, -1),
        undoStack: [...get().undoStack, entry],
      });
    },

    setSelection(selection) {
      set({ selection });
    },

    setRenaming(id) {
      set({ renamingStepId: id });
    },

    dismissEditNotice() {
      set({ editNotice: null });
    },

    async flushSaves() {
      await saver?.flush();
    },
  };
};

/** Whether edits are still waiting to reach the disk (to warn before the page closes). */
export function hasUnsavedEdits(): boolean {
  return saver?.hasUnsaved ?? false;
}

/**
 * Sends waiting edits now, because the page is being hidden or closed: in requests that
 * outlive the page, in pieces under the browser's budget for them (savePieces.ts).
 */
export function flushNow(): void {
  if (!saver) return;
  leavingFlushes += 1;
  void saver.flush().finally(() => {
    leavingFlushes -= 1;
  });
}
