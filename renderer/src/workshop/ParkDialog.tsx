import { useState } from 'react';
import { LIMITS } from '../../../shared/content/limits';
import { clipText } from '../../../shared/content/text';
import type { TransitionId } from '../../../shared/model';
import { Dialog } from '../ui/Dialog';

/** Parks an open question in one go: type it, Enter. It stays with the map. */
export function ParkDialog({
  about,
  onPark,
  onClose,
}: {
  /** The decision on screen, with its name, or null when there is none. */
  about: { id: TransitionId; name: string } | null;
  onPark: (text: string, target: TransitionId | null) => void;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const [onDecision, setOnDecision] = useState(about !== null);
  return (
    <Dialog title="Park a question" onClose={onClose} className="park-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim())
            onPark(
              clipText(text.trim(), LIMITS.parkingText),
              onDecision && about ? about.id : null,
            );
        }}
      >
        <label className="field">
          <span>Open question</span>
          <input
            autoFocus
            value={text}
            maxLength={LIMITS.parkingText}
            placeholder="e.g. Who owns the launch date?"
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        {about && (
          <label className="inline-check">
            <input
              type="checkbox"
              checked={onDecision}
              onChange={(event) => setOnDecision(event.target.checked)}
            />
            About the decision on {about.name} (otherwise the whole map)
          </label>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!text.trim()}>
            Park it
          </button>
        </div>
      </form>
    </Dialog>
  );
}
