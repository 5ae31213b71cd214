import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { printedByBrowser } from '../../../main/pdf/printedByBrowser';

async function pdfBy(producer: string | null, creator: string | null): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage();
  if (producer !== null) doc.setProducer(producer);
  if (creator !== null) doc.setCreator(creator);
  return doc.save({ useObjectStreams: false });
}

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('printedByBrowser', () => {
  it.each([
    ['Chromium’s Skia', 'Skia/PDF m120', null],
    ['Chrome', null, 'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0'],
    ['Firefox', 'cairo 1.18.0', 'Mozilla Firefox 128.0'],
    ['Safari', null, 'Safari'],
  ])('tells a PDF printed by %s (written as UTF-16 hex strings)', async (_, producer, creator) => {
    expect(printedByBrowser(await pdfBy(producer, creator))).toBe(true);
  });

  it('reads literal strings and XMP metadata too', () => {
    expect(printedByBrowser(latin1('%PDF-1.4\n1 0 obj << /Producer (Skia/PDF m131) >>'))).toBe(
      true,
    );
    expect(printedByBrowser(latin1('<x:xmpmeta><xmp:CreatorTool>Chromium</xmp:CreatorTool>'))).toBe(
      true,
    );
  });

  it('does not take other programs for a browser', async () => {
    expect(printedByBrowser(await pdfBy('pdf-lib', 'Decision Map tests'))).toBe(false);
    expect(printedByBrowser(await pdfBy('Microsoft® Word for Microsoft 365', null))).toBe(false);
    expect(printedByBrowser(await pdfBy(null, null))).toBe(false);
    expect(printedByBrowser(latin1('%PDF-1.7 not really'))).toBe(false);
  });
});
