import { useAppStore } from '../state/store';
import { Dialog } from '../ui/Dialog';

/**
 * Lists the edits made in this tab that could not be kept: the map was saved from another
 * tab or window first, and these no longer applied to it (their step or arrow was deleted
 * there, say). Everything else was put on top of the saved map and saved; nothing is
 * dropped without the person seeing what it was.
 */
export function LostEdits() {
  const lost = useAppStore((s) => s.lostEdits);
  const dismiss = useAppStore((s) => s.dismissLostEdits);
  if (lost.length === 0) return null;
  return (
    <Dialog title="Some of your edits could not be kept" onClose={dismiss}>
      <p>
        This map was changed in another window or tab while you were editing it. Your other edits
        were added to that version and saved, but{' '}
        {lost.length === 1 ? 'this one no longer applies' : 'these no longer apply'}, so{' '}
        {lost.length === 1 ? 'it was' : 'they were'} not saved:
      </p>
      <ul className="lost-edits">
        {lost.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
      <p className="muted">Make them again on the map as it is now if they are still needed.</p>
      <div className="dialog-actions">
        <button className="button primary" autoFocus onClick={dismiss}>
          OK
        </button>
      </div>
    </Dialog>
  );
}
