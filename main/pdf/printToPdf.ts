/**
 * The desktop app's PDF printer: a hidden window, locked down like the main one, loads the
 * print view of a map, waits until the page says it is ready, and prints it with Chromium's
 * printToPDF (the engine the end-to-end tests drive with page.pdf()). One window per export,
 * destroyed afterwards. The rest of the export (save dialog, attachment, writing) is in
 * exportPdf.ts, in plain Node.
 *
 * The print view reads the map through the API like any page of ours, so main must trust
 * these windows as senders too: `isPrintSender` answers for them, for as long as they live.
 */
import { BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { AppError } from '../../shared/errors';
import type { MapId } from '../../shared/model';
import { PAGE_MARGIN_MM, printRouteHash, type PrintOptions } from '../../shared/print/options';
import type { AppLocation } from '../appLocation';
import { secureWebPreferences } from '../window';
import { footerTemplate, HEADER_TEMPLATE } from './attachment';
import type { PdfPrinter } from './exportPdf';

/** A 300-step map lays out in about a second; this only stops a page that never finishes. */
const READY_TIMEOUT_MS = 60_000;
const POLL_MS = 100;
const MM_PER_INCH = 25.4;

export interface ElectronPdfPrinter extends PdfPrinter {
  /** True when the call comes from a live print window showing our page. */
  isPrintSender(event: IpcMainInvokeEvent): boolean;
}

export function electronPdfPrinter(
  location: AppLocation,
  isAppPage: (url: string) => boolean,
): ElectronPdfPrinter {
  const live = new Set<WebContents>();
  return {
    isPrintSender(event) {
      if (!live.has(event.sender)) return false;
      const url = event.senderFrame?.url;
      return typeof url === 'string' && isAppPage(url);
    },

    async print(mapId: MapId, options: PrintOptions, mapName: string) {
      // Electronegativity flags contextIsolation, sandbox and Auxclick here: it cannot see inside
      // secureWebPreferences(). Reviewed and allowed in scripts/security/electronegativity.ts.
      const window = new BrowserWindow({
        show: false,
        width: 1280,
        height: 900,
        // Locked down like the main window; not throttled, as it is never shown.
        webPreferences: {
          ...secureWebPreferences(location.preloadPath),
          backgroundThrottling: false,
        },
      });
      live.add(window.webContents);
      const stopped = pageStopped(window.webContents);
      try {
        const hash = printRouteHash(mapId, options, { printerFooter: true });
        const loading =
          location.devServerUrl !== null
            ? window.loadURL(new URL(hash, location.devServerUrl).href)
            : window.loadFile(location.indexHtml, { hash: hash.slice(1) });
        // The load's own rejection (did-fail-load) is a failed PDF in the person's words.
        await Promise.race([
          loading.catch(() => Promise.reject(new AppError('PDF_FAILED'))),
          stopped.promise,
        ]);
        await Promise.race([printReady(window.webContents), stopped.promise]);
        const m = PAGE_MARGIN_MM;
        const printing = window.webContents.printToPDF({
          pageSize: options.size,
          landscape: options.orientation === 'landscape',
          printBackground: true,
          preferCSSPageSize: true,
          // The page's @page margins, repeated: the footer is drawn inside the bottom one.
          margins: {
            top: m.top / MM_PER_INCH,
            right: m.right / MM_PER_INCH,
            bottom: m.bottom / MM_PER_INCH,
            left: m.left / MM_PER_INCH,
          },
          displayHeaderFooter: true,
          headerTemplate: HEADER_TEMPLATE,
          footerTemplate: footerTemplate(mapName),
        });
        return await Promise.race([printing, stopped.promise]);
      } finally {
        stopped.dispose();
        live.delete(window.webContents);
        window.destroy();
      }
    },
  };
}

/**
 * Rejects with PDF_FAILED when the print window's page dies or fails to load. Without it a
 * crashed renderer left the job waiting: `executeJavaScript` on a page that is gone may
 * never settle. Events as documented for webContents: `render-process-gone` ("the renderer
 * process unexpectedly disappears") and `did-fail-load` (tests/main/pdf/printToPdf
 * .test.ts emits them from the fake, so this proves the handling, not Electron's timing).
 */
function pageStopped(contents: WebContents) {
  let stop: (error: AppError) => void = () => {};
  const promise = new Promise<never>((_resolve, reject) => (stop = reject));
  // Only ever read through Promise.race; a rejection nobody awaits must not be "unhandled".
  promise.catch(() => {});
  const gone = () => stop(new AppError('PDF_FAILED'));
  const failed = (
    _event: unknown,
    code: number,
    _description: string,
    _url: string,
    main: boolean,
  ) => {
    // ERR_ABORTED (-3) is a load replaced by another, not a failure.
    if (main && code !== -3) stop(new AppError('PDF_FAILED'));
  };
  contents.on('render-process-gone', gone);
  contents.on('did-fail-load', failed);
  return {
    promise,
    dispose() {
      contents.removeListener('render-process-gone', gone);
      contents.removeListener('did-fail-load', failed);
    },
  };
}

/** Waits for `document.body.dataset.printReady`: 'true' to print, 'error' to give up. */
async function printReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  // Stops polling once the job is over (the window is destroyed when it fails elsewhere).
  while (Date.now() < deadline && !contents.isDestroyed()) {
    const state: unknown = await contents.executeJavaScript(
      'document.body ? document.body.dataset.printReady || "" : ""',
    );
    if (state === 'true') return;
    if (state === 'error') throw new AppError('PDF_FAILED');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new AppError('PDF_FAILED');
}
