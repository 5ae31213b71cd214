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
import type { ApiChannel } from '../../shared/api/contract';
import { MENU_EVENT_CHANNEL, isMenuCommand, type MenuCommand } from '../../shared/api/menu';

const API_CHANNELS: { readonly [C in ApiChannel]: true } = {
  'workspace:status': true,
  'workspace:startFresh': true,
  'maps:list': true,
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
  'files:save': true,
};

function buildBridge(): DesktopBridge {
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
  }) as DesktopBridge;
}

contextBridge.exposeInMainWorld('decisionMap', buildBridge());
