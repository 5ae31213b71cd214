/** Reading a file for import on Home, before anything reaches main. */
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/src/files/base64';
import { Refusal } from '../../../renderer/src/files/refusal';
import { readImportFile } from '../../../renderer/src/home/importFile';

describe('readImportFile', () => {
  it('reads a map file as text, without its byte-order mark', async () => {
    const file = new File(['\ufeff{"format":"decision-map"}'], 'a.decisionmap.json');
    expect(await readImportFile(file)).toEqual({ kind: 'map', text: '{"format":"decision-map"}' });
  });

  it('sends a process model (.bpmn, .drawio, .xml, or XML by its content) as base64 with its name', async () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><definitions/>';
    for (const name of ['flow.bpmn', 'flow.drawio', 'export.xml', 'no-extension']) {
      const read = await readImportFile(new File([xml], name));
      expect(read.kind).toBe('model');
      if (read.kind === 'model') {
        expect(read.fileName).toBe(name);
        expect(new TextDecoder().decode(base64ToBytes(read.base64))).toBe(xml);
      }
    }
  });

  it('refuses a file over 50 MB without reading a byte of it', async () => {
    const huge = {
      name: 'huge.json',
      type: '',
      size: 50 * 1024 * 1024 + 1,
      arrayBuffer: () => {
        throw new Error('read');
      },
    } as unknown as File;
    await expect(readImportFile(huge)).rejects.toEqual(
      new Refusal(
        '“huge.json” is larger than 50 MB, more than Decision Map reads. Nothing was changed.',
      ),
    );
  });

  it('refuses bytes that are not UTF-8 text, naming the file', async () => {
    const latin1 = new File([new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])], 'old.json');
    await expect(readImportFile(latin1)).rejects.toThrow(
      '“old.json” is not a Decision Map file: it is not text. Nothing was changed.',
    );
  });

  it('tells a PDF by its name, its type or its first bytes, and sends it as base64', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0xff]);
    for (const file of [
      new File([pdf], 'signed-off.pdf'),
      new File([pdf], 'no-extension', { type: 'application/pdf' }),
      new File([pdf], 'misnamed.json'),
    ]) {
      const read = await readImportFile(file);
      expect(read.kind).toBe('pdf');
      if (read.kind === 'pdf') expect(base64ToBytes(read.base64)).toEqual(pdf);
    }
  });
});

describe('base64', () => {
  it('round-trips bytes larger than one chunk', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array([1, 2, 3]))).toBe('AQID');
  });
});
