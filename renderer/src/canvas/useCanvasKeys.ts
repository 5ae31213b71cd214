import { useEffect } from 'react';
import { STEP_KINDS } from '../../../shared/model';
import { useAppStore } from '../state/store';
import type { CanvasCommands } from './commands';
import { commitTypeAhead, typeAheadIntoRename } from './StepNode';

/** True while the person is typing somewhere, when single-letter shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * The keys that still mean something while the matrix replaces the canvas: views, panes,
 * workshop and the shortcut list. Letters typed in the grid are the grid's own (a letter
 * toggles that letter), so nothing here fires inside it.
 */
function matrixKey(
  event: KeyboardEvent,
  key: string,
  store: ReturnType<typeof useAppStore.getState>,
  shortcuts: () => void,
): boolean {
  const inGrid = (event.target as HTMLElement).closest?.('[role="grid"], [role="menu"]');
  if (inGrid || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (key === 'd') store.toggleView();
  else if (key === 'r') store.toggleMatrix();
  else if (key === 'a') store.toggleAnalysis();
  else if (key === 'm') store.toggleMapPanel();
  else if (key === 'w') store.startWorkshop(null);
  else if (event.key === '?') shortcuts();
  else return false;
  return true;
}

/** The canvas's keyboard shortcuts (listed in shortcuts.ts), active while the editor is open. */
export function useCanvasKeys(
  commands: CanvasCommands,
  open: { connect: () => void; shortcuts: () => void },
) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const store = useAppStore.getState();
      // Workshop mode has its own keys (walk, park, leave).
      if (store.workshop !== null) return;
      if (store.renamingStepId !== null) {
        // The name field is about to appear: what is typed now belongs to the name.
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          typeAheadIntoRename(event.key);
          event.preventDefault();
        } else if (event.key === 'Enter') {
          commitTypeAhead();
          event.preventDefault();
        }
        return;
      }
      if (event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z' && !event.shiftKey) store.undo();
      else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) store.redo();
      else if (store.matrixOpen) handled = matrixKey(event, key, store, open.shortcuts);
      else if (mod && key === 'c') commands.copy();
      else if (mod && key === 'v') commands.paste();
      else if (mod && key === 'd') commands.duplicate();
      else if (mod && key === 'a') commands.selectAll();
      else if (mod || event.altKey) handled = false;
      else if (key === 'delete' || key === 'backspace') commands.deleteSelection();
      else if (key === 'n') commands.addStep('task');
      else if (/^[1-8]$/.test(event.key)) commands.addStep(STEP_KINDS[Number(event.key) - 1]!);
      else if ((key === 'enter' || key === 'f2') && store.selection.steps.length === 1) {
        // Enter on a step that has the keyboard but is not selected selects it (React Flow
        // does that); only the selected step is renamed.
        const target = event.target as HTMLElement;
        const focusedId = target.closest?.('.react-flow__node')?.getAttribute('data-id');
        const onArrow = target.closest?.('.react-flow__edge') !== null;
        if (onArrow || (focusedId && focusedId !== store.selection.steps[0])) handled = false;
        else store.setRenaming(store.selection.steps[0]!);
      } else if (key === 'c' && store.selection.steps.length === 1) open.connect();
      else if (key === 'l' && event.shiftKey) commands.switchFlowDirection();
      else if (key === 'l') commands.layout();
      else if (key === 'd') store.toggleView();
      else if (key === 'r') store.toggleMatrix();
      else if (key === 'w') store.startWorkshop(null);
      else if (key === 's') commands.toggleLanes();
      else if (key === 'a') store.toggleAnalysis();
      else if (key === 'm') store.toggleMapPanel();
      else if (key === 'f') commands.fit();
      else if (event.key === '?') open.shortcuts();
      else handled = false;
      if (handled) event.preventDefault();
    };
    // Capture phase: decide before React Flow reacts to the same key (it selects a focused
    // step on Enter, which would otherwise look like "rename the selected step").
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [commands, open]);
}
