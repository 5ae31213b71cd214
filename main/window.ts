/**
 * The main window: locked-down webPreferences, the built page (or the dev server), shown
 * only once painted, and its place on screen remembered across launches.
 */
import { BrowserWindow, nativeTheme, screen, type WebPreferences } from 'electron';
import type { AppLocation } from './appLocation';
import { logError } from './log';
import {
  DEFAULT_WINDOW_SIZE,
  loadWindowState,
  saveWindowState,
  windowStateFile,
} from './windowState';

/** The page's --bg (renderer/src/styles/tokens.css), so no flash shows before the first paint. */
const BACKGROUND = { light: '#f6f7f9', dark: '#0f1319' } as const;

/** The page is untrusted content as far as main is concerned: no Node, isolated, sandboxed. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    preload: preloadPath,
  };
}

export function createMainWindow(location: AppLocation, dataDir: string): BrowserWindow {
  const stateFile = windowStateFile(dataDir);
  const saved = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  // Electronegativity flags this window for contextIsolation, sandbox and Auxclick: it cannot
  // see inside secureWebPreferences(). Reviewed and allowed in
  // scripts/security/electronegativity.ts; tests/main/security/windows.test.ts checks the
  // real options.
  const window = new BrowserWindow({
    ...(saved
      ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
      : { ...DEFAULT_WINDOW_SIZE, center: true }),
    minWidth: 800,
    minHeight: 560,
    title: 'Decision Map',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: secureWebPreferences(location.preloadPath),
  });

  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  // 'close' (not 'closed'): the bounds are still readable here. Normal bounds, so a
  // maximized window reopens maximized over the size it had before.
  window.on('close', () => {
    saveWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });

  loadAppPage(window, location);
  return window;
}

/**
 * Loads (or reloads) our page. A failure is also reported by `did-fail-load`, where
 * main/pageFailures.ts shows the error page; here it is only logged.
 */
export function loadAppPage(window: BrowserWindow, location: AppLocation): void {
  const loading =
    location.devServerUrl !== null
      ? window.loadURL(location.devServerUrl)
      : window.loadFile(location.indexHtml);
  loading.catch((error: unknown) => logError('window', 'the page did not load', error));
}
