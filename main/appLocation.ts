/**
 * Where the app's files are and which page is "ours". Pure (no electron) so the rules
 * that decide trust — IPC senders, navigation — can be tested in plain Node.
 *
 * Layout, the same in every mode because electron-vite builds into `out/`:
 *   out/main/index.js        <- this code, bundled (so `mainDir` is `out/main`)
 *   out/preload/index.cjs
 *   out/renderer/index.html
 * `electron-vite dev` still builds main and preload into `out/` but serves the renderer
 * from a dev server whose URL it puts in ELECTRON_RENDERER_URL. In a packaged app the same
 * tree sits inside `resources/app.asar/`; Electron reads the preload and loadFile targets
 * from the archive transparently, so no path changes there.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppLocation {
  /** Absolute path of the sandboxed preload script. */
  readonly preloadPath: string;
  /** The built page; loaded with loadFile when there is no dev server. */
  readonly indexHtml: string;
  /** The dev server's URL, or null when the built page is loaded from disk. */
  readonly devServerUrl: string | null;
}

/**
 * @param mainDir `__dirname` of the bundled main entry (out/main).
 * @param devServerUrl ELECTRON_RENDERER_URL; callers pass undefined in a packaged app so an
 *   environment variable can never point the installed app at a foreign page.
 */
export function resolveAppLocation(mainDir: string, devServerUrl: string | undefined): AppLocation {
  return {
    preloadPath: join(mainDir, '../preload/index.cjs'),
    indexHtml: join(mainDir, '../renderer/index.html'),
    devServerUrl: parseHttpUrl(devServerUrl),
  };
}

/**
 * True when `url` shows our page: the dev server's origin in dev, otherwise exactly the
 * built index.html (any query or hash, since routes live there). A file: URL is matched by
 * path, not origin, because every file: URL has the same opaque origin.
 */
export function isAppPage(url: string | undefined | null, location: AppLocation): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.devServerUrl !== null)
    return parsed.origin === new URL(location.devServerUrl).origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  try {
    return samePath(fileURLToPath(parsed), location.indexHtml);
  } catch {
    return false;
  }
}

function samePath(a: string, b: string): boolean {
  // Windows paths are case-insensitive and Chromium may report the drive letter either way.
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function parseHttpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
