/** The desktop save host, against the fake electron: what the native dialog is asked to show. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../fakes/electron'));

import { desktopSaveHost } from '../../main/saveDialog';
import { BrowserWindow, dialog, resetFakeElectron, shell } from '../fakes/electron';

beforeEach(() => resetFakeElectron());

describe('desktopSaveHost', () => {
  it('opens the save dialog on the window, in Documents, with the kind’s filter', async () => {
    const window = new BrowserWindow({});
    dialog.nextSave = '/home/u/Launch.csv';
    const host = desktopSaveHost(() => window as never);
    expect(await host.chooseTarget('Launch - decision register.csv', 'csv')).toBe(
      '/home/u/Launch.csv',
    );
    const [parent, options] = dialog.showSaveDialog.mock.calls[0]!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      defaultPath: expect.stringMatching(/Documents[\\/]Launch - decision register\.csv$/),
      filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
    });
  });

  it('answers null when the person cancels, and works without a window', async () => {
    const host = desktopSaveHost(() => null);
    expect(await host.chooseTarget('Map.decisionmap.json', 'map')).toBeNull();
    expect(dialog.showSaveDialog.mock.calls[0]).toHaveLength(1);
  });

  it('shows the saved file in its folder', () => {
    desktopSaveHost(() => null).reveal('/home/u/Launch.csv');
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/home/u/Launch.csv');
  });
});
