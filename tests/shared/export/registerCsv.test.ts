/** The decision register as CSV: one row per transition in flow order, in the app's words. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { flowOrder } from '../../../shared/analysis/flowOrder';
import { registerRows } from '../../../shared/export/register';
import { REGISTER_COLUMNS, registerCsv } from '../../../shared/export/registerCsv';
import { parseMapFile } from '../../../shared/file-format';
import type { InformationId, MapDocument, RoleId } from '../../../shared/model';
import { parseCsv } from '../../support/csv';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const ROOT = path.resolve(__dirname, '../../..');

function example(): MapDocument {
  const text = fs.readFileSync(
    path.join(ROOT, 'assets/examples/campaign-launch.decisionmap.json'),
    'utf8',
  );
  const parsed = parseMapFile(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.doc;
}

const role = (id: string, name: string, kind: 'person' | 'group' = 'person') => ({
  id: id as RoleId,
  name,
  kind,
});

/** Brief → Review (answered well) → Launch (automatic), with a send-back and an attack. */
function small(): MapDocument {
  return makeMap({
    steps: [
      makeStep('s', {
        label: 'Draft brief',
        kind: 'start',
        produces: ['i-brief' as InformationId],
      }),
      makeStep('r', { label: 'Brief review', kind: 'review' }),
      makeStep('e', { label: '', kind: 'end' }),
    ],
    roles: [role('r-cmo', 'CMO'), role('r-team', 'Marketing team', 'group')],
    information: [
      { id: 'i-brief' as InformationId, name: 'Campaign brief', external: false },
      { id: 'i-brand' as InformationId, name: 'Brand guidelines', external: true },
      { id: 'i-legal' as InformationId, name: 'Legal claims list', external: false },
    ],
    transitions: [
      makeTransition('t-auto', 'r', 'e', { decision: { automatic: true } }),
      makeTransition('t-back', 'r', 's', {
        kind: 'send-back',
        channel: 'chat',
        decision: { question: '=cmd|"/c calc"!A1', deciders: ['r-team' as RoleId] },
      }),
      makeTransition('t-1', 's', 'r', {
        channel: 'email',
        decision: {
          question: 'Is the brief complete enough to review?',
          deciders: ['r-cmo' as RoleId],
          consulted: ['r-team' as RoleId],
          requires: ['i-brief', 'i-brand', 'i-legal'] as InformationId[],
          criteria: ['Budget, audience and launch date are filled in', '  ', 'Signed by "Finance"'],
          ifNotMet: 'Back to the brief owner',
          onChange: 'A budget change over 10% goes back to the CMO',
          targetHours: 24,
          observedHours: 72,
          fromRoom: ['change', 'who'],
        },
      }),
    ],
  });
}

describe('registerCsv', () => {
  it('writes the header and one row per transition, in flow order', () => {
    const rows = parseCsv(registerCsv(small()));
    expect(rows[0]).toEqual([...REGISTER_COLUMNS]);
    expect(rows.map((r) => `${r[0]} → ${r[1]} (${r[2]})`).slice(1)).toEqual([
      'Draft brief → Brief review (Forward)',
      'Brief review → Untitled end (Forward)',
      'Brief review → Draft brief (Send back (rework))',
    ]);
  });

  it('says every answer in words: roles by name, information with its availability, criteria one per line', () => {
    const [, first] = parseCsv(registerCsv(small()));
    const cell = (column: (typeof REGISTER_COLUMNS)[number]) =>
      first![REGISTER_COLUMNS.indexOf(column)];
    expect(cell('Channel')).toBe('Email');
    expect(cell('Question')).toBe('Is the brief complete enough to review?');
    expect(cell('Deciders')).toBe('CMO');
    expect(cell('Consulted')).toBe('Marketing team');
    expect(cell('Approvers')).toBe('');
    expect(cell('Required information')).toBe(
      'Campaign brief (available)\nBrand guidelines (from outside)\nLegal claims list (not produced)',
    );
    expect(cell('Criteria')).toBe(
      'Budget, audience and launch date are filled in\nSigned by "Finance"',
    );
    expect(cell('If not met')).toBe('Back to the brief owner');
    expect(cell('Change rule')).toBe('A budget change over 10% goes back to the CMO');
    expect(cell('Target hours')).toBe('24');
    expect(cell('Observed hours')).toBe('72');
    expect(cell('Readiness')).toMatch(/^Blocked \(\d of 5\)$/);
  });

  it("says which answers the room proposed, in the five questions' order, after the old columns", () => {
    const rows = parseCsv(registerCsv(small()));
    expect(REGISTER_COLUMNS.at(-1)).toBe('Proposed by the room');
    const column = REGISTER_COLUMNS.indexOf('Proposed by the room');
    expect(rows[1]![column]).toBe('Who decides?\nWhat if it changes?');
    expect(rows[2]![column]).toBe('');
    expect(rows[3]![column]).toBe('');
  });

  it('marks automatic transitions and keeps a formula in a question inert', () => {
    const rows = parseCsv(registerCsv(small()));
    expect(rows[2]![REGISTER_COLUMNS.indexOf('Readiness')]).toBe('Automatic (no decision)');
    expect(rows[3]![REGISTER_COLUMNS.indexOf('Question')]).toBe('\'=cmd|"/c calc"!A1');
  });

  it('covers the bundled example: every transition once, header first, BOM, CRLF only', () => {
    const doc = example();
    const csv = registerCsv(doc, analyzeMap(doc));
    expect(csv.startsWith('\ufeffFrom,To,Kind,')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r/);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(doc.transitionOrder.length + 1);
    expect(rows.every((r) => r.length === REGISTER_COLUMNS.length)).toBe(true);
    const order = flowOrder(doc).transitions;
    const labels = (id: string) => {
      const t = doc.transitions[id]!;
      return [doc.steps[t.from]!.label, doc.steps[t.to]!.label];
    };
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual(order.map(labels));
    expect(rows.some((r) => r[REGISTER_COLUMNS.indexOf('Readiness')] === 'Ready')).toBe(true);
  });

  it('uses the analysis given, or makes its own: the same rows either way', () => {
    const doc = example();
    expect(registerRows(doc)).toEqual(registerRows(doc, analyzeMap(doc)));
  });
});
