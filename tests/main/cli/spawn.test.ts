/**
 * The real command, as a process: exit codes through `node`, output on the right stream,
 * and the `bin/decision-map.js` shim both before and after a build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/tempDir';

const ROOT = path.resolve(__dirname, '../../..');
const fixture = (name: string) => path.join(ROOT, 'tests/fixtures', name);
const BUILT = path.join(ROOT, 'out/main/cli.js');

/** Runs the TypeScript entry through tsx, as a developer would without building. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('decision-map analyze, spawned', () => {
  it('exits 0 for a map without blockers', () => {
    const run = cli('analyze', fixture('campaign-ready.decisionmap.json'));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Decision health: 4 of 4 decisions ready (100%)');
    expect(run.code).toBe(0);
  });

  it('exits 1 for a map with blockers, and --json parses', () => {
    const run = cli('analyze', fixture('campaign-blockers.decisionmap.json'), '--json');
    expect(run.code).toBe(1);
    expect(
      JSON.parse(run.stdout).findings.some((f: { severity: string }) => f.severity === 'blocker'),
    ).toBe(true);
  });

  it('exits 2 for an invalid file and for a missing one, without a stack trace', () => {
    const invalid = cli('analyze', fixture('invalid-newer-version.decisionmap.json'));
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('is not a valid map file:');
    expect(invalid.stderr).toContain('newer version of Decision Map (version 3)');
    const missing = cli('analyze', 'no-such-file.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('Cannot read no-such-file.json: there is no such file.\n');
  });

  it('the shim says to build first when the command line is not built', () => {
    const dir = tempDir('decision-map-shim-');
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'bin/decision-map.js'), path.join(dir, 'bin/decision-map.js'));
    const run = spawnSync(process.execPath, [path.join(dir, 'bin/decision-map.js'), '--help'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Run npm run build first');
  });

  it.skipIf(!fs.existsSync(BUILT))(
    'the shim runs the built command line (after npm run build)',
    () => {
      const shim = path.join(ROOT, 'bin/decision-map.js');
      const codes = [
        'campaign-ready.decisionmap.json',
        'campaign-blockers.decisionmap.json',
        'invalid-not-json.decisionmap',
      ].map(
        (name) =>
          spawnSync(process.execPath, [shim, 'analyze', fixture(name)], { encoding: 'utf8' })
            .status,
      );
      expect(codes).toEqual([0, 1, 2]);
    },
  );
});

describe('decision-map import and export --bpmn, spawned', () => {
  const bpmn = path.join(ROOT, 'tests/fixtures/bpmn/camunda-A.3.0.bpmn');

  it('imports a BPMN file into a map file, says what it imported, and exports it back', () => {
    const dir = tempDir('decision-map-bpmn-');
    const out = path.join(dir, 'A.3.0.decisionmap.json');
    const run = cli('import', bpmn, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Imported 8 steps, 8 arrows, 0 roles, 0 decisions from gateways/);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).map.steps).toHaveLength(8);
    const back = path.join(dir, 'A.3.0.bpmn');
    const exported = cli('export', out, '--bpmn', back);
    expect(exported.code).toBe(0);
    expect(fs.readFileSync(back, 'utf8')).toContain('<bpmn:definitions');
  });

  it('exits 2 with one plain line when the model is refused, writing nothing', () => {
    const dir = tempDir('decision-map-bpmn-');
    const model = path.join(dir, 'lol.bpmn');
    fs.writeFileSync(model, '<!DOCTYPE x [<!ENTITY a "b">]><definitions/>');
    const run = cli('import', model);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('declares a DOCTYPE or entities');
    expect(fs.readdirSync(dir)).toEqual(['lol.bpmn']);
  });
});
