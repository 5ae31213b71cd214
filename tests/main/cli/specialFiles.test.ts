/**
 * The command line reads and writes only regular files: a device, a FIFO or a folder given
 * as input is refused before it is read (so `analyze /dev/zero` does not read forever and a
 * FIFO with no writer does not hang it), and one given as output is refused before anything
 * is written (as root, `--csv /dev/null` once replaced /dev/null). A replaced file keeps its
 * mode. /dev/null and /dev/zero are used only where nothing is ever written to them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../../main/cli/readFile';
import { writeTextFile } from '../../../main/cli/writeFile';
import { tempDir } from '../../support/tempDir';

const ROOT = path.resolve(__dirname, '../../..');
const MAP = path.join(ROOT, 'tests/fixtures/campaign-ready.decisionmap.json');

/** The TypeScript entry through tsx; killed after 30 s, so a hang fails instead of waiting. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

function fifo(dir: string, name = 'pipe'): string {
  const file = path.join(dir, name);
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  return file;
}

describe('reading only regular files', () => {
  it('refuses a device, a FIFO and a folder, in one sentence each', () => {
    const dir = tempDir('decision-map-cli-');
    const pipe = fifo(dir);
    expect(readTextFile('/dev/zero')).toEqual({
      ok: false,
      message: 'Cannot read /dev/zero: it is a device, not a file.',
    });
    expect(readTextFile(pipe)).toEqual({
      ok: false,
      message: `Cannot read ${pipe}: it is a pipe (FIFO), not a file.`,
    });
    expect(readTextFile(dir)).toEqual({
      ok: false,
      message: `Cannot read ${dir}: it is a folder, not a file.`,
    });
  });

  it('reads a regular file whose size the system does not know (as in /proc)', () => {
    // /proc files say they are empty and are not: the read goes by what comes, to the limit.
    expect(fs.statSync('/proc/self/status').size).toBe(0);
    const read = readTextFile('/proc/self/status');
    expect(read.ok && read.text).toMatch(/^Name:/);
  });

  it('analyze /dev/zero and analyze of a FIFO with no writer exit 2 at once', () => {
    const pipe = fifo(tempDir('decision-map-cli-'));
    const zero = cli('analyze', '/dev/zero');
    expect(zero).toMatchObject({ code: 2, signal: null, stdout: '' });
    expect(zero.stderr).toBe('Cannot read /dev/zero: it is a device, not a file.\n');
    const hung = cli('analyze', pipe);
    expect(hung).toMatchObject({ code: 2, signal: null, stdout: '' });
    expect(hung.stderr).toBe(`Cannot read ${pipe}: it is a pipe (FIFO), not a file.\n`);
  });
});

describe('writing only regular files', () => {
  it('refuses a device and writes nothing beside it', () => {
    const before = fs.readdirSync('/dev').filter((f) => f.includes('.tmp'));
    expect(writeTextFile('/dev/null', 'a,b\n')).toEqual({
      ok: false,
      message: 'Cannot write /dev/null: it is a device, not a file.',
    });
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(fs.readdirSync('/dev').filter((f) => f.includes('.tmp'))).toEqual(before);
  });

  it('export --csv to a FIFO or a folder exits 2 with one line, and leaves them be', () => {
    const dir = tempDir('decision-map-cli-');
    const pipe = fifo(dir);
    const toPipe = cli('export', MAP, '--csv', pipe);
    expect(toPipe).toMatchObject({ code: 2, signal: null, stdout: '' });
    expect(toPipe.stderr).toBe(`Cannot write ${pipe}: it is a pipe (FIFO), not a file.\n`);
    expect(fs.statSync(pipe).isFIFO()).toBe(true);
    const toFolder = cli('export', MAP, '--csv', dir);
    expect(toFolder.code).toBe(2);
    expect(toFolder.stderr).toBe(`Cannot write ${dir}: it is a folder, not a file.\n`);
    expect(fs.readdirSync(dir)).toEqual(['pipe']);
  });

  it.each([0o600, 0o640, 0o664])('replacing a %o file keeps its mode', (mode) => {
    const dir = tempDir('decision-map-cli-');
    const file = path.join(dir, 'register.csv');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, mode);
    expect(writeTextFile(file, 'new')).toEqual({ ok: true });
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(mode);
  });

  it('through a link, the file is replaced and the link stays a link', () => {
    const dir = tempDir('decision-map-cli-');
    const file = path.join(dir, 'register.csv');
    const link = path.join(dir, 'latest.csv');
    fs.writeFileSync(file, 'old', { mode: 0o600 });
    fs.symlinkSync(file, link);
    expect(writeTextFile(link, 'new')).toEqual({ ok: true });
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});
