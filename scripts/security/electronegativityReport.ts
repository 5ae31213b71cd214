/**
 * The pure half of the Electronegativity gate (scripts/security/electronegativity.ts): reads
 * the JSON that electronegativity-runner.cjs writes, sorts every finding into blocking,
 * allowed (by an explicit allow-list entry) or below the threshold, and says whether the
 * gate passes. No I/O here, so tests can feed it fabricated reports.
 */
import { z } from 'zod';

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export const CONFIDENCES = ['TENTATIVE', 'FIRM', 'CERTAIN'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Confidence = (typeof CONFIDENCES)[number];

/** The issue says "no finding of medium severity or higher". */
export const DEFAULT_THRESHOLD: Severity = 'MEDIUM';

const reportSchema = z.object({
  input: z.string(),
  electronVersion: z.string(),
  checks: z.object({ global: z.number().int(), atomic: z.number().int() }),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
  issues: z.array(
    z.object({
      id: z.string().min(1),
      severity: z.enum(SEVERITIES),
      confidence: z.enum(CONFIDENCES),
      file: z.string(),
      line: z.number().int(),
      column: z.number().int(),
      manualReview: z.boolean(),
      sample: z.string().nullable(),
      description: z.string(),
    }),
  ),
});
export type RawReport = z.infer<typeof reportSchema>;

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  /** Relative to the scanned root, with `/` separators; `N/A` for app-wide (global) findings. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Electronegativity could not decide and asks a person to look. */
  readonly manualReview: boolean;
  /** The flagged line of code, trimmed, when the tool gives one. */
  readonly sample: string | null;
}

export interface ScanError {
  readonly file: string;
  readonly message: string;
  /** A parser warning; the file was still checked. An intolerable one means it was not. */
  readonly tolerable: boolean;
}

export interface ParsedReport {
  readonly electronVersion: string;
  readonly checks: number;
  readonly findings: readonly Finding[];
  readonly errors: readonly ScanError[];
}

/**
 * One reviewed exception. `rule` and `file` must match exactly; `code`, when given, must
 * appear in the flagged line, so the entry covers that one spot and not a whole file.
 */
export interface Allowance {
  readonly rule: string;
  readonly file: string;
  readonly code?: string;
  readonly reason: string;
}

export interface Evaluation {
  /** At or above the threshold and not allowed: these fail the gate. */
  readonly blocking: readonly Finding[];
  readonly allowed: ReadonlyArray<{ readonly finding: Finding; readonly allowance: Allowance }>;
  readonly below: readonly Finding[];
  /** Allow-list entries that matched nothing: stale, and they fail the gate too. */
  readonly unused: readonly Allowance[];
  /** Files the tool could not parse, so they were not checked at all. */
  readonly unparsed: readonly ScanError[];
}

/** Reads the runner's JSON. Paths become relative to `root` (the scanned folder). */
export function parseReport(json: unknown, root: string): ParsedReport {
  const raw = reportSchema.parse(json);
  const relative = (file: string) => toRelative(file, root);
  return {
    electronVersion: raw.electronVersion,
    checks: raw.checks.global + raw.checks.atomic,
    findings: raw.issues.map((issue) => ({
      rule: issue.id,
      severity: issue.severity,
      confidence: issue.confidence,
      file: relative(issue.file),
      line: issue.line,
      column: issue.column,
      manualReview: issue.manualReview,
      sample: issue.sample,
    })),
    errors: raw.errors.map((error) => ({ ...error, file: relative(error.file) })),
  };
}

function toRelative(file: string, root: string): string {
  const posix = file.replaceAll('\\', '/');
  const base = root.replaceAll('\\', '/').replace(/\/+$/, '') + '/';
  return posix.startsWith(base) ? posix.slice(base.length) : posix;
}

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(threshold);
}

export function allows(allowance: Allowance, finding: Finding): boolean {
  return (
    allowance.rule === finding.rule &&
    allowance.file === finding.file &&
    (allowance.code === undefined || (finding.sample ?? '').includes(allowance.code))
  );
}

/**
 * Every confidence counts, TENTATIVE and "review required" included: those are the
 * findings the tool could not decide, so a person decides, and the allow-list records it.
 */
export function evaluate(
  report: Pick<ParsedReport, 'findings' | 'errors'>,
  allowList: readonly Allowance[],
  threshold: Severity = DEFAULT_THRESHOLD,
): Evaluation {
  const blocking: Finding[] = [];
  const allowed: Array<{ finding: Finding; allowance: Allowance }> = [];
  const below: Finding[] = [];
  const used = new Set<Allowance>();
  for (const finding of report.findings) {
    if (!atOrAbove(finding.severity, threshold)) {
      below.push(finding);
      continue;
    }
    const allowance = allowList.find((entry) => allows(entry, finding));
    if (allowance) {
      used.add(allowance);
      allowed.push({ finding, allowance });
    } else {
      blocking.push(finding);
    }
  }
  return {
    blocking,
    allowed,
    below,
    unused: allowList.filter((entry) => !used.has(entry)),
    unparsed: report.errors.filter((error) => !error.tolerable),
  };
}

export function passes(evaluation: Evaluation): boolean {
  return (
    evaluation.blocking.length === 0 &&
    evaluation.unused.length === 0 &&
    evaluation.unparsed.length === 0
  );
}

export function formatFinding(finding: Finding): string {
  const where = finding.file === 'N/A' ? '(whole app)' : `${finding.file}:${finding.line}`;
  const review = finding.manualReview ? ' [review required]' : '';
  return `${finding.severity} | ${finding.confidence}  ${finding.rule}  ${where}${review}`;
}

/** The lines the gate prints, most important first, and its verdict. */
export function summarize(
  evaluation: Evaluation,
  threshold: Severity = DEFAULT_THRESHOLD,
): { ok: boolean; lines: string[] } {
  const lines: string[] = [];
  for (const finding of evaluation.blocking) lines.push(`FAIL     ${formatFinding(finding)}`);
  for (const error of evaluation.unparsed)
    lines.push(`FAIL     could not parse ${error.file}, so it was not checked: ${error.message}`);
  for (const entry of evaluation.unused)
    lines.push(
      `FAIL     allow-list entry matches nothing, remove it: ${entry.rule} in ${entry.file}`,
    );
  for (const { finding, allowance } of evaluation.allowed)
    lines.push(`allowed  ${formatFinding(finding)}\n         because ${allowance.reason}`);
  for (const finding of evaluation.below) lines.push(`below    ${formatFinding(finding)}`);
  const ok = passes(evaluation);
  lines.push(
    ok
      ? `Electronegativity: no finding of ${threshold} severity or higher outside the allow-list ` +
          `(${evaluation.allowed.length} allowed, ${evaluation.below.length} below ${threshold}).`
      : `Electronegativity: ${evaluation.blocking.length} finding(s) of ${threshold} severity or higher, ` +
          `${evaluation.unparsed.length} unparsed file(s), ${evaluation.unused.length} stale allow-list entr(y/ies).`,
  );
  return { ok, lines };
}
