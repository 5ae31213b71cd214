import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../main/config/dataDir';

describe('resolveDataDir', () => {
  const fallback = '/home/ana/.config/Decision Map';

  it.each([
    ['--data-dir DIR', ['app', '--data-dir', '/data/a'], {}, '/data/a'],
    ['--data-dir=DIR', ['app', '--data-dir=/data/b'], {}, '/data/b'],
    [
      'the flag over the environment',
      ['app', '--data-dir', '/data/a'],
      { DECISION_MAP_DATA_DIR: '/env' },
      '/data/a',
    ],
    ['the environment over the default', ['app'], { DECISION_MAP_DATA_DIR: '/env' }, '/env'],
    ['the default when neither is set', ['app'], {}, fallback],
    ['the default when the flag has no value', ['app', '--data-dir'], {}, fallback],
    [
      'the default when the flag is followed by another flag',
      ['app', '--data-dir', '--inspect'],
      {},
      fallback,
    ],
    ['the default for an empty variable', ['app'], { DECISION_MAP_DATA_DIR: '' }, fallback],
  ])('%s', (_name, argv, env, expected) => {
    expect(resolveDataDir(argv, env, fallback)).toBe(expected);
  });

  it('resolves a relative folder against the current directory', () => {
    expect(resolveDataDir(['--data-dir', 'rel'], {}, fallback)).toBe(path.resolve('rel'));
  });
});

describe('defaultDataDir matches Electron userData for "Decision Map"', () => {
  it.each([
    ['linux', {}, '/home/ana', '/home/ana/.config/Decision Map'],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana', '/xdg/Decision Map'],
    ['darwin', {}, '/Users/ana', '/Users/ana/Library/Application Support/Decision Map'],
    [
      'win32',
      { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
      'C:\\Users\\ana',
      'C:\\Users\\ana\\AppData\\Roaming\\Decision Map',
    ],
  ] as const)('%s %j', (platform, env, home, expected) => {
    expect(defaultDataDir(platform, env, home)).toBe(expected);
  });
});
