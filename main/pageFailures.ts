/**
 * What the main window does when its page cannot be shown: without this, a page that
 * fails to load leaves a window that never appears (`ready-to-show` never comes) and a
 * crashed renderer leaves a blank one.
 *
 * - `did-fail-load` for our page, in the main frame: a plain error page with Reload.
 *   ERR_ABORTED (-3) is not a failure: Chromium reports it when a newer navigation
 *   replaces a load in progress (https://www.electronjs.org/docs/latest/api/web-contents
 *   #event-did-fail-load; codes: Chromium's net_error_list.h).
 * - `render-process-gone`: reload our page (what was saved is on disk; the page reopens
 *   from there). A renderer that keeps dying gets the error page instead of a reload loop.
 *   'clean-exit' is a normal end, not a crash (docs, RenderProcessGoneDetails).
 * - `preload-error`: logged; the page then finds no bridge and says so itself
 *   (renderer/src/api/client.ts), and there is nothing in it to save on close.
 *
 * The error page is a `data:` page with no script and its own CSP. Its Reload is a link to
 * `#reload`: following it is an in-page navigation, which Electron reports as
 * `did-navigate-in-page` ("Examples of this occurring are when anchor links are clicked",
 * docs) and never as `will-navigate`, so the navigation guards stay as they are and the
 * page needs no bridge.
 *
 * tests/main/pageFailures.test.ts emits these events from the fake `electron`,
 * whose events follow the same docs: that proves what this code does with them, not when
 * Electron sends them.
 */
import type { BrowserWindow } from 'electron';
import { logError } from './log';

/** net::ERR_ABORTED: a load replaced by another navigation, or stopped. */
const ERR_ABORTED = -3;
/** More crashes than this within CRASH_WINDOW_MS and the window stops reloading. */
const MAX_CRASHES = 3;
const CRASH_WINDOW_MS = 60_000;
const RELOAD_HASH = '#reload';

export interface PageWatch {
  /** False while the page cannot answer IPC: its renderer is gone or its preload failed. */
  pageCanAnswer(): boolean;
}

export function watchPage(
  window: BrowserWindow,
  isAppPage: (url: string) => boolean,
  loadAppPage: () => void,
  now: () => number = Date.now,
): PageWatch {
  const contents = window.webContents;
  let crashes: number[] = [];
  let rendererGone = false;
  let preloadFailed = false;

  const showError = (message: string) => {
    void window.loadURL(errorPageUrl(message)).catch((error: unknown) => {
      logError('window', 'the error page did not load', error);
    });
    // The page that would have said `ready-to-show` never painted.
    window.show();
  };

  contents.on('did-start-loading', () => {
    rendererGone = false;
    preloadFailed = false;
  });

  contents.on(
    'did-fail-load',
    (_event, errorCode: number, errorDescription: string, validatedUrl, isMainFrame) => {
      if (!isMainFrame || errorCode === ERR_ABORTED || !isAppPage(validatedUrl)) return;
      logError('window', `the page did not load: ${errorDescription} (${errorCode})`);
      showError(
        `Its page could not be loaded (${errorDescription || `error ${errorCode}`}). ` +
          'If this keeps happening, install Decision Map again.',
      );
    },
  );

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    rendererGone = true;
    logError('window', `the page stopped: ${details.reason} (exit code ${details.exitCode})`);
    const at = now();
    crashes = [...crashes.filter((time) => at - time < CRASH_WINDOW_MS), at];
    if (crashes.length > MAX_CRASHES) {
      showError('The window stopped unexpectedly several times in a row.');
      return;
    }
    loadAppPage();
  });

  contents.on('did-navigate-in-page', (_event, url: string, isMainFrame: boolean) => {
    if (isMainFrame && url.startsWith('data:') && url.endsWith(RELOAD_HASH)) {
      crashes = [];
      loadAppPage();
    }
  });

  contents.on('preload-error', (_event, _preloadPath, error) => {
    preloadFailed = true;
    logError('window', 'the preload script failed', error);
  });

  return { pageCanAnswer: () => !rendererGone && !preloadFailed && !contents.isCrashed() };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The error page as a data: URL: plain text, a Reload link, no script at all. */
export function errorPageUrl(message: string): string {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Decision Map</title>
<style>
  :root { color-scheme: light dark; font: 15px/1.5 system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { max-width: 34rem; padding: 2rem; }
  h1 { font-size: 1.3rem; margin: 0 0 .75rem; }
  a { display: inline-block; margin-top: .5rem; padding: .45rem 1rem; border-radius: 6px; background: #2f5fd0; color: #fff; text-decoration: none; }
</style></head>
<body><main>
<h1>Decision Map could not show this window</h1>
<p>${escapeHtml(message)}</p>
<p>Your maps are safe: everything that was saved stays in your workspace.</p>
<a href="${RELOAD_HASH}">Reload</a>
</main></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
