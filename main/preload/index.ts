/**
 * The preload: runs sandboxed beside the page and exposes `window.decisionMap` — one
 * function per API channel plus the menu-command subscription. Never ipcRenderer itself,
 * so the page cannot send on channels of its own choosing.
 *
 * A sandboxed preload can require only `electron` (no node_modules), so it must not
 * import the contract at runtime (that would bundle zod). The channel table below is
 * type-checked against the contract instead: a missing or unknown channel fails tsc.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopBridge } from '../../shared/api/bridge';
import {
  CLOSE_REPLY_CHANNEL,
  CLOSE_REQUEST_CHANNEL,
  isCloseRequest,
  isSaveBeforeCloseResult,
  type SaveBeforeCloseResult,
} from '../../shared/api/closing';
import type { ApiChannel } from '../../shared/api/contract';
import { MENU_EVENT_CHANNEL, isMenuCommand, type MenuCommand } from '../../shared/api/menu';
import {
  OPEN_FILE_EVENT_CHANNEL,
  isOpenFileEvent,
  type OpenFileEvent,
} from '../../shared/api/openFile';

const API_CHANNELS: { readonly [C in ApiChannel]: true } = {
  'workspace:status': true,
  'workspace:startFresh': true,
  'workspace:retry': true,
  'workspace:rescue': true,
  'workspace:backups': true,
  'workspace:restoreBackup': true,
  'app:screenFailed': true,
  'maps:list': true,
  'room:interfaces': true,
  'room:open': true,
  'room:close': true,
  'room:state': true,
  'room:control': true,
  'room:resolve': true,
  'maps:trash': true,
  'maps:create': true,
  'maps:createFromExample': true,
  'maps:import': true,
  'maps:rename': true,
  'maps:duplicate': true,
  'maps:startRedesign': true,
  'maps:delete': true,
  'maps:restore': true,
  'maps:emptyTrash': true,
  'map:open': true,
  'map:apply': true,
  'export:pdf': true,
  'maps:importPdf': true,
  'maps:importModel': true,
  'files:save': true,
};

/**
 * Files the system opened can be reported before the page has subscribed (main sends once
 * the page has loaded, React subscribes a moment later), so the preload listens from the
 * start and hands what it kept to the first subscriber.
 */
function openFileEvents() {
  let kept: OpenFileEvent[] | null = [];
  const listeners = new Set<(event: OpenFileEvent) => void>();
  ipcRenderer.on(OPEN_FILE_EVENT_CHANNEL, (_event: IpcRendererEvent, payload: unknown) => {
    if (!isOpenFileEvent(payload)) return;
    if (kept) kept.push(payload);
    else for (const listener of listeners) listener(payload);
  });
  return (listener: (event: OpenFileEvent) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onOpenFile needs a function');
    listeners.add(listener);
    if (kept) {
      const waiting = kept;
      kept = null;
      for (const event of waiting) listener(event);
    }
    return () => {
      listeners.delete(listener);
    };
  };
}

/**
 * Main asks before the window closes (shared/api/closing.ts). The preload always answers, so
 * main never waits out its timeout for a page that simply has nothing to save: with no
 * handler set (the page has not mounted yet, or is not ours) no map is open, so nothing
 * can be pending. A handler that throws or answers nonsense counts as "not saved".
 */
function closeRequests() {
  let handler: (() => Promise<SaveBeforeCloseResult>) | null = null;
  ipcRenderer.on(CLOSE_REQUEST_CHANNEL, (_event: IpcRendererEvent, request: unknown) => {
    if (!isCloseRequest(request)) return;
    const answer = async (): Promise<SaveBeforeCloseResult> => {
      if (!handler) return { saved: true };
      try {
        const result: unknown = await handler();
        if (isSaveBeforeCloseResult(result)) return result;
      } catch {
        // Reported below as not saved; the page shows its own save errors.
      }
      return {
        saved: false,
        message: 'Decision Map could not check that your changes were saved.',
      };
    };
    void answer().then((result) =>
      ipcRenderer.invoke(CLOSE_REPLY_CHANNEL, { requestId: request.requestId, ...result }),
    );
  });
  return (next: () => Promise<SaveBeforeCloseResult>): (() => void) => {
    if (typeof next !== 'function') throw new TypeError('onCloseRequest needs a function');
    handler = next;
    return () => {
      if (handler === next) handler = null;
    };
  };
}

function buildBridge(): DesktopBridge {
  const onOpenFile = openFileEvents();
  const onCloseRequest = closeRequests();
  const calls = Object.fromEntries(
    Object.keys(API_CHANNELS).map((channel) => [
      channel,
      // Exactly one argument crosses: main reads only the first.
      (args: unknown) => ipcRenderer.invoke(channel, args),
    ]),
  );
  return Object.freeze({
    ...calls,
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
      const handler = (_event: IpcRendererEvent, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipcRenderer.on(MENU_EVENT_CHANNEL, handler);
      return () => {
        ipcRenderer.removeListener(MENU_EVENT_CHANNEL, handler);
      };
    },
    onOpenFile,
    onCloseRequest,
  }) as DesktopBridge;
}

contextBridge.exposeInMainWorld('decisionMap', buildBridge());
