import { describe, it } from 'vitest';
import { buildMap, expectFindings, onR, ROLES, type Expected } from '../build';
import type { MapDocument, Notation, RoleId } from '../../../../shared/model';

const RULE = 'load.veto-bottleneck';

/**
 * A chain Start → S1 → … → End of `approvers.length` decisions, each with the approvers
 * given (the decider is always the marketing lead).
 */
function chain(
  approvers: readonly (readonly string[])[],
  notation: Notation = 'RACI',
): MapDocument {
  const ids = ['s', ...approvers.slice(1).map((_, i) => `s${i + 1}`), 'e'];
  const doc = buildMap({
    roles: ROLES,
    steps: ids.map(
      (id, i) =>
        [id, i === 0 ? 'start' : i === ids.length - 1 ? 'end' : 'task', `Step ${i}`] as const,
    ),
    transitions: approvers.map((list, i) => [
      `t${i}`,
      ids[i]!,
      ids[i + 1]!,
      { decision: { deciders: ['r-lead'] as RoleId[], approvers: list as RoleId[] } },
    ]),
  });
  return { ...doc, info: { ...doc.info, notation } };
}

const L = ['r-legal'];
const none: string[] = [];

const passing: [string, MapDocument][] = [
  ['no vetoes', chain([none, none, none, none, none, none])],
  ['a veto on two of three decisions: fewer than three', chain([L, L, none])],
  ['a veto on exactly a third (3 of 9)', chain([L, none, none, L, none, none, L, none, none])],
  [
    'three vetoes on one decision (owner.veto-stack’s fact)',
    chain([['r-legal', 'r-cmo', 'r-team'], none, none, none]),
  ],
];

const legal = (prompt: string, decisions: string[], share: number): Expected[] => [
  {
    targets: [onR('r-legal')],
    says: [`“Legal” can veto ${decisions.length} of the map’s`],
    details: { role: 'r-legal', decisions, share },
    prompt,
  },
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'a veto on three of six decisions (RACI has no letter for a veto)',
    chain([L, none, L, none, L, none]),
    legal(
      'Which of these decisions really need this role’s veto, and where would a C (Consulted) do instead?',
      ['t0', 't2', 't4'],
      0.5,
    ),
  ],
  [
    'the same in RAPID: Agree and Input',
    chain([L, none, L, none, L, none], 'RAPID'),
    legal(
      'Which of these decisions really need this role’s A (Agree), and where would an I (Input) do instead?',
      ['t0', 't2', 't4'],
      0.5,
    ),
  ],
  [
    'a veto on four of ten, named twice on one',
    chain([['r-legal', 'r-legal'], L, L, L, none, none, none, none, none, none]),
    legal(
      'Which of these decisions really need this role’s veto, and where would a C (Consulted) do instead?',
      ['t0', 't1', 't2', 't3'],
      0.4,
    ),
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
