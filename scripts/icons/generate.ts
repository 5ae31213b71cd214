/**
 * Every app icon file, rendered from the one source drawing (the text of assets/icon.svg).
 * It touches no files: it returns them, for `scripts/icons.ts` to write. resvg's rendering
 * and PNG encoding depend only on the input, so the bytes are the same on every run, which
 * lets a test compare a fresh rendering with the committed icons.
 */
import { Resvg } from '@resvg/resvg-js';
import { encodeIcns, ICNS_TYPES } from './icns';
import { encodeIco } from './ico';

/** Every pixel size rendered. */
export const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** The Linux set: the sizes the freedesktop hicolor theme has folders for (it has no 1024). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
/** Windows: the classic sizes, up to the 256 px that Explorer's large views use. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** Where each file goes, relative to `assets/icons/`, with its bytes. */
export type IconFiles = ReadonlyMap<string, Buffer>;

export function renderPng(svg: string, size: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    // The icon has no text: skip the system font scan, which would make output machine-dependent.
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  if (image.width !== size || image.height !== size)
    throw new Error(`The icon must be square: rendered ${image.width}x${image.height} for ${size}`);
  return image.asPng();
}

export function generateIcons(svg: string): IconFiles {
  const png = new Map<number, Buffer>(SIZES.map((size) => [size, renderPng(svg, size)]));
  const at = (size: number): Buffer => {
    const bytes = png.get(size);
    if (!bytes) throw new Error(`No ${size} px rendering`);
    return bytes;
  };

  const files = new Map<string, Buffer>();
  // The largest rendering, for anything that wants one picture (macOS asks for at least 512).
  files.set('icon.png', at(1024));
  for (const size of LINUX_SIZES) files.set(`png/${size}x${size}.png`, at(size));
  files.set('icon.ico', encodeIco(ICO_SIZES.map((size) => ({ size, png: at(size) }))));
  files.set('icon.icns', encodeIcns(ICNS_TYPES.map(({ type, size }) => ({ type, png: at(size) }))));
  return files;
}
