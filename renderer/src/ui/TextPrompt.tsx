import { useState } from 'react';
import { LIMITS } from '../../../shared/content/limits';
import { Dialog } from './Dialog';

/** Asks for one line of text (a map's name); Enter confirms, Escape cancels. */
export function TextPrompt({
  title,
  label,
  initial,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  label: string;
  initial: string;
  confirmLabel: string;
  onConfirm: (value: string) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState(initial);
  const trimmed = value.trim();
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed) onConfirm(trimmed);
        }}
      >
        <label className="field">
          <span>{label}</span>
          <input
            autoFocus
            value={value}
            maxLength={LIMITS.name}
            onChange={(event) => setValue(event.target.value)}
            onFocus={(event) => event.target.select()}
          />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!trimmed}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
