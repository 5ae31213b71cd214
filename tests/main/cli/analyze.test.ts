/** `decision-map analyze` in-process: output and exit codes for good, blocked and bad files. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis, Finding } from '../../../shared/analysis/types';
import { analyzeText } from '../../../main/cli/analyze';
import { runCli, USAGE } from '../../../main/cli/run';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const READY = 'campaign-ready.decisionmap.json';
const BLOCKED = 'campaign-blockers.decisionmap.json';

/** Reads fixtures by name, so argument handling is tested without touching the disk. */
const fromFixtures = {
  readFile: (file: string) =>
    fs.existsSync(path.join(FIXTURES, file))
      ? { ok: true as const, text: fixture(file) }
      : { ok: false as const, message: `Cannot read ${file}: there is no such file.` },
};

describe('analyzeText', () => {
  it('exits 0 for a map whose decisions are all ready, and says so', () => {
    const result = analyzeText(fixture(READY), { file: READY, json: false });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Campaign launch (to-be) — map m-campaign-to-be');
    expect(result.stdout).toContain('Decision health: 4 of 4 decisions ready (100%)');
    expect(result.stdout).toContain('No findings.');
  });

  it('exits 1 when the map has blockers, listing them first with ids, labels, message and prompt', () => {
    const { exitCode, stdout } = analyzeText(fixture(BLOCKED), { file: BLOCKED, json: false });
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/Decision health: 0 of 5 decisions ready \(0%\)/);
    expect(stdout).toMatch(/What does good look like\? +1 of 5 +\d+/);
    const blockers = stdout.indexOf('Blockers (');
    expect(blockers).toBeGreaterThan(0);
    expect(blockers).toBeLessThan(stdout.indexOf('Warnings ('));
    expect(stdout).toContain('[owner.missing] Who decides?');
    expect(stdout).toContain('at transition t-1 "Write brief → Create concepts" (deciders)');
    expect(stdout).toContain('Ask the room: ');
    expect(stdout).toMatch(/Found \d+ blockers, \d+ warnings, \d+ notes?\./);
  });

  it('exits 0 for the example of docs/file-format.md: it has warnings but no blockers', () => {
    const result = analyzeText(fixture('campaign-small.decisionmap.json'), {
      file: 'x',
      json: false,
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Warnings (');
    expect(result.stdout).not.toContain('Blockers (');
  });

  it('prints one JSON object with the file’s own ids under --json', () => {
    const { exitCode, stdout } = analyzeText(fixture(BLOCKED), { file: BLOCKED, json: true });
    expect(exitCode).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['map', 'health', 'findings']);
    expect(report.map).toEqual({ id: 'm-campaign-as-is', name: 'Campaign launch' });
    expect(report.health).toMatchObject({ decisions: 5, ready: 0 });
    const ownerMissing = report.findings.find((f: Finding) => f.rule === 'owner.missing');
    expect(ownerMissing).toMatchObject({
      severity: 'blocker',
      question: 'who',
      targets: [{ kind: 'transition', id: 't-1', field: 'deciders' }],
    });
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual([
        'rule',
        'severity',
        'question',
        'message',
        'prompt',
        'targets',
      ]);
    }
  });

  it('exits 2 for an invalid file, listing the problems on stderr', () => {
    const result = analyzeText(fixture('invalid-dangling-reference.decisionmap.json'), {
      file: 'bad.json',
      json: true,
    });
    expect(result).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'bad.json is not a valid map file:\n' +
        '  - map.transitions[0].decision.deciders refers to role r-x, which is not in the file.\n',
    });
  });

  it('keeps control characters from the file out of the terminal', () => {
    const text = fixture(READY).replace('"Campaign launch"', '"Campaign\\u001b[2J launch\\nnext"');
    const { stdout } = analyzeText(text, { file: READY, json: false });
    expect(stdout).not.toContain('\u001b');
    expect(stdout.split('\n')[0]).toBe('Campaign [2J launch next (to-be) — map m-campaign-to-be');
  });

  it('formats every severity and a map with no decisions, given a stand-in analysis', () => {
    const finding = (severity: Finding['severity']): Finding => ({
      rule: `rule.${severity}`,
      severity,
      question: 'flow',
      message: `A ${severity}.`,
      prompt: 'Why?',
      targets: [{ kind: 'step', id: 's-draft' as never }],
    });
    const analysis: Analysis = {
      findings: [finding('blocker'), finding('warning'), finding('note')],
      readiness: {},
      health: {
        decisions: 0,
        ready: 0,
        atRisk: 0,
        blocked: 0,
        share: 1,
        perQuestion: { what: 0, who: 0, information: 0, good: 0, change: 0, flow: 3 },
        answered: { what: 0, who: 0, information: 0, good: 0, change: 0 },
      },
    };
    const { stdout, exitCode } = analyzeText(fixture('campaign-small.decisionmap.json'), {
      file: 'x',
      json: false,
      analyze: () => analysis,
    });
    expect(exitCode).toBe(1);
    expect(stdout).toContain('Decision health: no decisions to check');
    expect(stdout).toMatch(/Blockers \(1\)[\s\S]*Warnings \(1\)[\s\S]*Notes \(1\)/);
    expect(stdout).toContain('at step s-draft "Draft brief"');
    expect(stdout).toContain('Found 1 blocker, 1 warning, 1 note.');
  });
});

describe('runCli', () => {
  it('prints usage on --help and exits 0', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['analyze', '--help']]) {
      expect(runCli(argv, fromFixtures)).toEqual({ exitCode: 0, stdout: USAGE, stderr: '' });
    }
  });

  it.each([
    [[], 'no command given'],
    [['lint', READY], 'unknown command "lint"'],
    [['analyze'], 'analyze needs a FILE'],
    [['analyze', READY, BLOCKED], 'analyze takes one FILE'],
    [['analyze', READY, '--yaml'], 'unknown option "--yaml"'],
  ])('exits 2 with usage for %j', (argv, message) => {
    const result = runCli(argv, fromFixtures);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`decision-map: ${message}`);
    expect(result.stderr).toContain('Usage: decision-map analyze FILE [--json]');
  });

  it('exits 2 when the file cannot be read', () => {
    expect(runCli(['analyze', 'missing.json'], fromFixtures)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'Cannot read missing.json: there is no such file.\n',
    });
  });

  it('takes --json before or after the file, and a file named like an option after --', () => {
    expect(JSON.parse(runCli(['analyze', '--json', READY], fromFixtures).stdout).map.id).toBe(
      'm-campaign-to-be',
    );
    expect(runCli(['analyze', '--', '--json'], fromFixtures).stderr).toContain(
      'Cannot read --json',
    );
  });
});
