import { useState } from 'react';
import type { MapSummary } from '../../../shared/model';
import { useAppStore } from '../state/store';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { whenChanged } from '../ui/time';

/** Deleted maps stay here, restorable, until the trash is emptied. */
export function TrashSection({ maps }: { maps: readonly MapSummary[] }) {
  const [confirming, setConfirming] = useState(false);
  const { restoreMap, emptyTrash } = useAppStore.getState();
  return (
    <details className="trash">
      <summary>Trash ({maps.length})</summary>
      <ul className="trash-list" aria-label="Deleted maps">
        {maps.map((map) => (
          <li key={map.id} className="trash-row">
            <span className="map-name">{map.name}</span>
            <span className="muted">Deleted {whenChanged(map.deletedAt ?? map.updatedAt)}</span>
            <button
              className="button small"
              aria-label={`Restore ${map.name}`}
              onClick={() => void restoreMap(map.id)}
            >
              <Icon name="restore" /> Restore
            </button>
          </li>
        ))}
      </ul>
      <button className="button danger small" onClick={() => setConfirming(true)}>
        Empty trash
      </button>
      {confirming && (
        <Dialog title="Empty the trash?" onClose={() => setConfirming(false)}>
          <p>
            {maps.length === 1 ? 'One map' : `${maps.length} maps`} will be removed for good. This
            cannot be undone.
          </p>
          <div className="dialog-actions">
            <button className="button" autoFocus onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button
              className="button danger"
              onClick={() => {
                setConfirming(false);
                void emptyTrash();
              }}
            >
              Empty trash
            </button>
          </div>
        </Dialog>
      )}
    </details>
  );
}
