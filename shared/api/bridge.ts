/**
 * The shape of `window.decisionMap`, the object the Electron preload exposes to the page.
 * Types only: the preload builds it, the renderer's client types `window.decisionMap` with it.
 * Each call returns the raw Reply so the client handles errors the same way over IPC and HTTP.
 */
import type { ApiChannel, Args, Reply, Result } from './contract';
import type { DesktopBridgeExtras } from './menu';

export type DesktopBridge = {
  readonly [C in ApiChannel]: (args: Args<C>) => Promise<Reply<Result<C>>>;
} & DesktopBridgeExtras;
