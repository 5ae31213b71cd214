import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dataDirKey,
  DEV_PRODUCT_NAME,
  INSTANCES_FOLDER,
  instanceUserData,
} from '../../../main/config/instance';

const appData = '/home/ana/.config';
const productUserData = '/home/ana/.config/Decision Map';
const input = (dataDir: string, dev = false, platform: NodeJS.Platform = 'linux') => ({
  dataDir,
  productUserData,
  appData,
  dev,
  platform,
});

describe('the userData folder of a launch (and so its single-instance lock)', () => {
  it('is Electron’s default for the default data folder, as before', () => {
    expect(instanceUserData(input(productUserData))).toBe(productUserData);
    expect(instanceUserData(input(`${productUserData}/`))).toBe(productUserData);
  });

  it('differs for each other data folder, so two folders take two locks', () => {
    const a = instanceUserData(input('/home/ana/Dropbox/Team maps'));
    const b = instanceUserData(input('/home/ana/Client maps'));
    expect(a).not.toBe(b);
    for (const folder of [a, b]) {
      expect(path.dirname(folder)).toBe(path.join(productUserData, INSTANCES_FOLDER));
      expect(path.basename(folder)).toMatch(/^[0-9a-f]{16}$/);
    }
    // The same folder again: the same lock, so a second launch joins the first.
    expect(instanceUserData(input('/home/ana/Dropbox/Team maps'))).toBe(a);
  });

  it('never puts Chromium’s profile inside the (possibly synced) data folder', () => {
    const dataDir = '/home/ana/Dropbox/Team maps';
    const folder = instanceUserData(input(dataDir));
    expect(path.relative(dataDir, folder).startsWith('..')).toBe(true);
  });

  it('gives a development run its own folder, apart from the installed app’s', () => {
    expect(instanceUserData(input(productUserData, true))).toBe(
      path.join(appData, DEV_PRODUCT_NAME),
    );
    const other = instanceUserData(input('/tmp/maps', true));
    expect(other.startsWith(path.join(appData, DEV_PRODUCT_NAME) + path.sep)).toBe(true);
    expect(other).not.toBe(instanceUserData(input('/tmp/maps')));
  });

  it('treats Windows paths that differ only in case as one folder', () => {
    expect(dataDirKey('C:\\Users\\Ana\\Maps', 'win32')).toBe(
      dataDirKey('c:\\users\\ana\\maps\\', 'win32'),
    );
    expect(dataDirKey('/home/ana/Maps', 'linux')).not.toBe(dataDirKey('/home/ana/maps', 'linux'));
  });
});
