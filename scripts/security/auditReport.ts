/**
 * The pure half of the dependency audit (scripts/security/audit.ts): reads what
 * `npm audit --omit=dev --json` printed and decides. High or critical advisories fail;
 * anything lower passes; and when npm could not ask the advisory service at all (our
 * registry proxy answers its POST with 405, or there is no network) the audit did not run,
 * which is said plainly rather than passed off as "no advisories".
 */

export const BLOCKING_SEVERITIES = ['high', 'critical'] as const;

export interface Advisory {
  readonly name: string;
  readonly severity: string;
  /** Titles and addresses of the advisories behind it, when npm gives them. */
  readonly details: readonly string[];
}

export type AuditDecision =
  | { readonly kind: 'pass'; readonly counts: Readonly<Record<string, number>> }
  | {
      readonly kind: 'fail';
      readonly counts: Readonly<Record<string, number>>;
      readonly advisories: readonly Advisory[];
    }
  | { readonly kind: 'unavailable'; readonly reason: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

/** Decides from npm audit's stdout (JSON, in the npm 7+ report format). */
export function decideAudit(stdout: string): AuditDecision {
  let report: unknown;
  try {
    report = JSON.parse(stdout);
  } catch {
    const first = stdout.trim().split('\n')[0] ?? '';
    return {
      kind: 'unavailable',
      reason: first
        ? `npm audit printed no JSON: ${first.slice(0, 200)}`
        : 'npm audit printed nothing',
    };
  }
  if (!isObject(report)) return { kind: 'unavailable', reason: 'npm audit printed no report' };

  const metadata = isObject(report.metadata) ? report.metadata : undefined;
  const counted =
    metadata && isObject(metadata.vulnerabilities) ? metadata.vulnerabilities : undefined;
  if (counted) {
    const counts: Record<string, number> = {};
    for (const [severity, count] of Object.entries(counted))
      if (typeof count === 'number') counts[severity] = count;
    const advisories = blockingAdvisories(report);
    const blockingCount = BLOCKING_SEVERITIES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
    return blockingCount > 0 || advisories.length > 0
      ? { kind: 'fail', counts, advisories }
      : { kind: 'pass', counts };
  }
  return { kind: 'unavailable', reason: errorReason(report) };
}

/** Every package whose own severity is high or critical. */
function blockingAdvisories(report: Json): Advisory[] {
  if (!isObject(report.vulnerabilities)) return [];
  const found: Advisory[] = [];
  for (const [name, entry] of Object.entries(report.vulnerabilities)) {
    if (!isObject(entry)) continue;
    const severity = text(entry.severity).toLowerCase();
    if (!(BLOCKING_SEVERITIES as readonly string[]).includes(severity)) continue;
    const via = Array.isArray(entry.via) ? entry.via : [];
    const details = via
      .filter(isObject)
      .map((v) => [text(v.title), text(v.url)].filter(Boolean).join(' '))
      .filter(Boolean);
    found.push({ name: text(entry.name) || name, severity, details });
  }
  return found;
}

/**
 * Why npm could not audit. npm 11 prints the HTTP failure at the top level (`message`,
 * `statusCode`) next to an empty `error`; older npm and network failures fill
 * `error: { code, summary, detail }`.
 */
function errorReason(report: Json): string {
  const error = isObject(report.error) ? report.error : {};
  const parts = [
    text(report.statusCode) && `HTTP ${text(report.statusCode)}`,
    text(error.code),
    text(report.message) || text(error.summary),
    text(error.detail),
  ].filter(Boolean);
  const reason = [...new Set(parts)].join(': ');
  return reason || 'npm audit gave no report and no reason';
}

/** One line per outcome, for people and CI logs. */
export function describeAudit(decision: AuditDecision): string[] {
  switch (decision.kind) {
    case 'pass':
      return [
        `npm audit --omit=dev: no high or critical advisory (${formatCounts(decision.counts)}).`,
      ];
    case 'fail':
      return [
        `npm audit --omit=dev: high or critical advisories (${formatCounts(decision.counts)}):`,
        ...decision.advisories.map(
          (a) => `  ${a.severity}  ${a.name}${a.details.length ? `  ${a.details.join('; ')}` : ''}`,
        ),
      ];
    case 'unavailable':
      return [
        `npm audit --omit=dev could not run, so dependencies were NOT checked for advisories: ${decision.reason}`,
      ];
  }
}

function formatCounts(counts: Readonly<Record<string, number>>): string {
  const order = ['critical', 'high', 'moderate', 'low', 'info'];
  return order
    .filter((s) => counts[s] !== undefined)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

/** Exit code: 1 on high/critical; 1 when it could not run only if the audit is required. */
export function auditExitCode(decision: AuditDecision, requireAudit: boolean): number {
  if (decision.kind === 'fail') return 1;
  if (decision.kind === 'unavailable') return requireAudit ? 1 : 0;
  return 0;
}
