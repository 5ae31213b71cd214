/**
 * What `decision-map analyze` prints: a report for people reading a terminal or a CI log,
 * and a JSON object for scripts. Both name elements by the file's own ids, so a finding
 * can be found in the file with a text search.
 */
import {
  QUESTION_LABELS,
  type Analysis,
  type Finding,
  type FindingTarget,
  type MapHealth,
  type Question,
  type Severity,
} from '../../shared/analysis/types';
import type { MapDocument } from '../../shared/model';
import { DECISION_QUESTION_IDS } from '../../shared/questions';

/** The `--json` output: one object, stable field names, the file's ids. */
export interface JsonReport {
  readonly map: { readonly id: string; readonly name: string };
  readonly health: MapHealth;
  readonly findings: readonly {
    readonly rule: string;
    readonly severity: Severity;
    readonly question: Question;
    readonly message: string;
    readonly prompt: string;
    readonly targets: readonly FindingTarget[];
  }[];
}

const SEVERITIES: readonly { severity: Severity; title: string; one: string; many: string }[] = [
  { severity: 'blocker', title: 'Blockers', one: 'blocker', many: 'blockers' },
  { severity: 'warning', title: 'Warnings', one: 'warning', many: 'warnings' },
  { severity: 'note', title: 'Notes', one: 'note', many: 'notes' },
];

/**
 * Text from a file goes to a terminal: control and bidi-override characters (an escape
 * sequence could rewrite the screen or a CI log; an override could make a label read as
 * something else) and line breaks (they would break the layout) become spaces.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ');
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const quoted = (label: string) => `"${printable(label) || '(no label)'}"`;

/** An element as "transition t-1 "Draft brief → Brief review"", with the field to fix. */
export function describeTarget(doc: MapDocument, target: FindingTarget): string {
  const field = target.field ? ` (${target.field})` : '';
  if (target.kind === 'role') {
    const role = Object.hasOwn(doc.roles, target.id) ? doc.roles[target.id] : undefined;
    return `role ${printable(target.id)}${role ? ` ${quoted(role.name)}` : ''}${field}`;
  }
  if (target.kind === 'step') {
    const step = Object.hasOwn(doc.steps, target.id) ? doc.steps[target.id] : undefined;
    return `step ${printable(target.id)}${step ? ` ${quoted(step.label)}` : ''}${field}`;
  }
  const t = Object.hasOwn(doc.transitions, target.id) ? doc.transitions[target.id] : undefined;
  if (!t) return `transition ${printable(target.id)}${field}`;
  const from = doc.steps[t.from]?.label ?? t.from;
  const to = doc.steps[t.to]?.label ?? t.to;
  const label = t.label ? ` (${printable(t.label)})` : '';
  return `transition ${printable(t.id)} "${printable(from)} → ${printable(to)}"${label}${field}`;
}

/** "Decision health: 3 of 12 decisions ready (25%)". */
export function healthLine(health: MapHealth): string {
  if (health.decisions === 0)
    return 'Decision health: no decisions to check (every arrow is automatic or there are none)';
  const percent = Math.round(health.share * 100);
  return `Decision health: ${health.ready} of ${count(health.decisions, 'decision', 'decisions')} ready (${percent}%)`;
}

function questionTable(health: MapHealth): string[] {
  const width = Math.max(...Object.values(QUESTION_LABELS).map((l) => l.length)) + 2;
  const lines = [`  ${'Question'.padEnd(width)}${'answered well'.padEnd(16)}findings`];
  for (const q of DECISION_QUESTION_IDS) {
    const answered = `${health.answered[q]} of ${health.decisions}`;
    lines.push(
      `  ${QUESTION_LABELS[q].padEnd(width)}${answered.padEnd(16)}${health.perQuestion[q]}`,
    );
  }
  lines.push(`  ${QUESTION_LABELS.flow.padEnd(width)}${''.padEnd(16)}${health.perQuestion.flow}`);
  return lines;
}

function findingLines(doc: MapDocument, finding: Finding): string[] {
  return [
    `  [${finding.rule}] ${QUESTION_LABELS[finding.question]}`,
    ...finding.targets.map((target) => `    at ${describeTarget(doc, target)}`),
    `    ${printable(finding.message)}`,
    `    Ask the room: ${printable(finding.prompt)}`,
  ];
}

/** The readable report: map, health, counts per question, findings grouped by severity. */
export function formatReport(doc: MapDocument, analysis: Analysis, file: string): string {
  const { health, findings } = analysis;
  const lines = [
    `${printable(doc.info.name)} (${doc.info.stage}) — map ${printable(doc.info.id)}`,
    `File: ${printable(file)}`,
    '',
    healthLine(health),
    `  ${health.blocked} blocked · ${health.atRisk} at risk · ${health.ready} ready`,
    '',
    ...questionTable(health),
  ];
  for (const { severity, title } of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${title} (${group.length})`);
    group.forEach((finding, i) => {
      if (i > 0) lines.push('');
      lines.push(...findingLines(doc, finding));
    });
  }
  const totals = SEVERITIES.map(({ severity, one, many }) =>
    count(findings.filter((f) => f.severity === severity).length, one, many),
  );
  lines.push('', findings.length === 0 ? 'No findings.' : `Found ${totals.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

/** The `--json` object. Targets carry only kind, id and field: the file's own references. */
export function toJsonReport(doc: MapDocument, analysis: Analysis): JsonReport {
  return {
    map: { id: doc.info.id, name: doc.info.name },
    health: analysis.health,
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      question: f.question,
      message: f.message,
      prompt: f.prompt,
      targets: f.targets.map((t) =>
        t.field ? { kind: t.kind, id: t.id, field: t.field } : { kind: t.kind, id: t.id },
      ),
    })),
  };
}
