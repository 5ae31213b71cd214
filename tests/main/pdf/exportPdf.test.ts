/**
 * `export:pdf` and `maps:importPdf` through the real workspace service, with a stand-in
 * printer (the hidden Electron window cannot run here) and a stand-in save dialog.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { extractMapFile } from '../../../main/pdf/extract';
import type { PdfPrinter } from '../../../main/pdf/exportPdf';
import type { SaveHost } from '../../../main/files/saveFile';
import { openWorkspace } from '../../../main/service/workspace';
import type { WorkspaceService } from '../../../main/service/types';
import { dispatch } from '../../../shared/api/dispatch';
import { parseMapFile } from '../../../shared/file-format';
import { DEFAULT_PRINT_OPTIONS } from '../../../shared/print/options';
import { tempDir } from '../../support/tempDir';

async function onePagePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([842, 595]).drawText('The map');
  return pdf.save();
}

function setup(target: string | null, print?: PdfPrinter['print']) {
  const files = {
    chooseTarget: vi.fn<SaveHost['chooseTarget']>(async () => target),
    reveal: vi.fn<SaveHost['reveal']>(),
  };
  const pdf = { print: vi.fn<PdfPrinter['print']>(print ?? (() => onePagePdf())) };
  const service = openWorkspace({ dataDir: tempDir(), files, pdf });
  return { service, files, pdf };
}

const call = (service: WorkspaceService, channel: string, args: unknown) =>
  dispatch(service.handlers, channel, args);

async function example(service: WorkspaceService) {
  const reply = await call(service, 'maps:createFromExample', { example: 'campaign-launch' });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as { id: string; name: string };
}

describe('export:pdf', () => {
  const options = { ...DEFAULT_PRINT_OPTIONS, sections: ['summary', 'map'] };

  it('asks where first, prints, attaches the map, writes, reveals, says where', async () => {
    const target = path.join(tempDir(), 'out.pdf');
    const { service, files, pdf } = setup(target);
    const map = await example(service);
    const reply = await call(service, 'export:pdf', { id: map.id, ...options });
    expect(reply).toEqual({ ok: true, value: { path: target } });
    expect(files.chooseTarget).toHaveBeenCalledWith('Campaign launch (as-is).pdf', 'pdf');
    expect(pdf.print).toHaveBeenCalledWith(map.id, options, 'Campaign launch (as-is)');
    expect(files.reveal).toHaveBeenCalledWith(target);
    const text = await extractMapFile(fs.readFileSync(target));
    const parsed = parseMapFile(text!);
    expect(parsed.ok && parsed.doc.info.name).toBe('Campaign launch (as-is)');
    service.close();
  });

  it('hands the printer the swimlanes the canvas shows', async () => {
    const { service, pdf } = setup(path.join(tempDir(), 'out.pdf'));
    const map = await example(service);
    await call(service, 'export:pdf', { id: map.id, ...options, lanes: true });
    expect(pdf.print.mock.calls[0]?.[1]).toMatchObject({ lanes: true });
    service.close();
  });

  it('prints nothing when the save dialog is cancelled', async () => {
    const { service, pdf, files } = setup(null);
    const map = await example(service);
    const reply = await call(service, 'export:pdf', { id: map.id, ...options });
    expect(reply).toEqual({ ok: true, value: { cancelled: true } });
    expect(pdf.print).not.toHaveBeenCalled();
    expect(files.reveal).not.toHaveBeenCalled();
    service.close();
  });

  it('a failed print is PDF_FAILED, and nothing is written', async () => {
    const dir = tempDir();
    const { service, files } = setup(path.join(dir, 'out.pdf'), async () => {
      throw new Error('renderer crashed');
    });
    const map = await example(service);
    const reply = await call(service, 'export:pdf', { id: map.id, ...options });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'PDF_FAILED', message: 'The PDF could not be made. Nothing was saved.' },
    });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(files.reveal).not.toHaveBeenCalled();
    service.close();
  });

  it('refuses bad arguments and unknown maps', async () => {
    const { service } = setup('/nowhere.pdf');
    for (const args of [
      { id: 'x', ...options, sections: [] },
      { id: 'x', ...options, size: 'B5' },
      { id: 'x', ...options, extra: true },
    ]) {
      const reply = await call(service, 'export:pdf', args);
      expect(!reply.ok && reply.error.code).toBe('INVALID_REQUEST');
    }
    const missing = await call(service, 'export:pdf', { id: 'missing', ...options });
    expect(!missing.ok && missing.error.code).toBe('MAP_NOT_FOUND');
    service.close();
  });

  it('without a printer (browser mode) says to print from the browser', async () => {
    const service = openWorkspace({ dataDir: tempDir() });
    const map = await example(service);
    const reply = await call(service, 'export:pdf', { id: map.id, ...options });
    expect(!reply.ok && reply.error).toEqual({
      code: 'PDF_DESKTOP_ONLY',
      message:
        'PDF export needs the desktop app. In the browser, open the print view and use Print → Save as PDF.',
    });
    service.close();
  });
});

describe('maps:importPdf', () => {
  it('imports the map a PDF carries; refuses a PDF without one and a damaged file', async () => {
    const target = path.join(tempDir(), 'out.pdf');
    const { service } = setup(target);
    const map = await example(service);
    await call(service, 'export:pdf', { id: map.id, ...DEFAULT_PRINT_OPTIONS });
    const base64 = fs.readFileSync(target).toString('base64');
    const imported = await call(service, 'maps:importPdf', { base64 });
    // The map is still in the workspace, so the import is named apart from it.
    expect(imported.ok && (imported.value as { name: string }).name).toBe(`${map.name} (2)`);

    const plain = Buffer.from(await onePagePdf()).toString('base64');
    const none = await call(service, 'maps:importPdf', { base64: plain });
    expect(!none.ok && none.error.code).toBe('INVALID_FILE');
    expect(!none.ok && none.error.message).toMatch(/does not carry a Decision Map file/);

    const damaged = await call(service, 'maps:importPdf', {
      base64: Buffer.from('%PDF-1.7 not really').toString('base64'),
    });
    expect(!damaged.ok && damaged.error.code).toBe('INVALID_FILE');
    const list = await call(service, 'maps:list', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(2);
    service.close();
  });
});
