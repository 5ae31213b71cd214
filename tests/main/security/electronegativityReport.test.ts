/**
 * The Electronegativity gate's decision, on fabricated reports in the shape that
 * scripts/security/electronegativity-runner.cjs writes; and the real allow-list kept honest
 * (every entry points at code that exists and carries a justification beside it).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOW_LIST } from '../../../scripts/security/electronegativity';
import {
  evaluate,
  parseReport,
  passes,
  summarize,
  type Allowance,
  type RawReport,
} from '../../../scripts/security/electronegativityReport';

const repoRoot = resolve(import.meta.dirname, '../../..');
const root = '/tmp/dm-electronegativity-x/app';

type RawIssue = RawReport['issues'][number];
const issue = (overrides: Partial<RawIssue>): RawIssue => ({
  id: 'SANDBOX_JS_CHECK',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  file: `${root}/main/window.ts`,
  line: 38,
  column: 17,
  manualReview: false,
  sample: 'const window = new BrowserWindow({',
  description: 'Use sandbox for untrusted origins',
  ...overrides,
});
const sample = (issues: RawIssue[], errors: RawReport['errors'] = []): RawReport => ({
  input: root,
  electronVersion: '45.5.0',
  checks: { global: 5, atomic: 36 },
  errors,
  issues,
});
const gate = (raw: RawReport, allowList: readonly Allowance[] = []) =>
  evaluate(parseReport(raw, root), allowList);

const lowOnly = [
  issue({ id: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: `${root}/out/renderer/index.html` }),
  issue({ id: 'ELECTRON_VERSION_JSON_CHECK', severity: 'INFORMATIONAL', confidence: 'CERTAIN' }),
];
const sandboxAllowance: Allowance = {
  rule: 'SANDBOX_JS_CHECK',
  file: 'main/window.ts',
  code: 'new BrowserWindow(',
  reason: 'secureWebPreferences() sets sandbox: true',
};

describe('Electronegativity gate', () => {
  it('fails on a MEDIUM finding, naming rule, severity, confidence and file:line', () => {
    const evaluation = gate(sample([...lowOnly, issue({})]));
    expect(passes(evaluation)).toBe(false);
    expect(evaluation.blocking).toHaveLength(1);
    const { ok, lines } = summarize(evaluation);
    expect(ok).toBe(false);
    expect(lines[0]).toBe('FAIL     MEDIUM | FIRM  SANDBOX_JS_CHECK  main/window.ts:38');
  });

  it('fails on HIGH, and on a TENTATIVE "review required" MEDIUM: every confidence counts', () => {
    expect(
      passes(gate(sample([issue({ id: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH' })]))),
    ).toBe(false);
    const tentative = gate(
      sample([
        issue({ id: 'OPEN_EXTERNAL_JS_CHECK', confidence: 'TENTATIVE', manualReview: true }),
      ]),
    );
    expect(passes(tentative)).toBe(false);
    expect(summarize(tentative).lines[0]).toContain('[review required]');
  });

  it('passes with LOW and INFORMATIONAL findings only, listing them', () => {
    const evaluation = gate(sample(lowOnly));
    expect(passes(evaluation)).toBe(true);
    expect(evaluation.below.map((f) => f.rule)).toEqual([
      'CSP_GLOBAL_CHECK',
      'ELECTRON_VERSION_JSON_CHECK',
    ]);
    expect(summarize(evaluation).lines.at(-1)).toMatch(/no finding of MEDIUM severity or higher/);
  });

  it('passes when every MEDIUM+ finding is allow-listed by rule, file and code, printing why', () => {
    const evaluation = gate(sample([...lowOnly, issue({})]), [sandboxAllowance]);
    expect(passes(evaluation)).toBe(true);
    expect(evaluation.allowed).toHaveLength(1);
    expect(summarize(evaluation).lines.join('\n')).toContain(
      'because secureWebPreferences() sets sandbox: true',
    );
  });

  it.each([
    ['another rule', issue({ id: 'CONTEXT_ISOLATION_JS_CHECK' })],
    ['another file', issue({ file: `${root}/main/other.ts` })],
    ['other code in the same file', issue({ sample: 'new BrowserView({' })],
    ['an app-wide finding', issue({ file: 'N/A', sample: null })],
  ])('an allowance does not cover %s', (_case, finding) => {
    const evaluation = gate(sample([issue({}), finding]), [sandboxAllowance]);
    expect(passes(evaluation)).toBe(false);
    expect(evaluation.blocking).toHaveLength(1);
  });

  it('fails on a stale allow-list entry, and on a file the tool could not parse', () => {
    const stale = gate(sample(lowOnly), [sandboxAllowance]);
    expect(passes(stale)).toBe(false);
    expect(summarize(stale).lines[0]).toMatch(/allow-list entry matches nothing/);

    const unparsed = gate(
      sample(lowOnly, [
        { file: `${root}/main/broken.ts`, message: 'Unexpected token (3:4)', tolerable: false },
        { file: `${root}/main/ok.ts`, message: 'a parser warning', tolerable: true },
      ]),
    );
    expect(passes(unparsed)).toBe(false);
    expect(unparsed.unparsed.map((e) => e.file)).toEqual(['main/broken.ts']);
  });

  it('refuses a report that is not in the expected shape', () => {
    expect(() => parseReport({ issues: 'none' }, root)).toThrow();
    expect(() => parseReport(sample([issue({ severity: 'SEVERE' as 'HIGH' })]), root)).toThrow();
  });

  it('makes Windows paths relative too', () => {
    const windowsRoot = 'C:\\Temp\\dm\\app';
    const report = parseReport(
      { ...sample([issue({ file: 'C:\\Temp\\dm\\app\\main\\window.ts' })]), input: windowsRoot },
      windowsRoot,
    );
    expect(report.findings[0]!.file).toBe('main/window.ts');
  });
});

describe('the real allow-list', () => {
  it.each(ALLOW_LIST.map((entry) => [`${entry.rule} in ${entry.file}`, entry] as const))(
    '%s names existing code, a reason, and a comment beside the code',
    (_name, entry) => {
      expect(entry.reason.length).toBeGreaterThan(40);
      expect(entry.code).toBeTruthy();
      const source = readFileSync(join(repoRoot, entry.file), 'utf8');
      expect(source).toContain(entry.code!);
      expect(source).toContain('Reviewed and allowed in');
      expect(source).toContain('scripts/security/electronegativity.ts');
    },
  );
});
