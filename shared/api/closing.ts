/**
 * Closing the desktop window without losing an edit (main -> renderer, a request with a
 * reply). Electron cancels a close whenever a page's `beforeunload` handler objects, and
 * shows no prompt, so the page must never object there; instead main's `close` handler
 * asks the page to save what is pending, waits for the answer, and decides (main/closing.ts).
 *
 *   main  --CLOSE_REQUEST_CHANNEL { requestId }-->            preload -> page's handler
 *   main  <--CLOSE_REPLY_CHANNEL  { requestId, ...result }--  preload (an invoke)
 *
 * Plain type guards rather than zod: the sandboxed preload must not bundle zod.
 */

/** The channel main sends the request on. An event to the page, not an invoke channel. */
export const CLOSE_REQUEST_CHANNEL = 'app:saveBeforeClose';

/** The channel the preload answers on (ipcRenderer.invoke; main handles it). */
export const CLOSE_REPLY_CHANNEL = 'app:savedBeforeClose';

/** What the page says once it has tried to save what was pending. */
export type SaveBeforeCloseResult =
  /** Every edit the person made is on disk. */
  | { readonly saved: true }
  /** Edits are still waiting; the message says why, in the person's words. */
  | { readonly saved: false; readonly message: string };

export interface CloseRequest {
  readonly requestId: number;
}

export type CloseReply = CloseRequest & SaveBeforeCloseResult;

/** Longest message main accepts from the page (it is shown in a dialog). */
export const MAX_CLOSE_MESSAGE = 500;

export function isCloseRequest(value: unknown): value is CloseRequest {
  if (typeof value !== 'object' || value === null) return false;
  const id = (value as Record<string, unknown>).requestId;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
}

export function isSaveBeforeCloseResult(value: unknown): value is SaveBeforeCloseResult {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  if (result.saved === true) return true;
  return (
    result.saved === false &&
    typeof result.message === 'string' &&
    result.message.length <= MAX_CLOSE_MESSAGE
  );
}

export function isCloseReply(value: unknown): value is CloseReply {
  return isCloseRequest(value) && isSaveBeforeCloseResult(value);
}
