/** `decision-map export FILE --dmn OUT.dmn`: in-process and as a process, on real files. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DmnModdle } from 'dmn-moddle';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { tempDir } from '../../support/tempDir';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'assets/examples/campaign-launch.decisionmap.json');
const INVALID = path.join(ROOT, 'tests/fixtures/invalid-dangling-reference.decisionmap.json');

/** The decisions' names as dmn-moddle reads the file. */
async function decisionNames(file: string): Promise<string[]> {
  const { rootElement } = await DmnModdle().fromXML(fs.readFileSync(file, 'utf8'));
  const root = rootElement as { drgElement: { $type: string; name: string }[] };
  return root.drgElement.filter((e) => e.$type === 'dmn:Decision').map((e) => e.name);
}

describe('decision-map export --dmn, in-process', () => {
  const dir = tempDir('decision-map-export-dmn-');

  it('writes the decisions as DMN, replaces an old file whole and says where', async () => {
    const out = path.join(dir, 'decisions.dmn');
    fs.writeFileSync(out, 'old content');
    const result = runCli(['export', EXAMPLE, `--dmn=${out}`]);
    expect(result).toEqual({
      exitCode: 0,
      stdout: `Wrote the decisions (DMN) of "Campaign launch (as-is)" (14 decisions) to ${out}.\n`,
      stderr: '',
    });
    expect(await decisionNames(out)).toHaveLength(14);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['export', EXAMPLE], 'export needs --csv OUT.csv, --bpmn OUT.bpmn or --dmn OUT.dmn'],
    [['export', EXAMPLE, '--dmn'], '--dmn needs a file name'],
    [['export', EXAMPLE, '--dmn', EXAMPLE], '--dmn names the map file itself'],
    [['export', EXAMPLE, '--dmn', 'a.dmn', '--csv', 'a.csv'], 'export writes one file at a time'],
  ])('exits 2 with usage for %j', (argv, message) => {
    const result = runCli(argv);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`decision-map: ${message}`);
    expect(result.stderr).toContain('decision-map export FILE --dmn OUT.dmn');
  });

  it('refuses a device and an invalid map without writing anything', () => {
    expect(runCli(['export', EXAMPLE, '--dmn', '/dev/null'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'Cannot write /dev/null: it is a device, not a file.\n',
    });
    const out = path.join(dir, 'never.dmn');
    const result = runCli(['export', INVALID, '--dmn', out]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is not a valid map file:');
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('decision-map export --dmn, spawned', () => {
  it('exits 0 and writes a file a DMN parser reads', async () => {
    const out = path.join(tempDir('decision-map-export-dmn-spawn-'), 'out.dmn');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'main/cli/index.ts', 'export', EXAMPLE, '--dmn', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(await decisionNames(out)).toContain('Can the campaign go out?');
  });
});
