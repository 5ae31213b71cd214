/**
 * The desktop app's save host (see `main/files/saveFile.ts`): the native save dialog, in
 * front of the app's window, starting in the Documents folder with the suggested name; and
 * the file manager, to show where the file went. Everything else about saving runs in plain
 * Node, so this file stays this small.
 */
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import { FILE_KIND_INFO } from '../shared/export/fileKinds';
import type { SaveHost } from './files/saveFile';

export function desktopSaveHost(getWindow: () => BrowserWindow | null): SaveHost {
  return {
    async chooseTarget(suggestedName, kind) {
      const info = FILE_KIND_INFO[kind];
      const options: SaveDialogOptions = {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: info.label, extensions: [info.extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const result =
        window && !window.isDestroyed()
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    reveal(file) {
      shell.showItemInFolder(file);
    },
  };
}
