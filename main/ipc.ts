/**
 * Electron's transport for the API contract: one ipcMain.handle per channel, each checking
 * who is calling and then going through the same dispatch() as browser mode.
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Reply } from '../shared/api/contract';
import { channels } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import { AppError, toErrorPayload } from '../shared/errors';
import { logError } from './log';
import type { WorkspaceService } from './service/types';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const forbidden: Reply<never> = { ok: false, error: toErrorPayload(new AppError('FORBIDDEN')) };

export function registerApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  service: Pick<WorkspaceService, 'handlers'>,
  isTrustedSender: SenderCheck,
): void {
  for (const channel of channels) {
    // Only the first argument is the call's args; the preload never sends more.
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, args: unknown) => {
      if (!safely(() => isTrustedSender(event))) return forbidden;
      return dispatch(service.handlers, channel, args, (error) => {
        // The error only, never the arguments: they may hold the user's map content.
        logError('ipc', `${channel} failed unexpectedly`, error);
      });
    });
  }
}

/**
 * A sender is trusted when it is our main window's web contents AND the frame that sent
 * the message shows our page — so neither another window nor a foreign page that somehow
 * loaded inside ours can reach the service.
 */
export function trustedSender(
  getWindow: () => BrowserWindow | null,
  isAppPage: (url: string) => boolean,
): SenderCheck {
  return (event) => {
    const window = getWindow();
    if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
    const url = event.senderFrame?.url;
    return typeof url === 'string' && isAppPage(url);
  };
}

function safely(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    // senderFrame throws if read after the frame went away; an unknown sender is refused.
    return false;
  }
}
