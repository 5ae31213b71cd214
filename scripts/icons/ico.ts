/**
 * A Windows .ico file whose images are PNG data, which Windows reads since Vista (Electron
 * needs Windows 10). Layout, all numbers little-endian:
 *   ICONDIR       reserved 0 (u16), type 1 = icon (u16), image count (u16)
 *   ICONDIRENTRY  per image, 16 bytes: width (u8, 0 means 256), height (u8, 0 means 256),
 *                 palette size 0 (u8), reserved 0 (u8), colour planes 1 (u16),
 *                 bits per pixel 32 (u16), data length (u32), data offset from file start (u32)
 *   the images' PNG bytes, in directory order.
 */

export interface IcoImage {
  /** Width and height in pixels (square), 1 to 256. */
  readonly size: number;
  readonly png: Uint8Array;
}

const HEADER = 6;
const ENTRY = 16;

export function encodeIco(images: readonly IcoImage[]): Buffer {
  const header = Buffer.alloc(HEADER + ENTRY * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);

  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    if (!Number.isInteger(size) || size < 1 || size > 256)
      throw new Error(`An ICO image is 1 to 256 pixels wide, not ${size}`);
    const entry = HEADER + ENTRY * index;
    header.writeUInt8(size === 256 ? 0 : size, entry);
    header.writeUInt8(size === 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}
