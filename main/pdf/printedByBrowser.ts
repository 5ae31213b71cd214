/**
 * Whether a PDF without a map file inside was printed by a web browser — most likely the
 * print view of browser mode saved with Print → Save as PDF, which cannot attach the map
 * file. Told by the program names a PDF records about itself (`/Producer`, `/Creator`, and
 * their XMP twins): Chromium's Skia, Chrome, Firefox, Safari. Only a plain scan of the bytes
 * with bounded patterns, no parsing: it runs on untrusted files after the parser gave up.
 */

/** Program names that only browsers (and browser engines) write into a PDF. */
const BROWSER = /skia\/pdf|chrom(?:e|ium)|firefox|gecko\/|safari|webkit/i;

/** Literal strings, `/Producer (Skia/PDF m120)`, bounded so a hostile file costs one pass. */
const LITERAL = /\/(?:Producer|Creator)\s*\(([^)]{1,300})\)/g;
/** Hex strings, `/Creator <FEFF0043…>` (UTF-16BE) or plain bytes. */
const HEX = /\/(?:Producer|Creator)\s*<([0-9A-Fa-f\s]{2,1200})>/g;
/** XMP metadata: `<pdf:Producer>Skia/PDF m120</pdf:Producer>`, `<xmp:CreatorTool>…`. */
const XMP = /<(?:pdf:Producer|xmp:CreatorTool)>([^<]{1,300})</g;

function fromHex(hex: string): string {
  const bytes = Buffer.from(hex.replace(/\s+/g, ''), 'hex');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // UTF-16BE: swap to the little-endian order Node decodes.
    const swapped = Buffer.alloc(bytes.length - 2);
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      swapped[i - 2] = bytes[i + 1]!;
      swapped[i - 1] = bytes[i]!;
    }
    return swapped.toString('utf16le');
  }
  return bytes.toString('latin1');
}

export function printedByBrowser(pdf: Uint8Array): boolean {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  for (const match of text.matchAll(LITERAL)) if (BROWSER.test(match[1]!)) return true;
  for (const match of text.matchAll(XMP)) if (BROWSER.test(match[1]!)) return true;
  for (const match of text.matchAll(HEX)) if (BROWSER.test(fromHex(match[1]!))) return true;
  return false;
}
