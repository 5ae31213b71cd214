/** Reading the map file from disk: every failure is one sentence, never an exception. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../../main/cli/readFile';
import { tempDir } from '../../support/tempDir';

describe('readTextFile', () => {
  const dir = tempDir('decision-map-cli-');

  it('reads UTF-8 text and drops a byte-order mark', () => {
    const file = path.join(dir, 'ok.json');
    fs.writeFileSync(file, '\ufeff{"a":"é"}');
    expect(readTextFile(file)).toEqual({ ok: true, text: '{"a":"é"}' });
  });

  it('names a missing file, a folder and text that is not UTF-8', () => {
    expect(readTextFile(path.join(dir, 'nope.json'))).toEqual({
      ok: false,
      message: `Cannot read ${path.join(dir, 'nope.json')}: there is no such file.`,
    });
    expect(readTextFile(dir)).toEqual({
      ok: false,
      message: `Cannot read ${dir}: it is a folder, not a file.`,
    });
    const latin1 = path.join(dir, 'latin1.json');
    fs.writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect(readTextFile(latin1)).toEqual({
      ok: false,
      message: `${latin1} is not UTF-8 text, so it is not a map file.`,
    });
  });

  it('refuses a file over 50 MB without reading it', () => {
    const big = path.join(dir, 'big.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 51 * 1024 * 1024); // sparse: takes no space
    expect(readTextFile(big)).toEqual({
      ok: false,
      message: `${big} is larger than 50 MB, more than Decision Map reads.`,
    });
  });
});
