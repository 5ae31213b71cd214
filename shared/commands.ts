/**
 * What the editor's commands are called and which keys do them, once: the canvas's key
 * handler, the shortcut list ("?"), the toolbar's tooltips and the desktop app's menu all
 * read this table, so a key, its label in the list and its menu entry cannot drift apart.
 * What a command does lives with the renderer (`renderer/src/canvas/keyCommands.ts`); main
 * builds its menu from these words alone.
 */

/** A key with its modifiers. `mod` is Ctrl, or ⌘ on a Mac. */
export interface Chord {
  /** `KeyboardEvent.key`, lower case: 'n', '1', 'enter', 'delete', '?'. */
  readonly key: string;
  readonly mod?: boolean;
  /**
   * With `mod`, Shift must be as given (default: up). A plain key is the same with Shift (N
   * and n, ? on most layouts) unless `shift` is given: Shift+L and L are two commands.
   */
  readonly shift?: boolean;
}

export interface CommandWords {
  readonly id: string;
  /** Short: the toolbar's tooltip and the menu item. */
  readonly name: string;
  /** What it does, as the shortcut list says it. */
  readonly label: string;
  readonly keys: readonly Chord[];
  /** How the shortcut list writes the keys, where a list of every chord would be too long. */
  readonly keysText?: string;
  /**
   * Keys React Flow or the browser handle on the canvas (focus, nudging, box selection):
   * listed for the person, not handled by our key handler.
   */
  readonly handledBy?: 'react-flow';
}

const plain = (...keys: string[]): Chord[] => keys.map((key) => ({ key }));
const mod = (key: string, shift = false): Chord => ({ key, mod: true, ...(shift && { shift }) });

/** Every command with a key, in the order the shortcut list shows them. */
export const COMMANDS = [
  {
    id: 'step:add',
    name: 'Add a step',
    label: 'Add a task step (after the selected step, connected to it)',
    keys: plain('n'),
  },
  {
    id: 'step:addKind',
    name: 'Add a step of a kind',
    label: 'Add a step of a kind: start, task, review, approval, handoff, wait, external, end',
    keys: plain('1', '2', '3', '4', '5', '6', '7', '8'),
    keysText: '1 – 8',
  },
  {
    id: 'step:rename',
    name: 'Rename',
    label: 'Rename the selected step',
    keys: plain('enter', 'f2'),
  },
  {
    id: 'step:connect',
    name: 'Connect',
    label: 'Connect the selected step to another step',
    keys: plain('c'),
  },
  {
    id: 'canvas:focus',
    name: 'Next step or arrow',
    label: 'Move between steps and arrows',
    keys: plain('tab'),
    handledBy: 'react-flow',
  },
  {
    id: 'canvas:nudge',
    name: 'Move',
    label: 'Move the selected steps',
    keys: plain('arrowup', 'arrowdown', 'arrowleft', 'arrowright'),
    keysText: 'Arrow keys',
    handledBy: 'react-flow',
  },
  {
    id: 'selection:delete',
    name: 'Delete',
    label: 'Delete the selection',
    keys: plain('delete', 'backspace'),
  },
  { id: 'selection:all', name: 'Select all', label: 'Select everything', keys: [mod('a')] },
  { id: 'clipboard:copy', name: 'Copy', label: 'Copy the selected steps', keys: [mod('c')] },
  { id: 'clipboard:paste', name: 'Paste', label: 'Paste the copied steps', keys: [mod('v')] },
  {
    id: 'selection:duplicate',
    name: 'Duplicate',
    label: 'Duplicate the selected steps',
    keys: [mod('d')],
  },
  { id: 'edit:undo', name: 'Undo', label: 'Undo', keys: [mod('z')] },
  { id: 'edit:redo', name: 'Redo', label: 'Redo', keys: [mod('z', true), mod('y')] },
  {
    id: 'view:toggle',
    name: 'Decision or workflow view',
    label: 'Switch between the decision view and the workflow view',
    keys: plain('d'),
  },
  {
    id: 'view:matrix',
    name: 'Decision-rights matrix',
    label: 'Show or hide the decision-rights matrix (RACI, RAPID or DACI); in it, type a letter',
    keys: plain('r'),
  },
  {
    id: 'pane:analysis',
    name: 'Analysis pane',
    label: 'Show or hide the analysis pane',
    keys: plain('a'),
  },
  {
    id: 'pane:map',
    name: "The map's purpose, roles and information",
    label: "Show or hide the map's purpose, roles and information",
    keys: plain('m'),
  },
  {
    id: 'workshop:start',
    name: 'Workshop mode: walk the decisions with the room',
    label: 'Workshop mode: walk the decisions with the room',
    keys: plain('w'),
  },
  {
    id: 'view:lanes',
    name: 'Swimlanes by role',
    label: 'Show or hide swimlanes by role (auto-layout then keeps steps in their lane)',
    keys: plain('s'),
  },
  {
    id: 'view:autoLayout',
    name: 'Auto-layout',
    label: 'Auto-layout the map',
    keys: [{ key: 'l', shift: false }],
  },
  {
    id: 'view:flowDirection',
    name: 'Switch the layout direction',
    label: 'Switch auto-layout between left to right and top to bottom, and lay out again',
    keys: [{ key: 'l', shift: true }],
  },
  { id: 'view:fit', name: 'Fit view', label: 'Fit the map to the window', keys: plain('f') },
  {
    id: 'canvas:boxSelect',
    name: 'Box selection',
    label: 'Select several steps with a box',
    keys: [],
    keysText: 'Shift+drag',
    handledBy: 'react-flow',
  },
  {
    id: 'selection:clear',
    name: 'Clear the selection',
    label: 'Clear the selection',
    keys: plain('escape'),
    handledBy: 'react-flow',
  },
  {
    id: 'help:shortcuts',
    name: 'Keyboard shortcuts',
    label: 'Show the keyboard shortcuts',
    keys: plain('?'),
  },
] as const satisfies readonly CommandWords[];

export type CommandId = (typeof COMMANDS)[number]['id'];

/** The commands a person can also reach from the desktop app's menu, besides New map. */
export type MenuCanvasCommand = Extract<
  CommandId,
  'edit:undo' | 'edit:redo' | 'view:fit' | 'view:autoLayout' | 'help:shortcuts'
>;

/** The words of one command. */
export function commandWords(id: CommandId): CommandWords {
  return COMMANDS.find((c) => c.id === id)!;
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  enter: 'Enter',
  f2: 'F2',
  delete: 'Delete',
  backspace: 'Backspace',
  escape: 'Escape',
  tab: 'Tab',
  arrowup: 'ArrowUp',
  arrowdown: 'ArrowDown',
  arrowleft: 'ArrowLeft',
  arrowright: 'ArrowRight',
};

/** A chord as people read it, named keys as `KeyboardEvent.key` names them: "Ctrl+Shift+Z", "N", "Delete". */
export function chordText(chord: Chord): string {
  const key = KEY_NAMES[chord.key] ?? chord.key.toUpperCase();
  return `${chord.mod ? 'Ctrl+' : ''}${chord.shift ? 'Shift+' : ''}${key}`;
}

/** A command's keys as the shortcut list and the tooltips write them: "Ctrl+Shift+Z or Ctrl+Y". */
export function keysText(command: CommandWords): string {
  return command.keysText ?? command.keys.map(chordText).join(' or ');
}

/** A tooltip: the command's name and its keys, "Fit view (F)". */
export function tooltip(id: CommandId): string {
  const command = commandWords(id);
  return `${command.name} (${keysText(command)})`;
}

/** A chord as an Electron accelerator: "CmdOrCtrl+Shift+Z". */
export function accelerator(chord: Chord): string {
  return chordText(chord).replace(/^Ctrl\+/, 'CmdOrCtrl+');
}
