import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import type { CanvasCommands } from './commands';
import { runKey } from './keyCommands';
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

/** The canvas's keyboard shortcuts (`shared/commands.ts`), active while the editor is open. */
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
      const target = event.target as HTMLElement;
      const place = {
        // Letters typed in the matrix's grid (or its letter menu) are the grid's own.
        inGrid: store.matrixOpen && Boolean(target.closest?.('[role="grid"], [role="menu"]')),
        focusedStep: target.closest?.('.react-flow__node')?.getAttribute('data-id') ?? null,
        onArrow: Boolean(target.closest?.('.react-flow__edge')),
      };
      if (runKey(event, place, { store, canvas: commands, open })) event.preventDefault();
    };
    // Capture phase: decide before React Flow reacts to the same key (it selects a focused
    // step on Enter, which would otherwise look like "rename the selected step").
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [commands, open]);
}
