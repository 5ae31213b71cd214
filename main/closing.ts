/**
 * Closing the main window without losing an edit, the Electron way.
 *
 * Electron's docs for the BrowserWindow `close` event: "Calling `event.preventDefault()`
 * will cancel the close", and for `beforeunload`: "In Electron, returning any value other
 * than `undefined` would cancel the close" — with no prompt, so a page that objects there
 * while a save keeps failing can never be closed, nor the app quit
 * (https://www.electronjs.org/docs/latest/api/browser-window#event-close). So the page never
 * objects in the desktop app; here main prevents the close, asks the page over IPC to save
 * what is pending (shared/api/closing.ts), waits at most SAVE_BEFORE_CLOSE_TIMEOUT_MS, and
 * then either destroys the window or, when saving failed or hung, asks the person.
 * `win.destroy()` closes "the `unload` and `beforeunload` event won't be emitted ... and
 * `close` event will also not be emitted" (docs, BrowserWindow `win.destroy()`), so the
 * handler below never sees its own close.
 *
 * A close that is part of a quit (Cmd+Q, File > Quit) cancels the quit when prevented
 * (docs, `app.quit()`: "It is possible that a window cancels the quitting"); after the
 * window is destroyed the quit is asked for again, so macOS, where closing the last window
 * does not quit, still quits.
 *
 * tests/main/closing.test.ts drives this against the fake `electron`, which is
 * written to the same reading of those docs: it proves this logic, not Electron's side.
 */
import { app, dialog, type BrowserWindow, type IpcMain } from 'electron';
import {
  CLOSE_REPLY_CHANNEL,
  CLOSE_REQUEST_CHANNEL,
  isCloseReply,
  type SaveBeforeCloseResult,
} from '../shared/api/closing';
import { logError, logWarn } from './log';

/** Saving a batch takes milliseconds; this only stops a page or a save that hangs. */
export const SAVE_BEFORE_CLOSE_TIMEOUT_MS = 10_000;

export const KEEP_OPEN = 'Keep the window open';
export const QUIT_ANYWAY = 'Quit anyway';

const NO_ANSWER = 'Decision Map did not hear back from the window in time.';

export interface CloseGuard {
  /**
   * Makes the window's close wait for its page to save. `pageCanAnswer` is false when the
   * page is gone (its renderer crashed, or the preload never ran): there is nothing to ask
   * then, and nothing left in the page to save.
   */
  guard(window: BrowserWindow, pageCanAnswer: () => boolean): void;
}

export interface CloseGuardOptions {
  readonly timeoutMs?: number;
}

/** Registers the reply channel (once per app) and returns the guard for windows. */
export function installCloseGuard(
  ipcMain: Pick<IpcMain, 'handle'>,
  options: CloseGuardOptions = {},
): CloseGuard {
  const timeoutMs = options.timeoutMs ?? SAVE_BEFORE_CLOSE_TIMEOUT_MS;
  const waiting = new Map<
    number,
    { readonly sender: unknown; readonly done: (result: SaveBeforeCloseResult) => void }
  >();
  let nextRequest = 1;
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  ipcMain.handle(CLOSE_REPLY_CHANNEL, (event, reply: unknown) => {
    if (!isCloseReply(reply)) return null;
    const request = waiting.get(reply.requestId);
    // Only the page that was asked may answer for its window.
    if (!request || request.sender !== event.sender) return null;
    waiting.delete(reply.requestId);
    request.done(reply.saved ? { saved: true } : { saved: false, message: reply.message });
    return null;
  });

  /** The page's answer, or null when it gave none in time. */
  function askPage(window: BrowserWindow): Promise<SaveBeforeCloseResult | null> {
    return new Promise((resolve) => {
      const requestId = nextRequest++;
      const timer = setTimeout(() => {
        waiting.delete(requestId);
        resolve(null);
      }, timeoutMs);
      waiting.set(requestId, {
        sender: window.webContents,
        done: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
      });
      window.webContents.send(CLOSE_REQUEST_CHANNEL, { requestId });
    });
  }

  /** True to close: everything is saved, there is no page left, or the person said so. */
  async function mayClose(window: BrowserWindow, pageCanAnswer: () => boolean) {
    if (!pageCanAnswer()) return true;
    const answer = await askPage(window);
    if (answer?.saved) return true;
    if (window.isDestroyed()) return true;
    const buttons = [KEEP_OPEN, QUIT_ANYWAY];
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      message: 'Your latest changes are not saved yet.',
      detail:
        `${answer ? answer.message : NO_ANSWER}\n\n` +
        'If you quit now, the changes made since the last save are lost. ' +
        'If you keep the window open, Decision Map keeps trying to save them.',
      buttons,
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (buttons[response] !== QUIT_ANYWAY) return false;
    // For support: the person chose this; the log never holds what the edits were.
    logWarn('window', 'closed with unsaved edits at the person’s request');
    return true;
  }

  return {
    guard(window, pageCanAnswer) {
      let deciding = false;
      window.on('close', (event) => {
        event.preventDefault();
        // A second click on the close button while the first is being decided.
        if (deciding) return;
        deciding = true;
        void mayClose(window, pageCanAnswer)
          .catch((error: unknown) => {
            // Closing now could lose edits without a word: the window stays open instead.
            logError('window', 'could not decide whether the window may close', error);
            return false;
          })
          .then((close) => {
            deciding = false;
            if (!close) {
              quitting = false;
              return;
            }
            if (!window.isDestroyed()) window.destroy();
            if (quitting) app.quit();
          });
      });
    },
  };
}
