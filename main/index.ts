/**
 * The Electron main process: lifecycle only. One instance at a time (a second launch
 * focuses the first window), one workspace, one window; the workspace closes on quit.
 */
import { app, ipcMain, type BrowserWindow } from 'electron';
import { MENU_EVENT_CHANNEL } from '../shared/api/menu';
import { isAppPage, resolveAppLocation } from './appLocation';
import { resolveDataDir } from './config/dataDir';
import { registerApi, trustedSender } from './ipc';
import { installMenu } from './menu';
import { electronPdfPrinter } from './pdf/printToPdf';
import { desktopSaveHost } from './saveDialog';
import { installSecurityGuards } from './security/guards';
import { openWorkspace } from './service/workspace';
import { createMainWindow } from './window';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  // A packaged app ignores ELECTRON_RENDERER_URL: an environment variable must never be
  // able to point the installed app at some other page.
  const dev = !app.isPackaged;
  const location = resolveAppLocation(
    __dirname,
    dev ? process.env.ELECTRON_RENDERER_URL : undefined,
  );
  const isOurPage = (url: string) => isAppPage(url, location);
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  let window: BrowserWindow | null = null;

  installSecurityGuards(isOurPage);

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  const openWindow = () => {
    const created = createMainWindow(location, dataDir);
    created.on('closed', () => {
      if (window === created) window = null;
    });
    window = created;
  };

  void app.whenReady().then(() => {
    const printer = electronPdfPrinter(location, isOurPage);
    const service = openWorkspace({ dataDir, files: desktopSaveHost(() => window), pdf: printer });
    app.on('will-quit', () => service.close());
    const fromMainWindow = trustedSender(() => window, isOurPage);
    // The hidden print windows show our page too, and read the map they print.
    registerApi(ipcMain, service, (event) => fromMainWindow(event) || printer.isPrintSender(event));
    installMenu((command) => window?.webContents.send(MENU_EVENT_CHANNEL, command), { dev });
    openWindow();
    // macOS keeps the app running with no window; clicking the dock icon opens one again.
    app.on('activate', () => {
      if (!window) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
