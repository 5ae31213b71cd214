/** Every keyboard shortcut of the canvas, as shown in the shortcut list ("?"). */
export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'N', action: 'Add a task step (after the selected step, connected to it)' },
  {
    keys: '1 – 8',
    action: 'Add a step of a kind: start, task, review, approval, handoff, wait, external, end',
  },
  { keys: 'Enter or F2', action: 'Rename the selected step' },
  { keys: 'C', action: 'Connect the selected step to another step' },
  { keys: 'Tab', action: 'Move between steps and arrows' },
  { keys: 'Arrow keys', action: 'Move the selected steps' },
  { keys: 'Delete or Backspace', action: 'Delete the selection' },
  { keys: 'Ctrl+A', action: 'Select everything' },
  { keys: 'Ctrl+C / Ctrl+V', action: 'Copy and paste steps' },
  { keys: 'Ctrl+D', action: 'Duplicate the selected steps' },
  { keys: 'Ctrl+Z', action: 'Undo' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', action: 'Redo' },
  { keys: 'D', action: 'Switch between the decision view and the workflow view' },
  {
    keys: 'R',
    action: 'Show or hide the decision-rights matrix (RACI, RAPID or DACI); in it, type a letter',
  },
  { keys: 'A', action: 'Show or hide the analysis pane' },
  { keys: 'M', action: "Show or hide the map's purpose, roles and information" },
  { keys: 'W', action: 'Workshop mode: walk the decisions with the room' },
  {
    keys: 'S',
    action: 'Show or hide swimlanes by role (auto-layout then keeps steps in their lane)',
  },
  { keys: 'L', action: 'Auto-layout the map' },
  {
    keys: 'Shift+L',
    action: 'Switch auto-layout between left to right and top to bottom, and lay out again',
  },
  { keys: 'F', action: 'Fit the map to the window' },
  { keys: 'Shift+drag', action: 'Select several steps with a box' },
  { keys: 'Escape', action: 'Clear the selection' },
  { keys: '?', action: 'Show this list' },
];
