/**
 * Where the workspace lives. Pure functions of argv, the environment and the platform, so
 * that Electron, browser mode, the CLI and tests all pick the folder the same way, and a
 * test can point the app at a temporary folder without touching the user's real data.
 */
import path from 'node:path';

/** Must match `productName` in package/builder config: Electron derives userData from it. */
export const PRODUCT_FOLDER = 'Decision Map';

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'DECISION_MAP_DATA_DIR';

/**
 * The data folder: `--data-dir DIR` or `--data-dir=DIR` wins (the last one given, as with
 * most CLIs), then `DECISION_MAP_DATA_DIR`, else `platformDefault`. Relative paths are
 * resolved against the current directory so the answer does not change if the process
 * later changes directory.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  platformDefault: string,
): string {
  let fromFlag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      // A flag followed by another flag has no value; ignore it rather than use "--foo" as a folder.
      if (next !== undefined && next !== '' && !next.startsWith('--')) {
        fromFlag = next;
        i++;
      }
    } else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      const value = arg.slice(DATA_DIR_FLAG.length + 1);
      if (value !== '') fromFlag = value;
    }
  }
  const fromEnv = env[DATA_DIR_ENV];
  const chosen = fromFlag ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : undefined);
  return chosen === undefined ? platformDefault : path.resolve(chosen);
}

/**
 * The folder Electron's `app.getPath('userData')` returns for our product name, computed
 * without Electron so that browser mode and the CLI use the same workspace as the app.
 */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  homedir: string,
): string {
  switch (platform) {
    case 'darwin':
      return path.posix.join(homedir, 'Library', 'Application Support', PRODUCT_FOLDER);
    case 'win32':
      // Electron uses %APPDATA% (Roaming); the fallback mirrors Windows' own default.
      return path.win32.join(
        env.APPDATA || path.win32.join(homedir, 'AppData', 'Roaming'),
        PRODUCT_FOLDER,
      );
    default: {
      // Chromium's GetXDGDirectory: any non-empty XDG_CONFIG_HOME is taken as is.
      const xdg = env.XDG_CONFIG_HOME;
      const base = xdg ? xdg : path.posix.join(homedir, '.config');
      return path.posix.join(base, PRODUCT_FOLDER);
    }
  }
}
