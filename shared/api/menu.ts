/**
 * Commands the native menu sends to the page (main -> renderer). The page decides what
 * each means in context: "Undo" in a text field undoes typing, on the canvas it undoes the
 * last edit of the map.
 */
import type { SaveBeforeCloseResult } from './closing';
import type { OpenFileEvent } from './openFile';

export const MENU_COMMANDS = [
  'map:new',
  'edit:undo',
  'edit:redo',
  'view:fit',
  'view:autoLayout',
  'help:shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The channel main sends menu commands on. Not an invoke channel: events only flow to the page. */
export const MENU_EVENT_CHANNEL = 'menu:command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What the preload exposes on `window.decisionMap` besides one function per API call. */
export interface DesktopBridgeExtras {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to files the system opened (imported or refused). Events that arrived
   * before the first subscription are delivered to it. Returns the unsubscribe function.
   */
  onOpenFile(listener: (event: OpenFileEvent) => void): () => void;
  /**
   * Sets what answers main when the window is about to close: it saves what is pending
   * and says whether everything is on disk (shared/api/closing.ts). One handler at a time;
   * returns the function that removes it.
   */
  onCloseRequest(handler: () => Promise<SaveBeforeCloseResult>): () => void;
}
