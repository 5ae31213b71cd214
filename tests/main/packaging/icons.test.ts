/**
 * The committed icons in assets/icons are exactly what `npm run icons` makes from
 * assets/icon.svg (so they cannot drift from the drawing), and each container is well
 * formed: PNG sizes read from IHDR, the ICO directory, the ICNS header and entry lengths.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICNS_TYPES } from '../../../scripts/icons/icns';
import { ICO_SIZES, LINUX_SIZES } from '../../../scripts/icons/generate';
import { ROOT } from './builder';

const COMMITTED = path.join(ROOT, 'assets/icons');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const read = (name: string) => fs.readFileSync(path.join(COMMITTED, name));

/** Relative paths of every file below `dir`, `/`-separated, sorted. */
function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

/** Width and height from a PNG's IHDR chunk (which the PNG format puts first). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the committed icons match assets/icon.svg', () => {
  let fresh: string;
  beforeAll(() => {
    fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'decision-map-icons-'));
    // The same command as `npm run icons`, writing into a temporary folder instead.
    const tsx = createRequire(path.join(ROOT, 'package.json')).resolve('tsx/cli');
    execFileSync(process.execPath, [tsx, path.join(ROOT, 'scripts/icons.ts'), fresh], {
      cwd: ROOT,
      stdio: 'pipe',
    });
  });
  afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

  it('as the same set of files', () => {
    expect(listing(COMMITTED)).toEqual(listing(fresh));
    expect(listing(fresh)).toEqual(
      [
        'icon.icns',
        'icon.ico',
        'icon.png',
        ...LINUX_SIZES.map((size) => `png/${size}x${size}.png`),
      ].sort(),
    );
  });

  it('byte for byte (run `npm run icons` and commit assets/icons after changing the drawing)', () => {
    for (const name of listing(fresh)) {
      const same = fs.readFileSync(path.join(fresh, name)).equals(read(name));
      expect(same, `assets/icons/${name} differs from a fresh rendering`).toBe(true);
    }
  });
});

describe('the icon files are well formed', () => {
  it('icon.png is 1024 px square', () => {
    expect(pngSize(read('icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('each Linux PNG is the size its name says', () => {
    for (const size of LINUX_SIZES)
      expect(pngSize(read(`png/${size}x${size}.png`)), `${size}x${size}.png`).toEqual({
        width: size,
        height: size,
      });
  });

  it('icon.ico: a directory of 16 to 256 px PNG images, 256 written as 0', () => {
    const ico = read('icon.ico');
    expect(ico.readUInt16LE(0), 'reserved').toBe(0);
    expect(ico.readUInt16LE(2), 'type 1 = icon').toBe(1);
    const count = ico.readUInt16LE(4);
    expect(count).toBe(ICO_SIZES.length);

    let expectedOffset = 6 + 16 * count;
    const sizes: number[] = [];
    for (let index = 0; index < count; index++) {
      const entry = 6 + 16 * index;
      const width = ico.readUInt8(entry) || 256;
      const height = ico.readUInt8(entry + 1) || 256;
      expect(ico.readUInt8(entry + 2), 'palette size').toBe(0);
      expect(ico.readUInt8(entry + 3), 'reserved').toBe(0);
      expect(ico.readUInt16LE(entry + 4), 'planes').toBe(1);
      expect(ico.readUInt16LE(entry + 6), 'bits per pixel').toBe(32);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(offset, `image ${index} follows the previous one`).toBe(expectedOffset);
      expectedOffset += length;
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual({ width, height });
      sizes.push(width);
    }
    expect(sizes).toEqual([...ICO_SIZES]);
    expect(ico.readUInt8(6 + 16 * (count - 1)), '256 px is stored as 0').toBe(0);
    expect(expectedOffset, 'the images fill the file exactly').toBe(ico.length);
  });

  it('icon.icns: the header’s length is the file’s, and each entry holds a PNG of its type’s size', () => {
    const icns = read('icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4), 'total length').toBe(icns.length);

    const expectedSize = new Map<string, number>(ICNS_TYPES.map(({ type, size }) => [type, size]));
    const types: string[] = [];
    let offset = 8;
    while (offset < icns.length) {
      const type = icns.toString('ascii', offset, offset + 4);
      const length = icns.readUInt32BE(offset + 4);
      expect(length, `${type} length`).toBeGreaterThan(8);
      expect(offset + length, `${type} ends inside the file`).toBeLessThanOrEqual(icns.length);
      const size = expectedSize.get(type);
      expect(size, `${type} is a PNG icon type`).toBeDefined();
      expect(pngSize(icns.subarray(offset + 8, offset + length)), type).toEqual({
        width: size,
        height: size,
      });
      types.push(type);
      offset += length;
    }
    expect(offset).toBe(icns.length);
    expect(types).toEqual(ICNS_TYPES.map(({ type }) => type));
    // macOS wants the 512@2x (1024 px) and 512 px images for the Finder and the Dock.
    expect(types).toEqual(expect.arrayContaining(['ic09', 'ic10']));
  });
});
