/**
 * `files:save` without Electron: a stand-in host chooses the place; the handler decodes,
 * writes atomically, reveals, and refuses what it should — through dispatch, as IPC calls it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch';
import type { Handlers } from '../../../shared/api/contract';
import { fileHandlers, type SaveHost } from '../../../main/files/saveFile';
import { writeFileAtomic } from '../../../main/files/writeAtomic';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';

function host(target: string | null) {
  return {
    chooseTarget: vi.fn<SaveHost['chooseTarget']>(async () => target),
    reveal: vi.fn<SaveHost['reveal']>(),
  };
}

const save = (h: SaveHost | null, args: unknown) =>
  dispatch(fileHandlers(h) as Handlers, 'files:save', args);

describe('files:save', () => {
  const dir = tempDir('decision-map-save-');

  it('writes text as UTF-8 (BOM and all), reveals it, and says where', async () => {
    const target = path.join(dir, 'register.csv');
    const h = host(target);
    const reply = await save(h, {
      suggestedName: 'Launch - decision register.csv',
      kind: 'csv',
      content: '\ufeffFrom,To\r\nÉtape,Fin\r\n',
    });
    expect(reply).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(h.chooseTarget).toHaveBeenCalledWith('Launch - decision register.csv', 'csv');
    expect(h.reveal).toHaveBeenCalledWith(target);
    const bytes = fs.readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\ufeffFrom,To\r\nÉtape,Fin\r\n');
  });

  it('decodes binary kinds from base64, and refuses malformed base64 before asking', async () => {
    const target = path.join(dir, 'map.png');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    const h = host(target);
    const ok = await save(h, {
      suggestedName: 'Map.png',
      kind: 'png',
      content: png.toString('base64'),
    });
    expect(ok.ok).toBe(true);
    expect(fs.readFileSync(target).equals(png)).toBe(true);

    const bad = host(target);
    const reply = await save(bad, {
      suggestedName: 'Map.png',
      kind: 'png',
      content: 'not base64!',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(bad.chooseTarget).not.toHaveBeenCalled();
  });

  it('makes the suggested name safe before the dialog shows it', async () => {
    const h = host(null);
    await save(h, { suggestedName: '../../secret', kind: 'map', content: '{}' });
    expect(h.chooseTarget).toHaveBeenCalledWith('secret.decisionmap.json', 'map');
  });

  it('writes nothing and reveals nothing when the person cancels', async () => {
    const h = host(null);
    const reply = await save(h, { suggestedName: 'x.csv', kind: 'csv', content: 'x' });
    expect(reply).toEqual({ ok: true, value: { saved: false } });
    expect(h.reveal).not.toHaveBeenCalled();
  });

  it('says plainly when the file cannot be written, and leaves no temporary file', async () => {
    const target = path.join(dir, 'missing-folder', 'x.csv');
    const h = host(target);
    const reply = await save(h, { suggestedName: 'x.csv', kind: 'csv', content: 'x' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FILE_NOT_SAVED' } });
    expect(h.reveal).not.toHaveBeenCalled();
    const folder = path.join(dir, 'folder-target');
    fs.mkdirSync(folder);
    const onFolder = await save(host(folder), {
      suggestedName: 'x.csv',
      kind: 'csv',
      content: 'x',
    });
    expect(onFolder).toMatchObject({ ok: false, error: { code: 'FILE_NOT_SAVED' } });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is refused where there is no save dialog (browser mode downloads instead)', async () => {
    expect(await save(null, { suggestedName: 'x.csv', kind: 'csv', content: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'DESKTOP_ONLY' },
    });
    const workspace = openTestWorkspace(tempDir());
    await expect(
      workspace.handlers['files:save']({ suggestedName: 'x.csv', kind: 'csv', content: 'x' }),
    ).rejects.toMatchObject({ code: 'DESKTOP_ONLY' });
    workspace.close();
  });

  it('refuses unknown kinds and missing names at the contract', async () => {
    const h = host(path.join(dir, 'never'));
    for (const args of [
      { suggestedName: 'x.exe', kind: 'exe', content: 'x' },
      { suggestedName: '', kind: 'csv', content: 'x' },
      { suggestedName: 'x.csv', kind: 'csv' },
    ]) {
      expect(await save(h, args)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(h.chooseTarget).not.toHaveBeenCalled();
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and keeps the old one when the write fails', () => {
    const dir = tempDir('decision-map-atomic-');
    const file = path.join(dir, 'a.txt');
    writeFileAtomic(file, 'first');
    writeFileAtomic(file, 'second');
    expect(fs.readFileSync(file, 'utf8')).toBe('second');
    fs.mkdirSync(path.join(dir, 'b.txt'));
    expect(() => writeFileAtomic(path.join(dir, 'b.txt'), 'x')).toThrow();
    expect(fs.readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });
});
