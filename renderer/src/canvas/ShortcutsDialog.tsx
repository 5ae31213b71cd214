import { COMMANDS, keysText } from '../../../shared/commands';
import { Dialog } from '../ui/Dialog';

/** Every keyboard shortcut, from the one command table the key handler also reads. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      <table className="shortcuts">
        <tbody>
          {COMMANDS.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <kbd>{keysText(c)}</kbd>
              </th>
              <td>{c.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">On a Mac, use ⌘ where this list says Ctrl.</p>
      <div className="dialog-actions">
        <button className="button primary" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
