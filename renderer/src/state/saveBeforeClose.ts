/**
 * The page's answer when the desktop window is about to close (shared/api/closing.ts): save
 * what is pending now, trying a failed save again a couple of times, and say whether
 * everything reached the disk. Main waits for this answer (with a timeout) before it closes
 * the window, and asks the person when something is still unsaved.
 */
import { MAX_CLOSE_MESSAGE, type SaveBeforeCloseResult } from '../../../shared/api/closing';

/** Tries in all: a save that fails this often is not a passing hiccup. */
export const SAVE_ATTEMPTS_BEFORE_CLOSE = 3;

export interface PendingSaves {
  /** Sends what is waiting now; resolves when it is on disk or the attempt failed. */
  flush(): Promise<void>;
  hasUnsaved(): boolean;
  /** Why the last save failed, in the person's words, if it did. */
  lastError(): string | null;
}

export async function saveBeforeClose(saves: PendingSaves): Promise<SaveBeforeCloseResult> {
  for (let attempt = 0; attempt < SAVE_ATTEMPTS_BEFORE_CLOSE && saves.hasUnsaved(); attempt++)
    await saves.flush();
  if (!saves.hasUnsaved()) return { saved: true };
  return {
    saved: false,
    message: (saves.lastError() ?? 'Your latest changes have not reached the disk yet.').slice(
      0,
      MAX_CLOSE_MESSAGE,
    ),
  };
}
