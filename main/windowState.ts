/**
 * Remembers where the main window was: `<dataDir>/window-state.json`. No electron here —
 * the window passes in the displays' work areas — so every rule is testable in plain Node.
 * A missing, corrupt or off-screen file simply means "use the default size, centred".
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { logWarn } from './log';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(200).max(100_000);
export const windowStateSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;

/** How much of the window must show on some display for the saved place to count: enough to grab. */
const MIN_VISIBLE = { width: 100, height: 50 } as const;

export function windowStateFile(dataDir: string): string {
  return join(dataDir, 'window-state.json');
}

/** Parses the file's text; anything unexpected gives null rather than an error. */
export function parseWindowState(text: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** True when enough of `bounds` lies on at least one display to be seen and dragged. */
export function isVisibleOnSomeDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const width =
      Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const height =
      Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    return width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height;
  });
}

/** The saved state, or null when there is none worth using (missing, corrupt, off every display). */
export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const state = parseWindowState(text);
  return state && isVisibleOnSomeDisplay(state, workAreas) ? state : null;
}

/**
 * Writes the state atomically (temp file, then rename) so a crash mid-write never leaves a
 * half-written file. Failures are reported, not thrown: losing the window's place must not
 * stop the app from closing.
 */
export function saveWindowState(file: string, state: WindowState): boolean {
  const parsed = windowStateSchema.safeParse(roundBounds(state));
  if (!parsed.success) return false;
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, `${JSON.stringify(parsed.data)}\n`);
    renameSync(temp, file);
    return true;
  } catch (error) {
    logWarn('window', 'could not save the window position', error);
    return false;
  }
}

function roundBounds(state: WindowState): WindowState {
  return {
    x: Math.round(state.x),
    y: Math.round(state.y),
    width: Math.round(state.width),
    height: Math.round(state.height),
    maximized: state.maximized,
  };
}
