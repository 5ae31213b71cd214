import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../shared/api/contract';
import { useAppStore } from '../state/store';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import '../styles/restore.css';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "27 Nov 2026, 05:30" in the person's own locale and time zone. */
function dateOf(backup: BackupInfo): string {
  return when.format(new Date(backup.takenAt));
}

/** "1.2 MB": one decimal below 10, none above. */
export function sizeOf(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${shown} ${units[unit]}`;
}

function mapsOf(count: number | null): string | null {
  if (count === null) return null;
  return count === 1 ? '1 map' : `${count} maps`;
}

/**
 * "Restore from backup" on the damaged-workspace screen: the backups newest first, each
 * restorable after a confirmation that says the current file is kept.
 */
export function RestoreBackups() {
  const backups = useAppStore((s) => s.backups);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  // Several databases only after a fresh start: then each row names its file.
  const databases = new Set(backups?.map((b) => b.database));

  useEffect(() => {
    void useAppStore.getState().loadBackups();
  }, []);

  async function restore(backup: BackupInfo) {
    setRestoring(true);
    const restored = await useAppStore.getState().restoreBackup(backup.id);
    // On success this screen is gone; on a refusal the notice below explains it.
    if (!restored) {
      setRestoring(false);
      setChosen(null);
    }
  }

  return (
    <section className="restore" aria-labelledby="restore-title">
      <h2 id="restore-title">Restore from backup</h2>
      {backups === null ? (
        <p className="muted">Looking for backups…</p>
      ) : backups.length === 0 ? (
        <p className="muted">
          There is no backup yet. Decision Map copies your workspace every few minutes while you
          work, and before every upgrade.
        </p>
      ) : (
        <>
          <p className="muted">
            Restoring opens a copy of the backup as your workspace. The damaged file is kept where
            it is.
          </p>
          <ul className="backup-list" aria-label="Backups, newest first">
            {backups.map((backup) => {
              const details = [
                mapsOf(backup.maps),
                sizeOf(backup.size),
                databases.size > 1 ? backup.database : null,
              ].filter(Boolean);
              return (
                <li key={backup.id} className="backup-row">
                  <span className="backup-about">
                    <span className="backup-when">
                      <span className="backup-date">{dateOf(backup)}</span>
                      {backup.kind === 'before-upgrade' && (
                        <span className="stage-badge">Before upgrade</span>
                      )}
                    </span>
                    <span className="muted small">{details.join(' · ')}</span>
                  </span>
                  <button
                    className="button small"
                    aria-label={`Restore the backup from ${dateOf(backup)}`}
                    onClick={() => setChosen(backup)}
                  >
                    <Icon name="restore" /> Restore
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {chosen && (
        <Dialog title="Restore this backup?" onClose={() => !restoring && setChosen(null)}>
          <p>
            Your workspace will open as it was on {dateOf(chosen)}
            {chosen.maps === null ? '' : `, with ${mapsOf(chosen.maps)}`}. The damaged file is kept
            where it is, and the backup stays too.
          </p>
          <div className="dialog-actions">
            <button
              className="button"
              autoFocus
              disabled={restoring}
              onClick={() => setChosen(null)}
            >
              Cancel
            </button>
            <button
              className="button primary"
              disabled={restoring}
              onClick={() => void restore(chosen)}
            >
              {restoring ? 'Restoring…' : 'Restore backup'}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
