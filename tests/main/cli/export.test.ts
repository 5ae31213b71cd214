/** `decision-map export FILE --csv OUT.csv`: in-process and as a process, on real files. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { writeTextFile } from '../../../main/cli/writeFile';
import { REGISTER_COLUMNS } from '../../../shared/export/registerCsv';
import { parseCsv } from '../../support/csv';
import { tempDir } from '../../support/tempDir';

const ROOT = path.resolve(__dirname, '../../..');
const fixture = (name: string) => path.join(ROOT, 'tests/fixtures', name);
const READY = fixture('campaign-ready.decisionmap.json');
const BLOCKED = fixture('campaign-blockers.decisionmap.json');

describe('decision-map export, in-process', () => {
  const dir = tempDir('decision-map-export-');

  it('writes the register as CSV and says where, even for a map with blockers', () => {
    const out = path.join(dir, 'register.csv');
    const result = runCli(['export', BLOCKED, '--csv', out]);
    expect(result).toEqual({
      exitCode: 0,
      stdout: `Wrote the decision register of "Campaign launch" (5 transitions) to ${out}.\n`,
      stderr: '',
    });
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0]).toEqual([...REGISTER_COLUMNS]);
    expect(rows).toHaveLength(6);
  });

  it('replaces an existing file whole, leaves no temporary file, and takes --csv=OUT', () => {
    const out = path.join(dir, 'replace.csv');
    fs.writeFileSync(out, 'old content that is longer than nothing');
    expect(runCli(['export', `--csv=${out}`, READY]).exitCode).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\ufeffFrom,To,/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['export', READY], 'export needs --csv OUT.csv'],
    [['export', '--csv', 'x.csv'], 'export needs a FILE'],
    [['export', READY, BLOCKED, '--csv', 'x.csv'], 'export takes one FILE'],
    [['export', READY, '--csv'], '--csv needs a file name'],
    [['export', READY, '--json', '--csv', 'x.csv'], 'unknown option "--json"'],
    [['export', READY, '--pdf', 'x.pdf'], 'export --pdf is not available here'],
    [['export', READY, '--csv', READY], '--csv names the map file itself'],
  ])('exits 2 with usage for %j', (argv, message) => {
    const result = runCli(argv);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`decision-map: ${message}`);
    expect(result.stderr).toContain('decision-map export FILE --csv OUT.csv');
  });

  it('exits 2 and writes nothing for an invalid map file', () => {
    const out = path.join(dir, 'never.csv');
    const result = runCli([
      'export',
      fixture('invalid-dangling-reference.decisionmap.json'),
      '--csv',
      out,
    ]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is not a valid map file:');
    expect(result.stderr).toContain('refers to role r-x, which is not in the file.');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits 2 with one sentence when the output cannot be written', () => {
    const missing = path.join(dir, 'no-such-folder', 'out.csv');
    expect(runCli(['export', READY, '--csv', missing])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `Cannot write ${missing}: its folder does not exist.\n`,
    });
    expect(writeTextFile(dir, 'x')).toEqual({
      ok: false,
      message: `Cannot write ${dir}: it is a folder, not a file.`,
    });
  });

  it('uses the writer it is given', () => {
    const written: [string, string][] = [];
    const result = runCli(['export', READY, '--csv', 'mem.csv'], {
      writeFile: (file, text) => {
        written.push([file, text]);
        return { ok: true };
      },
    });
    expect(result.exitCode).toBe(0);
    expect(written.map(([file]) => file)).toEqual(['mem.csv']);
  });
});

describe('decision-map export, spawned', () => {
  it('exits 0 for a good file and 2 for a bad one, without a stack trace', () => {
    const dir = tempDir('decision-map-export-spawn-');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', 'export', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const out = path.join(dir, 'out.csv');
    const good = run(READY, '--csv', out);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(fs.readFileSync(out, 'utf8').split('\r\n')[0]).toBe(
      `\ufeff${REGISTER_COLUMNS.join(',')}`,
    );
    const bad = run(fixture('invalid-not-json.decisionmap'), '--csv', path.join(dir, 'bad.csv'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is not a valid map file');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
