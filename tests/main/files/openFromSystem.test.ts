import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesInArgs, importFromDisk, systemFileOpener } from '../../../main/files/openFromSystem';
import type { OpenFileEvent } from '../../../shared/api/openFile';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

function refusalOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'imported',
    (error: Error) => error.message,
  );
}

describe('files the system asks the app to open', () => {
  it('takes map files and PDFs from the command line, never flags or other files', () => {
    expect(
      filesInArgs(
        [
          '--no-sandbox',
          '/home/ana/Purchasing.decisionmap.json',
          '/home/ana/Sign-off.PDF',
          '--data-dir=/x.decisionmap.json',
          '--data-dir',
          '/y.decisionmap.json',
          'notes.txt',
          'map.json',
        ],
        '/home/ana',
      ),
    ).toEqual(['/home/ana/Purchasing.decisionmap.json', '/home/ana/Sign-off.PDF']);
  });

  it('resolves a relative path against the working directory it was typed in', () => {
    expect(
      filesInArgs(['maps/Purchasing.decisionmap.json', '../Sign-off.pdf'], '/home/ana/work'),
    ).toEqual(['/home/ana/work/maps/Purchasing.decisionmap.json', '/home/ana/Sign-off.pdf']);
  });

  it('turns the file: URLs a Linux file manager passes (Exec=… %U) into paths', () => {
    expect(
      filesInArgs(
        [
          'file:///home/ana/My%20maps/Purchasing%20%C3%A9t%C3%A9.decisionmap.json',
          'file:///home/ana/Sign-off.pdf',
          'https://example.com/evil.decisionmap.json',
          'file://server/share/remote.decisionmap.json',
        ],
        '/somewhere/else',
      ),
    ).toEqual(['/home/ana/My maps/Purchasing été.decisionmap.json', '/home/ana/Sign-off.pdf']);
  });

  it('imports a file passed as a file: URL, spaces and accents in its name', async () => {
    const { handlers } = openTestWorkspace();
    const dir = tempDir();
    const file = path.join(dir, 'Mon plan été.decisionmap.json');
    fs.copyFileSync(path.join(FIXTURES, 'campaign-small.decisionmap.json'), file);
    const [fromUrl] = filesInArgs([pathToFileURL(file).href], '/');
    expect(fromUrl).toBe(file);
    const id = await importFromDisk(fromUrl!, handlers);
    expect((await handlers['map:open']({ id })).doc.info.name).toBe('Campaign launch');
  });

  it('imports a map file from disk as a new map', async () => {
    const { handlers } = openTestWorkspace();
    const id = await importFromDisk(
      path.join(FIXTURES, 'campaign-small.decisionmap.json'),
      handlers,
    );
    const list = await handlers['maps:list']({});
    expect(list.map((m) => m.id)).toEqual([id]);
    expect((await handlers['map:open']({ id })).doc.info.name).toBe('Campaign launch');
  });

  it('refuses what it cannot import, naming the file, and creates nothing', async () => {
    const { handlers } = openTestWorkspace();
    const dir = tempDir();
    const write = (name: string, content: string | Buffer) => {
      fs.writeFileSync(path.join(dir, name), content);
      return path.join(dir, name);
    };
    const huge = write('huge.decisionmap.json', '');
    fs.truncateSync(huge, 51 * 1024 * 1024);
    fs.mkdirSync(path.join(dir, 'folder.decisionmap.json'));

    const cases: Array<[string, string]> = [
      [path.join(dir, 'gone.decisionmap.json'), '“gone.decisionmap.json” could not be read.'],
      [path.join(dir, 'folder.decisionmap.json'), '“folder.decisionmap.json” is not a file.'],
      [huge, '“huge.decisionmap.json” is larger than Decision Map reads.'],
      [
        write('latin1.decisionmap.json', Buffer.from([0x7b, 0xe9, 0xff, 0x7d])),
        '“latin1.decisionmap.json” is not a Decision Map file: it is not text.',
      ],
      [
        write('notes.decisionmap.json', 'not json'),
        '“notes.decisionmap.json”: This file could not be imported:',
      ],
      [
        write('scan.pdf', '%PDF-1.7 not really'),
        '“scan.pdf”: This file is not a PDF, or it is damaged',
      ],
    ];
    for (const [file, start] of cases) {
      const message = await refusalOf(importFromDisk(file, handlers));
      expect(message.startsWith(start), message).toBe(true);
      expect(message.endsWith('Nothing was changed.'), message).toBe(true);
    }
    expect(await handlers['maps:list']({})).toEqual([]);
  });

  it('holds what happened until the page is ready, in the order the files came', async () => {
    const { handlers } = openTestWorkspace();
    const sent: OpenFileEvent[] = [];
    const opener = systemFileOpener(handlers, (event) => sent.push(event));
    await opener.open(path.join(FIXTURES, 'campaign-small.decisionmap.json'));
    await opener.open(path.join(FIXTURES, 'invalid-not-json.decisionmap'));
    expect(sent).toEqual([]);
    opener.pageReady();
    expect(sent.map((e) => e.kind)).toEqual(['opened', 'refused']);

    opener.pageGone();
    await opener.open(path.join(FIXTURES, 'campaign-ready.decisionmap.json'));
    expect(sent).toHaveLength(2);
    opener.pageReady();
    expect(sent).toHaveLength(3);
    expect(sent[2]).toMatchObject({ kind: 'opened' });
  });
});
