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

/** The canvas's keyboard shortcuts (listed in shortcuts.ts), active while the editor is open. */
export function useCanvasKeys(
  commands: CanvasCommands,
  open: { connect: () => void; shortcuts: () => void },
) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const store = useAppStore.getState();
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
      else if (mod && key === 'c') commands.copy();
      else if (mod && key === 'v') commands.paste();
      else if (mod && key === 'd') commands.duplicate();
      else if (mod && key === 'a') commands.selectAll();
      else if (mod || event.altKey) handled = false;
      else if (key === 'delete' || key === 'backspace') commands.deleteSelection();
      else if (key === 'n') commands.addStep('task');
      else if (/^[1-8]$/.test(event.key)) commands.addStep(STEP_KINDS[Number(event.key) - 1]!);
      else if ((key === 'enter' || key === 'f2') && store.selection.steps.length === 1) {
        store.setRenaming(store.selection.steps[0]!);
      } else if (key === 'c' && store.selection.steps.length === 1) open.connect();
      else if (key === 'l') commands.layout();
      else if (key === 'f') commands.fit();
      else if (event.key === '?') open.shortcuts();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands, open]);
}
