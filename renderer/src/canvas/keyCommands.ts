/**
 * What each command of `shared/commands.ts` does and when it applies. The canvas's key
 * handler finds the command whose keys match and runs it; the desktop menu runs the same
 * entries. Free of the DOM and of the store module, so a unit test can drive it with any
 * key against a store of its own.
 */
import { COMMANDS, type Chord, type CommandId, type CommandWords } from '../../../shared/commands';
import { STEP_KINDS, type StepId, type StepKind } from '../../../shared/model';

/** What the commands need of the app's store (its state and actions, as `useAppStore` has them). */
export interface KeyStore {
  readonly matrixOpen: boolean;
  readonly selection: { readonly steps: readonly StepId[] };
  undo(): void;
  redo(): void;
  toggleView(): void;
  toggleMatrix(): void;
  toggleAnalysis(): void;
  toggleMapPanel(): void;
  startWorkshop(first: null): void;
  setRenaming(id: StepId): void;
}

/** What the commands need of the canvas (`useCanvasCommands`) and the editor's dialogs. */
export interface KeyTargets {
  readonly store: KeyStore;
  readonly canvas: {
    addStep(kind: StepKind): void;
    deleteSelection(): void;
    selectAll(): void;
    copy(): unknown;
    paste(): void;
    duplicate(): void;
    layout(): void;
    switchFlowDirection(): void;
    toggleLanes(): void;
    fit(): void;
  };
  readonly open: { connect(): void; shortcuts(): void };
}

/** Where the key was pressed, read from the page by the key handler. */
export interface KeyPlace {
  /** In the matrix's grid or its letter menu, whose letters are the grid's own. */
  readonly inGrid: boolean;
  /** The step that has the keyboard, if any. */
  readonly focusedStep: string | null;
  /** The keyboard is on an arrow. */
  readonly onArrow: boolean;
}

/** The parts of a keyboard event a chord is matched against. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

interface Behaviour {
  /** When the command applies; a key whose command does not apply is left to the page. */
  readonly when: (store: KeyStore, place: KeyPlace) => boolean;
  readonly run: (targets: KeyTargets, key: string) => void;
}

type OwnId = Exclude<CommandId, Extract<(typeof COMMANDS)[number], { handledBy: string }>['id']>;

/** Undo and redo work everywhere, the matrix's grid included. */
const always = () => true;
/** Views, panes, workshop and the list also work while the matrix replaces the canvas. */
const besideGrid = (_: KeyStore, place: KeyPlace) => !place.inGrid;
/** The rest act on the canvas, so not while the matrix replaces it. */
const onCanvas = (store: KeyStore) => !store.matrixOpen;
const oneStep = (store: KeyStore) => onCanvas(store) && store.selection.steps.length === 1;

const BEHAVIOUR: Readonly<Record<OwnId, Behaviour>> = {
  'step:add': { when: onCanvas, run: (t) => t.canvas.addStep('task') },
  'step:addKind': {
    when: onCanvas,
    run: (t, key) => t.canvas.addStep(STEP_KINDS[Number(key) - 1]!),
  },
  'step:rename': {
    // Enter on a step that has the keyboard but is not selected selects it (React Flow
    // does that); only the selected step is renamed, and never from an arrow.
    when: (store, place) =>
      oneStep(store) &&
      !place.onArrow &&
      (place.focusedStep === null || place.focusedStep === store.selection.steps[0]),
    run: (t) => t.store.setRenaming(t.store.selection.steps[0]!),
  },
  'step:connect': { when: oneStep, run: (t) => t.open.connect() },
  'selection:delete': { when: onCanvas, run: (t) => t.canvas.deleteSelection() },
  'selection:all': { when: onCanvas, run: (t) => t.canvas.selectAll() },
  'clipboard:copy': { when: onCanvas, run: (t) => void t.canvas.copy() },
  'clipboard:paste': { when: onCanvas, run: (t) => t.canvas.paste() },
  'selection:duplicate': { when: onCanvas, run: (t) => t.canvas.duplicate() },
  'edit:undo': { when: always, run: (t) => t.store.undo() },
  'edit:redo': { when: always, run: (t) => t.store.redo() },
  'view:toggle': { when: besideGrid, run: (t) => t.store.toggleView() },
  'view:matrix': { when: besideGrid, run: (t) => t.store.toggleMatrix() },
  'pane:analysis': { when: besideGrid, run: (t) => t.store.toggleAnalysis() },
  'pane:map': { when: besideGrid, run: (t) => t.store.toggleMapPanel() },
  'workshop:start': { when: besideGrid, run: (t) => t.store.startWorkshop(null) },
  'view:lanes': { when: onCanvas, run: (t) => t.canvas.toggleLanes() },
  'view:autoLayout': { when: onCanvas, run: (t) => t.canvas.layout() },
  'view:flowDirection': { when: onCanvas, run: (t) => t.canvas.switchFlowDirection() },
  'view:fit': { when: onCanvas, run: (t) => t.canvas.fit() },
  'help:shortcuts': { when: besideGrid, run: (t) => t.open.shortcuts() },
};

/** The commands our key handler runs: every listed one React Flow does not handle. */
export const KEY_COMMANDS: readonly (CommandWords & Behaviour & { id: OwnId })[] = COMMANDS.filter(
  (c): c is Extract<(typeof COMMANDS)[number], { id: OwnId }> => !('handledBy' in c),
).map((c) => ({ ...c, ...BEHAVIOUR[c.id] }));

/**
 * Whether a key press is the chord. `mod` is Ctrl or ⌘; Alt never takes part. A plain chord
 * is the same with Shift (N and n; "?" needs Shift on most layouts) unless it names Shift.
 */
export function chordMatches(chord: Chord, press: KeyPress): boolean {
  const mod = press.ctrlKey || press.metaKey;
  if (press.altKey || mod !== (chord.mod ?? false)) return false;
  if (mod && press.shiftKey !== (chord.shift ?? false)) return false;
  if (!mod && chord.shift !== undefined && press.shiftKey !== chord.shift) return false;
  return press.key.toLowerCase() === chord.key;
}

/** Runs the command a key press stands for, if it applies here; returns its id, or null. */
export function runKey(press: KeyPress, place: KeyPlace, targets: KeyTargets): OwnId | null {
  const command = KEY_COMMANDS.find(
    (c) => c.keys.some((chord) => chordMatches(chord, press)) && c.when(targets.store, place),
  );
  if (!command) return null;
  command.run(targets, press.key);
  return command.id;
}

/** Runs a command by its id (the desktop menu's), if it applies now. */
export function runCommand(id: OwnId, targets: KeyTargets): void {
  const command = BEHAVIOUR[id];
  const nowhere: KeyPlace = { inGrid: false, focusedStep: null, onArrow: false };
  if (command.when(targets.store, nowhere)) command.run(targets, '');
}
