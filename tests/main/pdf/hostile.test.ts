/**
 * PDFs made to hurt (tests/support/hostilePdfs.ts) are each refused for the budget they aim
 * at, named in the refusal, whether read in-process or in the untrusted-file worker; a PDF
 * the app exported still reads in the worker; and the worker's own hard stops (time,
 * memory) end it and say which.
 */
import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { attachMapFile } from '../../../main/pdf/attachment';
import { extractMapFile } from '../../../main/pdf/extract';
import { DEFAULT_LIMITS, FileRefused, type Limits } from '../../../main/untrusted/limits';
import { parseUntrusted } from '../../../main/untrusted/run';
import { UNTRUSTED_WORKER } from '../../../main/untrusted/workerPath';
import { parseMapFile } from '../../../shared/file-format';
import { generateMap } from '../../support/generateMap';
import { HOSTILE_PDFS, truncatedExport, zlibBomb } from '../../support/hostilePdfs';

const BUDGET_CODES = new Set(['time', 'memory', 'inflated-bytes', 'nodes', 'depth', 'nesting']);

async function refusal(reading: Promise<unknown>): Promise<FileRefused> {
  const error = await reading.then(
    () => new Error('the file was read, not refused'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileRefused);
  return error as FileRefused;
}

function expectedCode(reason: string): string {
  return BUDGET_CODES.has(reason) || reason === 'repeated-node'
    ? 'FILE_OVER_LIMIT'
    : 'INVALID_FILE';
}

async function exportedPdf(steps = 20): Promise<{ bytes: Uint8Array; name: string }> {
  const pdf = await PDFDocument.create();
  pdf.addPage([842, 595]).drawText('The map');
  const doc = generateMap(steps);
  return { bytes: await attachMapFile(await pdf.save(), doc), name: doc.info.name };
}

describe('the hostile files themselves', () => {
  test('the zlib bomb is a valid stream of zeros, a thousand times its size', () => {
    const bomb = zlibBomb(3);
    const out = inflateSync(bomb);
    expect(out.length).toBe(3 * 1024 * 1024);
    expect(out.every((byte) => byte === 0)).toBe(true);
    expect(bomb.length).toBeLessThan(out.length / 500);
  });
});

describe('read in-process', () => {
  test.each(HOSTILE_PDFS)('$name is refused over $reason', async ({ reason, make }) => {
    const refused = await refusal(extractMapFile(await make()));
    expect(refused.reason).toBe(reason);
    expect(refused.code).toBe(expectedCode(reason));
    expect(refused.message).toMatch(/Nothing was changed\.$/);
  });

  test.each([0.1, 0.5, 0.9, 0.99])('an export cut at %s of its bytes is damaged', async (share) => {
    const refused = await refusal(extractMapFile(await truncatedExport(share)));
    expect(refused.reason).toBe('damaged');
    expect(refused.code).toBe('INVALID_FILE');
  });

  test('the budget is what refuses: within a larger one the same wide tree reads', async () => {
    const limits: Limits = { ...DEFAULT_LIMITS, nodes: 200_000 };
    const wide = HOSTILE_PDFS.find((h) => h.name === 'wide-name-tree')!;
    // 50,000 kids listed and walked fit 200,000 nodes; nothing is attached, so no map.
    expect(await extractMapFile(await wide.make(), limits)).toBeNull();
  });
});

describe('read in the untrusted-file worker', () => {
  test('a PDF the app exported reads back', async () => {
    const { bytes, name } = await exportedPdf();
    const text = await parseUntrusted(UNTRUSTED_WORKER, 'pdf-map-file', bytes);
    const parsed = parseMapFile(text!);
    expect(parsed.ok && parsed.doc.info.name).toBe(name);
  });

  test.each(HOSTILE_PDFS)('$name is refused over $reason', async ({ reason, make }) => {
    const refused = await refusal(parseUntrusted(UNTRUSTED_WORKER, 'pdf-map-file', await make()));
    expect(refused.reason).toBe(reason);
    expect(refused.code).toBe(expectedCode(reason));
  });

  test('a parse that outlives its time budget is ended and refused over time', async () => {
    const { bytes } = await exportedPdf();
    const limits = { ...DEFAULT_LIMITS, timeMs: 1 };
    const refused = await refusal(parseUntrusted(UNTRUSTED_WORKER, 'pdf-map-file', bytes, limits));
    expect(refused.reason).toBe('time');
    expect(refused.code).toBe('FILE_OVER_LIMIT');
  });

  test('a parse that needs more heap than its budget is ended and refused over memory', async () => {
    const { bytes } = await exportedPdf(2000);
    const limits = { ...DEFAULT_LIMITS, heapMb: 8 };
    const refused = await refusal(parseUntrusted(UNTRUSTED_WORKER, 'pdf-map-file', bytes, limits));
    expect(refused.reason).toBe('memory');
    expect(refused.code).toBe('FILE_OVER_LIMIT');
  });

  test('a worker that cannot start is an internal error, not a refused file', async () => {
    const error = await parseUntrusted(
      '/nonexistent/worker.js',
      'pdf-map-file',
      new Uint8Array(),
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(FileRefused);
    expect((error as { code?: string }).code).toBe('INTERNAL');
  });
});
