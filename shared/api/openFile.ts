/**
 * Files the system hands the desktop app: a `.decisionmap.json` double-clicked in the file
 * manager, dropped on the dock icon, or named on the command line. Main imports the file
 * and tells the page what became of it (main -> renderer, an event, never an invoke).
 */
import type { MapId } from '../model';

/** The channel main sends these events on. */
export const OPEN_FILE_EVENT_CHANNEL = 'app:openFile';

export type OpenFileEvent =
  /** The file was imported as a new map: open it. */
  | { readonly kind: 'opened'; readonly id: MapId }
  /** The file could not be imported; the message says why, in the person's words. */
  | { readonly kind: 'refused'; readonly message: string };

export function isOpenFileEvent(value: unknown): value is OpenFileEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  if (event.kind === 'opened') return typeof event.id === 'string' && event.id.length > 0;
  if (event.kind === 'refused') return typeof event.message === 'string';
  return false;
}

/** Whether a path names a file the app opens: a portable map file or a PDF it exported. */
export function isOpenableFileName(name: string): boolean {
  return /\.decisionmap\.json$/i.test(name) || /\.pdf$/i.test(name);
}
