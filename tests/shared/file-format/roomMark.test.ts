/**
 * The room's mark on a decision (issue 19) travels with the map: written to the portable file
 * only when there is one, read back as it was, and shown in the register's rows.
 */
import { describe, expect, it } from 'vitest';
import { registerRows } from '../../../shared/export/register';
import { parseMapFile, serializeMapFile } from '../../../shared/file-format';
import type { RoleId } from '../../../shared/model';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const doc = makeMap({
  steps: [
    makeStep('a', { label: 'Draft brief', kind: 'start' }),
    makeStep('b', { label: 'Review' }),
  ],
  transitions: [
    makeTransition('t1', 'a', 'b', {
      decision: { deciders: ['r-cmo' as RoleId], fromRoom: ['who', 'change'] },
    }),
    makeTransition('t2', 'b', 'a', { kind: 'send-back' }),
  ],
  roles: [{ id: 'r-cmo' as RoleId, name: 'CMO', kind: 'person' }],
});

describe("the room's mark in the file", () => {
  it('is written only where there is one and reads back as it was', () => {
    const text = serializeMapFile(doc);
    expect(text.match(/"fromRoom"/g)).toHaveLength(1);
    const parsed = parseMapFile(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.doc.transitions['t1']!.decision.fromRoom).toEqual(['who', 'change']);
    expect('fromRoom' in parsed.doc.transitions['t2']!.decision).toBe(false);
  });

  it('refuses a question that is not one of the five', () => {
    const text = serializeMapFile(doc).replace('"change"', '"flow"');
    expect(parseMapFile(text).ok).toBe(false);
  });

  it('is in the register\'s rows, which the PDF marks "Proposed by the room"', () => {
    const rows = registerRows(doc);
    expect(rows.find((r) => r.transition === 't1')!.fromRoom).toEqual(['who', 'change']);
    expect(rows.find((r) => r.transition === 't2')!.fromRoom).toEqual([]);
  });
});
