import { describe, expect, it } from 'vitest';
import { chordText, COMMANDS, type Chord, type CommandId } from '../../../shared/commands';
import type { StepId } from '../../../shared/model';
import {
  chordMatches,
  KEY_COMMANDS,
  runKey,
  type KeyPlace,
  type KeyPress,
  type KeyTargets,
} from '../../../renderer/src/canvas/keyCommands';

/** A store, canvas and dialogs that write down what they were asked to do. */
function targets(state: { matrixOpen?: boolean; steps?: string[] } = {}) {
  const calls: string[] = [];
  const log =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push(args.length > 0 ? `${name}(${args.join(',')})` : name);
  const t: KeyTargets = {
    store: {
      matrixOpen: state.matrixOpen ?? false,
      selection: { steps: (state.steps ?? ['s1']) as StepId[] },
      undo: log('undo'),
      redo: log('redo'),
      toggleView: log('toggleView'),
      toggleMatrix: log('toggleMatrix'),
      toggleAnalysis: log('toggleAnalysis'),
      toggleMapPanel: log('toggleMapPanel'),
      startWorkshop: log('startWorkshop'),
      setRenaming: log('setRenaming'),
    },
    canvas: {
      addStep: log('addStep'),
      deleteSelection: log('deleteSelection'),
      selectAll: log('selectAll'),
      copy: log('copy'),
      paste: log('paste'),
      duplicate: log('duplicate'),
      layout: log('layout'),
      switchFlowDirection: log('switchFlowDirection'),
      toggleLanes: log('toggleLanes'),
      fit: log('fit'),
    },
    open: { connect: log('connect'), shortcuts: log('shortcuts') },
  };
  return { t, calls };
}

const CANVAS: KeyPlace = { inGrid: false, focusedStep: null, onArrow: false };
const IN_GRID: KeyPlace = { ...CANVAS, inGrid: true };

/** Named keys as the browser reports them (chordText writes them the same way). */
const NAMED = [
  ...['enter', 'f2', 'delete', 'backspace', 'escape', 'tab'],
  ...['arrowup', 'arrowdown', 'arrowleft', 'arrowright'],
].map((key) => chordText({ key }));

/** The key press a person makes for a chord, as the browser reports it. */
function pressOf(chord: Chord): KeyPress {
  const key =
    chord.key.length > 1
      ? chordText({ key: chord.key })
      : chord.shift
        ? chord.key.toUpperCase()
        : chord.key;
  return {
    key,
    ctrlKey: chord.mod ?? false,
    metaKey: false,
    altKey: false,
    shiftKey: chord.shift ?? chord.key === '?',
  };
}

/** What each listed key must do (the key itself where the command depends on it). */
const DOES: Record<(typeof KEY_COMMANDS)[number]['id'], (key: string) => string> = {
  'step:add': () => 'addStep(task)',
  'step:addKind': (key) =>
    `addStep(${['start', 'task', 'review', 'approval', 'handoff', 'wait', 'external', 'end'][Number(key) - 1]})`,
  'step:rename': () => 'setRenaming(s1)',
  'step:connect': () => 'connect',
  'selection:delete': () => 'deleteSelection',
  'selection:all': () => 'selectAll',
  'clipboard:copy': () => 'copy',
  'clipboard:paste': () => 'paste',
  'selection:duplicate': () => 'duplicate',
  'edit:undo': () => 'undo',
  'edit:redo': () => 'redo',
  'view:toggle': () => 'toggleView',
  'view:matrix': () => 'toggleMatrix',
  'pane:analysis': () => 'toggleAnalysis',
  'pane:map': () => 'toggleMapPanel',
  'workshop:start': () => 'startWorkshop()',
  'view:lanes': () => 'toggleLanes',
  'view:autoLayout': () => 'layout',
  'view:flowDirection': () => 'switchFlowDirection',
  'view:fit': () => 'fit',
  'help:shortcuts': () => 'shortcuts',
};

/** Every key press worth trying: letters, digits, signs and named keys, with each modifier. */
function everyPress(): KeyPress[] {
  const keys = [
    ...'abcdefghijklmnopqrstuvwxyz0123456789?/!.,;-=[] '.split(''),
    ...NAMED,
    ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
    'Home',
    'End',
    'PageUp',
    'PageDown',
    'Insert',
  ];
  const mods = [
    {},
    { shiftKey: true },
    { ctrlKey: true },
    { ctrlKey: true, shiftKey: true },
    { metaKey: true },
    { altKey: true },
    { ctrlKey: true, altKey: true },
  ];
  return keys.flatMap((key) =>
    mods.map((m) => ({
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      ...m,
      key: m.shiftKey && key.length === 1 ? key.toUpperCase() : key,
    })),
  );
}

describe('the command table', () => {
  it('gives every command an id of its own, a label, and keys or a way to say them', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) {
      expect(c.label, c.id).not.toBe('');
      expect(c.keys.length > 0 || 'keysText' in c, c.id).toBe(true);
    }
  });

  it('handles every key it lists, doing what the list says', () => {
    for (const command of KEY_COMMANDS) {
      for (const chord of command.keys) {
        const { t, calls } = targets();
        const press = pressOf(chord);
        expect(runKey(press, CANVAS, t), `${command.id} ${press.key}`).toBe(command.id);
        expect(calls, `${command.id} ${press.key}`).toEqual([DOES[command.id](press.key)]);
      }
    }
  });

  it('lists every key it handles, in every state of the editor', () => {
    const states: [string, ReturnType<typeof targets>, KeyPlace][] = [
      ['one step selected', targets(), CANVAS],
      ['nothing selected', targets({ steps: [] }), CANVAS],
      ['a step with the keyboard', targets(), { ...CANVAS, focusedStep: 's1' }],
      ['the matrix, beside its grid', targets({ matrixOpen: true }), CANVAS],
      ['the matrix grid', targets({ matrixOpen: true }), IN_GRID],
    ];
    let handled = 0;
    for (const [state, { t }, place] of states) {
      for (const press of everyPress()) {
        const id = runKey(press, place, t);
        if (id === null) continue;
        handled += 1;
        const listed = COMMANDS.find((c) => c.id === id)!;
        expect(
          listed.keys.some((chord) => chordMatches(chord, press)),
          `${state}: ${JSON.stringify(press)} ran ${id}`,
        ).toBe(true);
      }
    }
    expect(handled).toBeGreaterThan(50);
  });

  it('leaves the keys React Flow and the browser handle to them', () => {
    const theirs = COMMANDS.filter((c) => 'handledBy' in c);
    expect(theirs.map((c) => c.id)).toEqual([
      'canvas:focus',
      'canvas:nudge',
      'canvas:boxSelect',
      'selection:clear',
    ]);
    for (const chord of theirs.flatMap((c) => c.keys)) {
      expect(runKey(pressOf(chord), CANVAS, targets().t), chord.key).toBeNull();
    }
  });

  it('keeps the matrix grid its letters: only undo and redo reach the map from there', () => {
    const ran = (place: KeyPlace) =>
      KEY_COMMANDS.flatMap((c) => c.keys.map((chord) => ({ c, chord })))
        .filter(({ chord }) => runKey(pressOf(chord), place, targets({ matrixOpen: true }).t))
        .map(({ c }) => c.id as CommandId);
    expect(new Set(ran(IN_GRID))).toEqual(new Set(['edit:undo', 'edit:redo']));
    expect(new Set(ran(CANVAS))).toEqual(
      new Set([
        'edit:undo',
        'edit:redo',
        'view:toggle',
        'view:matrix',
        'pane:analysis',
        'pane:map',
        'workshop:start',
        'help:shortcuts',
      ]),
    );
  });

  it('renames and connects only the one selected step, never from an arrow', () => {
    const enter: KeyPress = pressOf({ key: 'enter' });
    expect(runKey(enter, CANVAS, targets({ steps: [] }).t)).toBeNull();
    expect(runKey(enter, CANVAS, targets({ steps: ['s1', 's2'] }).t)).toBeNull();
    expect(runKey(enter, { ...CANVAS, focusedStep: 's2' }, targets().t)).toBeNull();
    expect(runKey(enter, { ...CANVAS, onArrow: true }, targets().t)).toBeNull();
    expect(runKey(enter, { ...CANVAS, focusedStep: 's1' }, targets().t)).toBe('step:rename');
    expect(runKey(pressOf({ key: 'c' }), CANVAS, targets({ steps: [] }).t)).toBeNull();
  });

  it('takes ⌘ for Ctrl, and no chord with Alt', () => {
    const z = { key: 'z', ctrlKey: false, shiftKey: false, altKey: false };
    expect(runKey({ ...z, metaKey: true }, CANVAS, targets().t)).toBe('edit:undo');
    expect(runKey({ ...z, metaKey: true, altKey: true }, CANVAS, targets().t)).toBeNull();
    expect(runKey({ ...pressOf({ key: 'n' }), altKey: true }, CANVAS, targets().t)).toBeNull();
  });
});
