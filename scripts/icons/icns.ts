/**
 * A macOS .icns file whose images are PNG data. Layout, all numbers big-endian:
 *   'icns' (4 bytes), file length including this header (u32)
 *   per image: its type (4 ASCII bytes), length including this 8-byte header (u32), PNG bytes
 *
 * Only the types that hold PNG data are used (the older is32/il32/it32 types hold raw
 * pixels and masks instead). Two of them may share a pixel size: `ic08` is 256 px at 1x,
 * `ic13` the same 256 px drawn for a 128-point icon on a Retina screen.
 */

/** The PNG-capable icon types used here and the pixel size each one holds. */
export const ICNS_TYPES = [
  { type: 'icp4', size: 16 }, // 16 pt @1x
  { type: 'ic11', size: 32 }, // 16 pt @2x
  { type: 'icp5', size: 32 }, // 32 pt @1x
  { type: 'ic12', size: 64 }, // 32 pt @2x
  { type: 'ic07', size: 128 }, // 128 pt @1x
  { type: 'ic13', size: 256 }, // 128 pt @2x
  { type: 'ic08', size: 256 }, // 256 pt @1x
  { type: 'ic14', size: 512 }, // 256 pt @2x
  { type: 'ic09', size: 512 }, // 512 pt @1x
  { type: 'ic10', size: 1024 }, // 512 pt @2x
] as const;

export interface IcnsImage {
  /** A four-letter icon type from ICNS_TYPES. */
  readonly type: string;
  readonly png: Uint8Array;
}

const HEADER = 8;

export function encodeIcns(images: readonly IcnsImage[]): Buffer {
  const parts = images.map(({ type, png }) => {
    if (!/^[\x20-\x7e]{4}$/.test(type)) throw new Error(`"${type}" is not an ICNS icon type`);
    const header = Buffer.alloc(HEADER);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(HEADER + png.length, 4);
    return Buffer.concat([header, png]);
  });
  const header = Buffer.alloc(HEADER);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(HEADER + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([header, ...parts]);
}
