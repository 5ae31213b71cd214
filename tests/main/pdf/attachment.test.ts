/**
 * The map file carried inside an exported PDF: attached and read back unchanged, absent from
 * other PDFs, and a damaged or foreign file refused with a coded error instead of a crash.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../shared/errors';
import { parseMapFile } from '../../../shared/file-format';
import { attachMapFile, footerTemplate } from '../../../main/pdf/attachment';
import { attachmentNames, extractMapFile } from '../../../main/pdf/extract';
import { generateMap } from '../../support/generateMap';

const example = readFileSync(
  resolve(import.meta.dirname, '../../../assets/examples/campaign-launch.decisionmap.json'),
  'utf8',
);

async function blankPdf(pages = 1): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([842, 595]).drawText(`Page ${i + 1}`);
  return pdf.save();
}

async function refusal(bytes: Uint8Array): Promise<unknown> {
  return extractMapFile(bytes).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('attachMapFile and extractMapFile', () => {
  test('the attached map comes back equal, and the PDF keeps its pages', async () => {
    const parsed = parseMapFile(example);
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    const bytes = await attachMapFile(await blankPdf(3), parsed.doc);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(3);
    const text = await extractMapFile(bytes);
    expect(text).not.toBeNull();
    const back = parseMapFile(text!);
    expect(back.ok && back.doc).toEqual(parsed.doc);
  });

  test('a large generated map survives the round trip', async () => {
    const doc = generateMap(300);
    const text = await extractMapFile(await attachMapFile(await blankPdf(), doc));
    const back = parseMapFile(text!);
    expect(back.ok && back.doc.transitionOrder).toEqual(doc.transitionOrder);
    expect(back.ok && back.doc.steps).toEqual(doc.steps);
  });

  test('a PDF without a map attached gives null', async () => {
    expect(await extractMapFile(await blankPdf())).toBeNull();
    const other = await PDFDocument.create();
    other.addPage();
    await other.attach(new TextEncoder().encode('hello'), 'notes.txt', { mimeType: 'text/plain' });
    expect(await extractMapFile(await other.save())).toBeNull();
  });

  test.each([
    ['not a PDF at all', new TextEncoder().encode('{"format":"decision-map"}')],
    ['empty', new Uint8Array()],
    ['a header and garbage', new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(5000))],
  ])('%s is refused as INVALID_FILE', async (_name, bytes) => {
    const error = await refusal(bytes);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_FILE');
    expect((error as AppError).message).toMatch(/not a PDF, or it is damaged/);
  });

  test('a truncated PDF is refused or read, never a crash', async () => {
    const parsed = parseMapFile(example);
    if (!parsed.ok) throw new Error('example');
    const bytes = await attachMapFile(await blankPdf(2), parsed.doc);
    for (const cut of [0.2, 0.5, 0.9]) {
      const outcome = await extractMapFile(bytes.subarray(0, Math.floor(bytes.length * cut))).then(
        (text) => (text === null ? 'none' : 'text'),
        (error: unknown) => (error instanceof AppError ? error.code : 'crash'),
      );
      expect(['none', 'text', 'INVALID_FILE']).toContain(outcome);
    }
  });
});

describe('names and footer', () => {
  test('the attachment is named after the map, safely', async () => {
    const doc = generateMap(3);
    const named = { ...doc, info: { ...doc.info, name: 'Q3: launch / review?' } };
    const bytes = await attachMapFile(await blankPdf(), named);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Q3: launch / review?');
    expect(await attachmentNames(bytes)).toEqual(['Q3 launch review.decisionmap.json']);
  });

  test('the footer escapes the map name and numbers pages', () => {
    const footer = footerTemplate('<R&D> "launch"');
    expect(footer).toContain('&lt;R&amp;D&gt; &quot;launch&quot;');
    expect(footer).toContain("<span class='pageNumber'></span>");
    expect(footer).toContain("<span class='totalPages'></span>");
  });
});
