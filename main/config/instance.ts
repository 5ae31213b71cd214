/**
 * Which Electron userData folder (Chromium's profile, and the single-instance lock) a
 * launch uses. Electron keys the single-instance lock on that folder: "The single instance
 * lock is scoped to the application's user data directory (`app.getPath('userData')`) ...
 * To run multiple independent instances of an application concurrently ..., set a
 * different user data directory for each instance using `app.setPath('userData', newPath)`
 * before calling `app.requestSingleInstanceLock()`" (docs, app.requestSingleInstanceLock;
 * https://github.com/electron/electron/issues/29068). `--data-dir` and
 * DECISION_MAP_DATA_DIR move only the workspace, so without this a launch on another data
 * folder found the lock taken, quit without a word and handed its files to the other
 * workspace.
 *
 * So each data folder gets its own userData folder, derived from the default one plus a
 * short hash of the data folder's path — never inside the data folder itself, which
 * people keep in synced folders (Chromium's profile does not belong there). The default
 * data folder keeps the default userData folder, as before. A development run
 * (`npm run dev`) has its own name, so it never hands its files to the installed app.
 * (The workspace lock in the data folder is what protects the data; this protects what
 * the person meant to open.) Pure, so it is tested without Electron.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { PRODUCT_FOLDER } from './dataDir';

/** The app's name in a development run: its own userData folder, lock and menu title. */
export const DEV_PRODUCT_NAME = `${PRODUCT_FOLDER} (dev)`;

/** Where the profiles of launches on other data folders live, inside the userData folder. */
export const INSTANCES_FOLDER = 'Instances';

export interface InstanceInput {
  /** The workspace folder this launch opens (main/config/dataDir.ts). */
  readonly dataDir: string;
  /** Electron's default `userData` (appData + product name), before any change. */
  readonly productUserData: string;
  /** Electron's `appData`. */
  readonly appData: string;
  /** A development run (not packaged). */
  readonly dev: boolean;
  readonly platform: NodeJS.Platform;
}

/** The userData folder for this launch. */
export function instanceUserData(input: InstanceInput): string {
  const base = input.dev ? path.join(input.appData, DEV_PRODUCT_NAME) : input.productUserData;
  if (sameFolder(input.dataDir, input.productUserData, input.platform)) return base;
  return path.join(base, INSTANCES_FOLDER, dataDirKey(input.dataDir, input.platform));
}

/** A short, stable name for a data folder: 16 hex digits of SHA-256 of its path. */
export function dataDirKey(dataDir: string, platform: NodeJS.Platform): string {
  return createHash('sha256').update(normalize(dataDir, platform)).digest('hex').slice(0, 16);
}

function sameFolder(a: string, b: string, platform: NodeJS.Platform): boolean {
  return normalize(a, platform) === normalize(b, platform);
}

/** Windows paths are case-insensitive, and a trailing separator names the same folder. */
function normalize(folder: string, platform: NodeJS.Platform): string {
  const resolved = platform === 'win32' ? path.win32.resolve(folder) : path.resolve(folder);
  return platform === 'win32' ? resolved.toLowerCase() : resolved;
}
