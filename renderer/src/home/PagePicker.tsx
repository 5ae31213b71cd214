import { useState } from 'react';
import { Dialog } from '../ui/Dialog';
import type { PageChoice } from './useImport';

const stepCount = (steps: number) =>
  steps === 0
    ? 'nothing to import'
    : `${steps.toLocaleString('en')} ${steps === 1 ? 'step' : 'steps'}`;

/**
 * Which page of a draw.io file to import: the pages by name with their step counts, as a
 * group of radio buttons (arrow keys move, a screen reader reads name and count), Enter
 * imports the chosen page, Escape cancels. Pages with nothing to import cannot be chosen.
 */
export function PagePicker({ choice }: { choice: PageChoice }) {
  const firstWithSteps = choice.pages.findIndex((p) => p.steps > 0);
  const [picked, setPicked] = useState(Math.max(firstWithSteps, 0));
  const importable = choice.pages[picked]?.steps ? true : false;
  const submit = () => {
    if (importable) choice.answer(picked);
  };
  return (
    <Dialog title="Which page to import?" onClose={() => choice.answer(null)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        onKeyDown={(event) => {
          // Enter on a radio button imports too (browsers differ on submitting from one).
          if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
            event.preventDefault();
            submit();
          }
        }}
      >
        <fieldset className="page-picker">
          <legend>
            “{choice.fileName}” has {choice.pages.length} pages; a map is made from one.
          </legend>
          {choice.pages.map((page, index) => (
            <label key={index} className="page-picker-option">
              <input
                type="radio"
                name="drawio-page"
                value={index}
                checked={index === picked}
                disabled={page.steps === 0}
                autoFocus={index === picked}
                onChange={() => setPicked(index)}
              />
              <span className="page-picker-name">{page.name}</span>
              <span className="muted small">{stepCount(page.steps)}</span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => choice.answer(null)}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!importable}>
            Import page
          </button>
        </div>
      </form>
    </Dialog>
  );
}
