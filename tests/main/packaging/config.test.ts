/**
 * electron-builder.yml against what the issue asks of the installers and against the real
 * tree: targets, identity, fuses, what goes into app.asar, what is unpacked beside it, the
 * icons. Packaging itself needs the Electron binary, which these machines cannot download;
 * everything that decides what a package contains is checked here instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';
import {
  filesUnder,
  loadConfig,
  PACKAGE,
  packagedAppFile,
  packagedModuleFile,
  type PlatformKey,
  ROOT,
  targetsOf,
  unpacked,
  validate,
} from './builder';

const PLATFORMS: readonly PlatformKey[] = ['linux', 'mac', 'win'];
/** better-sqlite3's name for each platform in prebuilds/<name>-<arch>.node. */
const PREBUILD_PLATFORMS: Record<PlatformKey, string> = {
  linux: 'linux',
  mac: 'darwin',
  win: 'win32',
};

let config: Configuration;
beforeAll(() => {
  config = loadConfig();
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema check', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('and that check catches a misspelt option, so passing it means something', async () => {
    const typo = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validate(typo as Configuration)).rejects.toThrow(/electronFuses/);
  });

  it('names the app: the repository’s app id and package.json’s product name', () => {
    expect(config.appId).toBe('com.decisionmap.app');
    expect(config.productName).toBe('Decision Map');
    expect(config.productName).toBe(PACKAGE.productName);
  });

  it('builds AppImage and deb on Linux, a dmg per Mac architecture, an NSIS installer on Windows', () => {
    expect(targetsOf(config, 'linux')).toEqual([
      { target: 'AppImage', arch: [] },
      { target: 'deb', arch: [] },
    ]);
    expect(targetsOf(config, 'mac')).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(targetsOf(config, 'win')).toEqual([{ target: 'nsis', arch: [] }]);
  });

  it('writes installers to dist/, which git ignores', () => {
    expect(config.directories?.output).toBe('dist');
    const ignored = fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toContain('dist/');
  });

  it('sets every Electron fuse, each to its hardened value (file:// privileges kept, see the YAML)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: true,
      resetAdHocDarwinSignature: true,
    });
  });

  it('re-signs ad hoc after flipping the fuses, which unsigned Apple silicon builds need', () => {
    // Flipping fuses edits the binary and voids its signature; an arm64 Mac refuses an app
    // whose signature does not match, and no build is signed until signing is set up.
    expect(config.electronFuses?.resetAdHocDarwinSignature).toBe(true);
  });

  it('links the Linux windows to the .desktop entry: desktopName, and the file named after it', () => {
    // Electron reads desktopName from package.json for the window's app_id / WM_CLASS;
    // electron-builder writes StartupWMClass from it, and with syncDesktopName names the
    // installed .desktop file after it, so the three agree.
    expect(PACKAGE.desktopName).toBe(`${config.appId}.desktop`);
    expect(config.linux?.syncDesktopName).toBe(true);
  });

  it('does not rebuild native modules (better-sqlite3 ships Node-API binaries)', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('associates .decisionmap.json files, with a MIME type for Linux (the only system that matches the full glob)', () => {
    expect(config.fileAssociations).toEqual([
      {
        ext: 'decisionmap.json',
        name: 'Decision Map file',
        description: 'Decision Map file',
        mimeType: 'application/x-decisionmap+json',
        role: 'Editor',
      },
    ]);
  });

  it('gives the deb what electron-builder demands of it: a maintainer and a homepage', () => {
    // FpmTarget refuses to build a deb without both: the maintainer falls back to
    // package.json's author only when that has an e-mail address, the homepage comes from
    // package.json's "homepage" or a GitHub "repository".
    expect(config.linux?.maintainer, 'linux.maintainer').toBeTruthy();
    const repository =
      typeof PACKAGE.repository === 'string' ? PACKAGE.repository : PACKAGE.repository?.url;
    const homepage = PACKAGE.homepage ?? (/github/.test(repository ?? '') ? repository : undefined);
    expect(
      homepage,
      'package.json needs a "homepage" (or a GitHub "repository"): without one ' +
        '`electron-builder --linux deb` stops with "Please specify project homepage"',
    ).toBeTruthy();
  });
});

describe('icons', () => {
  it('points each platform at a generated icon that exists', () => {
    expect(config.mac?.icon).toBe('assets/icons/icon.icns');
    expect(config.win?.icon).toBe('assets/icons/icon.ico');
    expect(config.linux?.icon).toBe('assets/icons/png');
    for (const platform of PLATFORMS) {
      const icon = config[platform]?.icon;
      expect(icon && fs.existsSync(path.join(ROOT, icon)), `${platform}.icon ${icon}`).toBe(true);
    }
  });

  it('gives Linux a folder of <N>x<N>.png, up to the 512 px of the hicolor theme', () => {
    const names = fs.readdirSync(path.join(ROOT, 'assets/icons/png'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^(\d+)x\1\.png$/);
    expect(names).toContain('512x512.png');
  });

  it('keeps the build resources inside assets/icons, the generated folder', () => {
    expect(config.directories?.buildResources).toBe('assets/icons');
  });
});

describe('what goes into app.asar', () => {
  const builtFiles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

  it('the built app and package.json', () => {
    for (const file of [...builtFiles, 'out/renderer/assets/index-abc123.js', 'package.json'])
      expect(packagedAppFile(config, file), file).toBe(true);
  });

  it('no sources, tests, assets, source maps, CLI or browser mode', () => {
    for (const file of [
      'main/index.ts',
      'main/store/migrations/001-initial.ts',
      'main/preload/index.ts',
      'renderer/index.html',
      'renderer/src/App.tsx',
      'shared/model.ts',
      'tests/main/packaging/config.test.ts',
      'scripts/icons.ts',
      'assets/icon.svg',
      'assets/icons/icon.icns',
      'assets/examples/campaign-launch.decisionmap.json',
      'bin/decision-map.js',
      'electron-builder.yml',
      'electron.vite.config.ts',
      'tsconfig.json',
      'README.md',
      'out/main/index.js.map',
      'out/main/cli.js',
      'out/main/web.js',
      'dist/linux-unpacked/resources/app.asar',
    ])
      expect(packagedAppFile(config, file), file).toBe(false);
  });

  it('comes from the one shared `files` list: no platform section has a list of its own', () => {
    // electron-builder 26 turns a linux:/mac:/win: `files` list into the main file matcher,
    // and one made only of `!` patterns then starts from "**/*": the whole project, sources
    // and tests included, ends up in app.asar (package.test.ts showed it with a real build).
    for (const platform of PLATFORMS) expect(config[platform]?.files, platform).toBeUndefined();
  });

  it('is checked against the tree as it is: every real file of the sources is left out', () => {
    const sources = ['main', 'renderer', 'shared', 'tests', 'assets', 'scripts', 'bin'].flatMap(
      (dir) => filesUnder(dir),
    );
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter((file) => packagedAppFile(config, file))).toEqual([]);
  });
});

describe('better-sqlite3’s native binaries', () => {
  const MODULE = 'node_modules/better-sqlite3';
  const nodeFiles = filesUnder(MODULE).filter((file) => file.endsWith('.node'));

  it('are where the config expects them (prebuilds/<platform>-<arch>.node)', () => {
    expect(nodeFiles.length).toBeGreaterThan(0);
    for (const platform of ['linux', 'darwin', 'win32'])
      for (const arch of ['x64', 'arm64'])
        expect(nodeFiles).toContain(`${MODULE}/prebuilds/${platform}-${arch}.node`);
  });

  it('are all matched by asarUnpack, which matches nothing else', () => {
    for (const file of nodeFiles) expect(unpacked(config, file), file).toBe(true);
    // A binary compiled from source lands here; it must be unpacked too.
    expect(unpacked(config, `${MODULE}/build/Release/better_sqlite3.node`)).toBe(true);
    for (const file of [`${MODULE}/lib/index.js`, `${MODULE}/package.json`, 'out/main/index.js'])
      expect(unpacked(config, file), file).toBe(false);
  });

  it.each(PLATFORMS)('%s: ships the binary for every arch it builds', (platform) => {
    const kept = nodeFiles.filter((file) => packagedModuleFile(config, file));
    const arches = targetsOf(config, platform).flatMap((target) => target.arch);
    // No arch listed: the build machine's, x64 or arm64.
    for (const arch of arches.length > 0 ? arches : ['x64', 'arm64'])
      expect(kept).toContain(`${MODULE}/prebuilds/${PREBUILD_PLATFORMS[platform]}-${arch}.node`);
  });

  it('keeps the JavaScript that loads them, and drops the C sources and headers', () => {
    expect(packagedModuleFile(config, `${MODULE}/lib/index.js`)).toBe(true);
    expect(packagedModuleFile(config, `${MODULE}/lib/binding.js`)).toBe(true);
    expect(packagedModuleFile(config, `${MODULE}/src/better_sqlite3.cpp`)).toBe(false);
    expect(packagedModuleFile(config, `${MODULE}/deps/sqlite3/sqlite3.c`)).toBe(false);
    expect(packagedModuleFile(config, 'node_modules/node-addon-api/napi.h')).toBe(false);
  });
});
