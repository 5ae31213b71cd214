import type { StateCreator } from 'zustand';
import type { Api, Args } from '../../../shared/api/contract';
import type { MapDocument, MapId, StepId, TransitionId } from '../../../shared/model';
import { applyOperation, applyOperations } from '../../../shared/operations/apply';
import type { Fragment } from '../../../shared/operations/build';
import { describeRefused } from '../../../shared/operations/describe';
import { invertOperation } from '../../../shared/operations/invert';
import { replayOperations } from '../../../shared/operations/replay';
import type { Operation } from '../../../shared/operations/types';
import { ApiError, KEEPALIVE_BUDGET_BYTES, messageOf } from '../api/apiError';
import { record, type HistoryEntry } from './history';
import { Saver, type SaveState } from './saver';
import { PieceSender } from './savePieces';
import type { AppState } from './createAppStore';

export interface Selection {
  readonly steps: readonly StepId[];
  readonly transitions: readonly TransitionId[];
}

export interface Clipboard {
  readonly fragment: Fragment;
  /** Pastes since the copy: each copy lands a little further from the original. */
  readonly pastes: number;
}

export interface EditOptions {
  /** Typing: saved when it pauses, merged into one undo entry per field. */
  readonly typingKey?: string;
  /** What is selected once the edit is made (a new step, a pasted copy), in the same update. */
  readonly select?: Selection;
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
  /**
   * Edits made here that no longer applied once the map was saved from another tab or
   * window first, in plain words; listed to the person until dismissed.
   */
  lostEdits: readonly string[];
  /**
   * What is selected: the one source of it. The canvas shows it, and reports a selection
   * made on it (a click, a box) here (canvas/canvasSelection.ts).
   */
  selection: Selection;
  /** The step whose label is being edited on the canvas. */
  renamingStepId: StepId | null;
  /**
   * Letters typed for the step being named before its name field appeared (React Flow shows
   * a step once it has measured it): kept so they are not lost or taken for shortcuts.
   */
  typedAhead: string;
  /** Steps copied with the arrows between them; kept across maps, as a clipboard is. */
  clipboard: Clipboard | null;
  openMap(id: MapId): Promise<void>;
  closeMap(): Promise<void>;
  /** Applies edits at once, records them for undo, and queues them for saving. */
  edit(ops: Operation | readonly Operation[], options?: EditOptions): void;
  undo(): void;
  redo(): void;
  /** Selects these; the same steps and arrows selected again change nothing. */
  setSelection(selection: Selection): void;
  setRenaming(id: StepId | null): void;
  setClipboard(clipboard: Clipboard | null): void;
  typeAhead(key: string): void;
  /** Hands over what was typed ahead, and forgets it. */
  takeTypedAhead(): string;
  dismissEditNotice(): void;
  dismissLostEdits(): void;
  flushSaves(): Promise<void>;
  /**
   * Shows the open map as saved now when another tab or window saved it meanwhile (the
   * page came back into view). Only with nothing unsaved here: unsaved edits meet the
   * newer map on their own save instead.
   */
  syncMap(): Promise<void>;
  /** Whether edits are still waiting to reach the disk (to warn before the page closes). */
  hasUnsavedEdits(): boolean;
  /**
   * Sends waiting edits now, because the page is being hidden or closed: in requests that
   * outlive the page, in pieces under the browser's budget for them (savePieces.ts).
   */
  flushNow(): void;
}

const emptySelection: Selection = { steps: [], transitions: [] };

const sameMembers = (a: readonly string[], b: readonly string[]) => {
  if (a.length !== b.length) return false;
  const members = new Set(a);
  return b.every((id) => members.has(id));
};

/** The same steps and arrows, in any order. */
function sameSelection(a: Selection, b: Selection): boolean {
  return sameMembers(a.steps, b.steps) && sameMembers(a.transitions, b.transitions);
}

/** The selection without what the map no longer has (deleted, undone); the same when all is there. */
function inMap(selection: Selection, doc: MapDocument): Selection {
  const steps = selection.steps.filter((id) => doc.steps[id] !== undefined);
  const transitions = selection.transitions.filter((id) => doc.transitions[id] !== undefined);
  return steps.length === selection.steps.length &&
    transitions.length === selection.transitions.length
    ? selection
    : { steps, transitions };
}

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

/** The calls the editor makes: to load maps and save edits (see AppStoreDeps). */
export interface EditorDeps {
  readonly api: Api;
  readonly apiOutlivingPage?: Api;
}

type Creator = StateCreator<AppState, [], [], EditorSlice>;

export const createEditorSlice =
  (deps: EditorDeps): Creator =>
  (set, get) =>
    editorSlice(deps, set, get);

function editorSlice(
  { api, apiOutlivingPage = api }: EditorDeps,
  set: Parameters<Creator>[0],
  get: Parameters<Creator>[1],
): EditorSlice {
  let saver: Saver | null = null;
  /**
   * The open map as last saved (loaded, plus every batch main accepted): the map this tab's
   * unsaved edits were made on, so an edit lost to another tab's save is described with the
   * names it saw.
   */
  let confirmed: MapDocument | null = null;
  /** Flushes started because the page is being hidden or closed (see flushNow). */
  let leavingFlushes = 0;

  function makeSaver(mapId: MapId): Saver {
    const pieces = new PieceSender(
      mapId,
      KEEPALIVE_BUDGET_BYTES,
      async (ops, outliveThePage, base) => {
        const client = outliveThePage ? apiOutlivingPage : api;
        // Operation values are exactly what the contract's schema accepts (checked in shared/).
        const saved = await client['map:apply']({
          id: mapId,
          base: base ?? 0,
          ops: ops as Args<'map:apply'>['ops'],
        });
        return saved.revision;
      },
    );
    return new Saver({
      send: async (ops, base) => {
        const revision = (await pieces.send(ops, leavingFlushes > 0, base)) ?? base;
        if (confirmed) confirmed = applyOperations(confirmed, ops);
        return revision;
      },
      onState: (saveState) => {
        if (get().mapId === mapId) set({ saveState });
      },
      isStale: (error) => error instanceof ApiError && error.code === 'MAP_STALE',
      rebase: async (unsaved) => {
        const opened = await api['map:open']({ id: mapId });
        // Synchronously from here: every edit made while the map loaded is in `unsaved()`.
        const ops = unsaved();
        const replayed = replayOperations(opened.doc, ops);
        // Each lost edit is described on the map as this tab had it just before that edit.
        const lost = confirmed ? describeRefused(confirmed, ops, new Set(replayed.refused)) : [];
        confirmed = opened.doc;
        if (get().mapId === mapId) {
          set({
            doc: replayed.doc,
            // Undo entries were worked out on the old copy; undoing one now could undo
            // someone else's edit, so the history starts again from the merged map.
            undoStack: [],
            redoStack: [],
            lostEdits: lost.length > 0 ? [...get().lostEdits, ...lost] : get().lostEdits,
          });
        }
        return { revision: opened.revision, kept: replayed.kept };
      },
      onFailure: (error) => get().noticeFailure(error),
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
  function applyAndSave(ops: readonly Operation[], typingKey?: string, select?: Selection) {
    const { doc } = get();
    if (!doc || ops.length === 0) return null;
    try {
      const result = applyWithInverse(doc, ops);
      const selection = inMap(select ?? get().selection, result.doc);
      set(selection === get().selection ? { doc: result.doc } : { doc: result.doc, selection });
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
    lostEdits: [],
    selection: emptySelection,
    renamingStepId: null,
    clipboard: null,
    typedAhead: '',

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
          lostEdits: [],
          selection: emptySelection,
          // A message about another map's edit does not belong on this one.
          editNotice: null,
        });
      }
      set({ loadError: null, saveState: { kind: 'saved' } });
      try {
        const opened = await api['map:open']({ id });
        if (get().mapId === id) {
          saver?.loaded(opened.revision);
          confirmed = opened.doc;
          set({ doc: opened.doc });
        }
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
      const inverse = applyAndSave(ops, options.typingKey, options.select);
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
      // A selection reported back by the canvas is mostly the one already here: keeping the
      // same object spares everything that shows the selection a render.
      if (!sameSelection(get().selection, selection)) set({ selection });
    },

    setRenaming(id) {
      set({ renamingStepId: id });
    },

    setClipboard(clipboard) {
      set({ clipboard });
    },

    typeAhead(key) {
      set({ typedAhead: get().typedAhead + key });
    },

    takeTypedAhead() {
      const typed = get().typedAhead;
      if (typed) set({ typedAhead: '' });
      return typed;
    },

    dismissEditNotice() {
      set({ editNotice: null });
    },

    dismissLostEdits() {
      set({ lostEdits: [] });
    },

    async flushSaves() {
      await saver?.flush();
    },

    async syncMap() {
      const { mapId, doc } = get();
      const current = saver;
      if (!mapId || !doc || !current || current.hasUnsaved) return;
      let opened;
      try {
        opened = await api['map:open']({ id: mapId });
      } catch {
        return; // Not reachable now; the next save or view says so.
      }
      if (get().mapId !== mapId || saver !== current || current.hasUnsaved) return;
      if (opened.revision === current.revision) return;
      current.loaded(opened.revision);
      confirmed = opened.doc;
      // The history was made on the older copy; undoing it now could undo the other's edit.
      set({ doc: opened.doc, undoStack: [], redoStack: [] });
    },

    hasUnsavedEdits() {
      return saver?.hasUnsaved ?? false;
    },

    flushNow() {
      if (!saver) return;
      leavingFlushes += 1;
      void saver.flush().finally(() => {
        leavingFlushes -= 1;
      });
    },
  };
}
