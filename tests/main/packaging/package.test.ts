/**
 * Packs the app with the real electron-builder and electron-builder.yml, and reads the
 * result: what app.asar holds, what is unpacked beside it, and the fuses written into the
 * executable. The Electron binary cannot be downloaded here, so a stand-in takes its place
 * (`electronDist`): a small file carrying the fuse wire the way Electron's binary does.
 * The target is Linux `dir` (the unpacked app the AppImage and the deb are made from),
 * which needs no tools from the network.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, PACKAGE, ROOT } from './builder';

/** What @electron/fuses looks for in the binary: the sentinel, then version 1, the wire length and the wire. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults for the eight V1 fuses ('1' on, '0' off), in FuseV1Options order. */
const DEFAULT_WIRE = '10110001';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

interface AsarEntry {
  readonly files?: Record<string, AsarEntry>;
  readonly size?: number;
  readonly offset?: string;
  readonly unpacked?: boolean;
}

/** An asar archive: a Chromium pickle with the JSON header's length, the header, the data. */
function readAsar(file: string) {
  const archive = fs.readFileSync(file);
  const headerSize = archive.readUInt32LE(4);
  const json = archive.toString('utf8', 16, 16 + archive.readUInt32LE(12));
  const root = JSON.parse(json) as AsarEntry;
  const entries = new Map<string, AsarEntry>();
  const walk = (entry: AsarEntry, prefix: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const at = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, at);
      else entries.set(at, child);
    }
  };
  walk(root, '');
  const read = (name: string): Buffer => {
    const entry = entries.get(name);
    if (!entry || entry.unpacked || entry.offset === undefined || entry.size === undefined)
      throw new Error(`${name} is not stored in the archive`);
    const start = 8 + headerSize + Number(entry.offset);
    return archive.subarray(start, start + entry.size);
  };
  return { entries, read };
}

let work: string;
let app: string;
let asar: ReturnType<typeof readAsar>;

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'out/main/index.js')))
    throw new Error('out/ is not built: run `npm run build` first (`npm test` does it).');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'decision-map-package-'));

  const electron = path.join(work, 'electron-dist');
  fs.mkdirSync(electron);
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
  ]);
  fs.writeFileSync(path.join(electron, 'electron'), wire, { mode: 0o755 });
  fs.writeFileSync(path.join(electron, 'LICENSE'), 'Electron’s license would be here.\n');

  const fromRoot = createRequire(path.join(ROOT, 'package.json'));
  const cli = path.join(path.dirname(fromRoot.resolve('electron-builder/package.json')), 'cli.js');
  const output = path.join(work, 'dist');
  try {
    execFileSync(
      process.execPath,
      [
        cli,
        '--linux',
        'dir',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${electron}`,
        `-c.directories.output=${output}`,
      ],
      { cwd: ROOT, stdio: 'pipe', timeout: 170_000 },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `electron-builder failed:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`,
      { cause: error },
    );
  }
  app = path.join(output, 'linux-unpacked');
  asar = readAsar(path.join(app, 'resources/app.asar'));
}, 180_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the package electron-builder makes', () => {
  it('holds exactly the built app, package.json and node_modules at the top of app.asar', () => {
    const top = new Set([...asar.entries.keys()].map((name) => name.split('/')[0]));
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json']);
  });

  it('holds every built file the app loads, and not the CLI, browser mode or source maps', () => {
    const expected = filesUnder('out').filter(
      (file) => !/\.map$/.test(file) && file !== 'out/main/cli.js' && file !== 'out/main/web.js',
    );
    const packed = [...asar.entries.keys()].filter((name) => name.startsWith('out/')).sort();
    expect(packed).toEqual(expected);
  });

  it('keeps desktopName in the packaged package.json, where Electron reads it on Linux', () => {
    const packaged = JSON.parse(asar.read('package.json').toString('utf8')) as {
      desktopName?: string;
    };
    expect(packaged.desktopName).toBe('com.decisionmap.app.desktop');
  });

  it('starts at package.json "main", which is in the archive', () => {
    const manifest = JSON.parse(asar.read('package.json').toString('utf8')) as { main: string };
    expect(manifest.main).toBe('out/main/index.js');
    expect(asar.entries.has(manifest.main)).toBe(true);
  });

  it('has every production dependency, and no development one', () => {
    const modules = new Set(
      [...asar.entries.keys()]
        .filter((name) => name.startsWith('node_modules/'))
        .map((name) => {
          const parts = name.split('/');
          return parts.slice(1, parts[1]?.startsWith('@') ? 3 : 2).join('/');
        }),
    );
    for (const name of Object.keys(PACKAGE.dependencies)) expect(modules, name).toContain(name);
    for (const name of Object.keys(PACKAGE.devDependencies))
      expect(modules.has(name), `${name} is a devDependency`).toBe(false);
  });

  it('leaves better-sqlite3’s C sources and node-addon-api’s headers out', () => {
    const names = [...asar.entries.keys()];
    expect(names.filter((name) => /better-sqlite3\/(deps|src)\//.test(name))).toEqual([]);
    expect(names.filter((name) => name.startsWith('node_modules/node-addon-api/'))).toEqual([]);
  });

  it('unpacks better-sqlite3’s binaries beside the archive, where the OS can load them', () => {
    const binaries = [...asar.entries.keys()].filter((name) => name.endsWith('.node'));
    expect(binaries).toContain('node_modules/better-sqlite3/prebuilds/linux-x64.node');
    for (const name of binaries) {
      expect(asar.entries.get(name)?.unpacked, `${name} marked unpacked`).toBe(true);
      const real = path.join(app, 'resources/app.asar.unpacked', name);
      expect(fs.existsSync(real), `${name} in app.asar.unpacked`).toBe(true);
      expect(fs.statSync(real).size).toBe(fs.statSync(path.join(ROOT, name)).size);
    }
  });

  it('names the executable decision-map and flips every fuse as electron-builder.yml says', () => {
    const binary = fs.readFileSync(path.join(app, 'decision-map'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    expect(binary[at], 'fuse wire version').toBe(1);
    const wire = binary.toString('latin1', at + 2, at + 2 + (binary[at + 1] ?? 0));
    const state = Object.fromEntries(FUSES.map((fuse, index) => [fuse, wire[index] === '1']));
    expect(state).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: true,
    });
  });
});
