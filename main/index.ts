/**
 * The Electron main process: lifecycle only. One instance at a time (a second launch
 * focuses the first window), one workspace, one window; the workspace closes on quit.
 */
import { join } from 'node:path';
import { app, ipcMain, type BrowserWindow } from 'electron';
import { MENU_EVENT_CHANNEL } from '../shared/api/menu';
import { OPEN_FILE_EVENT_CHANNEL } from '../shared/api/openFile';
import { isAppPage, resolveAppLocation } from './appLocation';
import { resolveDataDir } from './config/dataDir';
import { filesInArgs, systemFileOpener, type SystemFileOpener } from './files/openFromSystem';
import { registerApi, trustedSender } from './ipc';
import { initLogging, log } from './log';
import { installMenu } from './menu';
import { electronPdfPrinter } from './pdf/printToPdf';
import { desktopSaveHost } from './saveDialog';
import { installSecurityGuards } from './security/guards';
import { openWorkspace } from './service/workspace';
import { BACKUP_WORKER } from './store/backup/workerPath';
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
  // <data folder>/logs/decision-map.log, rotated, without map content (main/log); stderr
  // too in development. The file is created only when the first line is written.
  initLogging(join(dataDir, 'logs'), { stderr: dev });
  let window: BrowserWindow | null = null;
  // Files the system asks us to open arrive before the workspace is open on a cold start
  // (macOS sends open-file before ready); they wait here until the opener exists.
  let opener: SystemFileOpener | null = null;
  const filesBeforeReady: string[] = filesInArgs(process.argv.slice(1));
  const openFile = (file: string) => {
    if (!opener) {
      filesBeforeReady.push(file);
      return;
    }
    void opener.open(file);
    // macOS keeps running with no window: the file needs one to open in.
    if (!window) openWindow();
  };

  installSecurityGuards(isOurPage);

  // macOS: a double-clicked file, or one dropped on the dock icon.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFile(file);
  });

  // Windows and Linux start a second instance with the file as an argument; it hands its
  // arguments over here and quits.
  app.on('second-instance', (_event, argv) => {
    for (const file of filesInArgs(argv.slice(1))) openFile(file);
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  const openWindow = () => {
    const created = createMainWindow(location, dataDir);
    // Events for the page wait while it (re)loads: its listener exists only once it has.
    created.webContents.on('did-start-loading', () => opener?.pageGone());
    created.webContents.on('did-finish-load', () => opener?.pageReady());
    created.on('closed', () => {
      opener?.pageGone();
      if (window === created) window = null;
    });
    window = created;
  };

  void app.whenReady().then(() => {
    const printer = electronPdfPrinter(location, isOurPage);
    const service = openWorkspace({
      dataDir,
      app: 'desktop',
      files: desktopSaveHost(() => window),
      pdf: printer,
      // Rolling backups in <data folder>/backups, taken by a worker thread; close() on quit
      // stops a running one before the database closes (so no -wal/-shm stay behind).
      backups: {
        worker: BACKUP_WORKER,
        report: (level, message, cause) => log(level, 'backup', message, cause),
      },
    });
    app.on('will-quit', () => service.close());
    const fromMainWindow = trustedSender(() => window, isOurPage);
    // The hidden print windows show our page too, and read the map they print.
    registerApi(ipcMain, service, (event) => fromMainWindow(event) || printer.isPrintSender(event));
    installMenu((command) => window?.webContents.send(MENU_EVENT_CHANNEL, command), { dev });
    opener = systemFileOpener(service.handlers, (event) => {
      window?.webContents.send(OPEN_FILE_EVENT_CHANNEL, event);
      window?.focus();
    });
    for (const file of filesBeforeReady.splice(0)) void opener.open(file);
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
