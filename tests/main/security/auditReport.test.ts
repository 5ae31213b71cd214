/**
 * The npm audit gate's decision on sample outputs of `npm audit --omit=dev --json`:
 * a real report (npm 7+ format) with and without high advisories, and the failures seen when
 * the advisory service cannot be reached (our registry proxy's 405, a network error).
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/security/audit';
import { auditExitCode, decideAudit, describeAudit } from '../../../scripts/security/auditReport';

const counts = (c: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical', number>>) => ({
  info: 0,
  low: 0,
  moderate: 0,
  high: 0,
  critical: 0,
  ...c,
  total: Object.values(c).reduce((a, b) => a + (b ?? 0), 0),
});

const report = (vulnerabilities: Record<string, unknown>, c: Parameters<typeof counts>[0]) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: counts(c),
      dependencies: { prod: 40, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 40 },
    },
  });

const HIGH = report(
  {
    'pdf-lib': {
      name: 'pdf-lib',
      severity: 'high',
      isDirect: true,
      via: [
        {
          source: 1099999,
          name: 'pdf-lib',
          title: 'Prototype pollution in object parsing',
          url: 'https://github.com/advisories/GHSA-xxxx-yyyy-zzzz',
          severity: 'high',
          range: '<1.17.2',
        },
      ],
      effects: [],
      range: '<1.17.2',
      fixAvailable: true,
    },
    pako: { name: 'pako', severity: 'moderate', via: ['pdf-lib'], effects: [], fixAvailable: true },
  },
  { high: 1, moderate: 1 },
);

const MODERATE_ONLY = report(
  {
    pako: {
      name: 'pako',
      severity: 'moderate',
      via: [
        { title: 'ReDoS', url: 'https://github.com/advisories/GHSA-aaaa', severity: 'moderate' },
      ],
      effects: [],
      fixAvailable: false,
    },
  },
  { moderate: 1, low: 2 },
);

/** What npm 11 prints here: the registry proxy allows only GET and HEAD. */
const PROXY_405 = JSON.stringify({
  message:
    '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  headers: { allow: ['GET,HEAD'] },
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
});

const NETWORK_ERROR = JSON.stringify({
  error: {
    code: 'ENOTFOUND',
    summary: 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed',
    detail: 'getaddrinfo ENOTFOUND registry.npmjs.org',
  },
});

describe('npm audit gate', () => {
  it('fails on a high advisory, naming the package and the advisory', () => {
    const decision = decideAudit(HIGH);
    expect(decision.kind).toBe('fail');
    expect(auditExitCode(decision, false)).toBe(1);
    const lines = describeAudit(decision);
    expect(lines[0]).toContain('1 high, 1 moderate');
    expect(lines.join('\n')).toContain(
      'high  pdf-lib  Prototype pollution in object parsing https://github.com/advisories/GHSA-xxxx-yyyy-zzzz',
    );
    expect(lines.join('\n')).not.toContain('pako');
  });

  it('fails on a critical one counted in the metadata only', () => {
    const decision = decideAudit(report({}, { critical: 1 }));
    expect(decision.kind).toBe('fail');
    expect(auditExitCode(decision, false)).toBe(1);
  });

  it('passes with moderate and low advisories only, and with none', () => {
    for (const output of [MODERATE_ONLY, report({}, {})]) {
      const decision = decideAudit(output);
      expect(decision.kind).toBe('pass');
      expect(auditExitCode(decision, false)).toBe(0);
      expect(auditExitCode(decision, true)).toBe(0);
    }
    expect(describeAudit(decideAudit(MODERATE_ONLY))).toEqual([
      'npm audit --omit=dev: no high or critical advisory (0 critical, 0 high, 1 moderate, 2 low, 0 info).',
    ]);
  });

  it.each([
    ['the proxy answers 405', PROXY_405, /could not run.*HTTP 405: 405 Method Not Allowed - POST/],
    ['the network is down', NETWORK_ERROR, /could not run.*ENOTFOUND: request to .* failed/],
    ['npm printed no JSON', 'npm error code ENOLOCK', /could not run.*printed no JSON: npm error/],
    ['npm printed nothing', '', /could not run.*printed nothing/],
  ])(
    'says it "could not run" when %s, in one line: exit 0, or 1 when required',
    (_case, output, line) => {
      const decision = decideAudit(output);
      expect(decision.kind).toBe('unavailable');
      const lines = describeAudit(decision);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      expect(lines[0]).toContain('NOT checked');
      expect(auditExitCode(decision, false)).toBe(0);
      expect(auditExitCode(decision, true)).toBe(1);
    },
  );
});

it('the script exports its entry point without running it on import', () => {
  expect(main).toBeTypeOf('function');
});
