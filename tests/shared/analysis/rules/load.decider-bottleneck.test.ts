import { describe, it } from 'vitest';
import { buildMap, CLEAN, expectFindings, onT, ROLES, type Expected, type Spec } from '../build';
import type { MapDocument, RoleId } from '../../../../shared/model';

const RULE = 'load.decider-bottleneck';

/**
 * Two branches from Start to End: A1..A5 and B1..B4. `deciders` names the decider of each
 * arrow in order: s→A1, A1→A2, ..., A5→e, then s→B1, ..., B4→e (11 decisions).
 */
function branches(deciders: readonly (string | undefined)[]): MapDocument {
  const a = ['a1', 'a2', 'a3', 'a4', 'a5'];
  const b = ['b1', 'b2', 'b3', 'b4'];
  const arrows = [
    ['s', ...a, 'e'],
    ['s', ...b, 'e'],
  ].flatMap((path) => path.slice(1).map((to, i) => [path[i]!, to] as const));
  const transitions: NonNullable<Spec['transitions']>[number][] = arrows.map(([from, to], i) => {
    const decider = deciders[i];
    return [
      `t${i}`,
      from,
      to,
      { decision: { deciders: decider === undefined ? [] : [decider as RoleId] } },
    ];
  });
  return buildMap({
    roles: ROLES,
    steps: [
      ['s', 'start', 'Start'],
      ...[...a, ...b].map((id) => [id, 'task', id.toUpperCase()] as const),
      ['e', 'end', 'End'],
    ],
    transitions,
  });
}

// Branch A is t0..t5, branch B is t6..t10. Each role decides on one branch only, none more
// than 3 of the 11 decisions.
const L = 'r-lead';
const G = 'r-legal';
const T = 'r-team';
const C = 'r-cmo';
const spread = [L, G, L, G, L, G, T, T, T, undefined, undefined];

const passing: [string, MapDocument][] = [
  ['one decision each', CLEAN],
  ['decisions spread over roles, none on every path', branches(spread)],
  [
    'a role with 3 decisions on one branch only',
    branches([C, C, C, G, L, G, T, T, T, T, undefined]),
  ],
  ['a single decision on every path is the shape of a line, not a load', CLEAN],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'a large share: 5 of 11 decisions (45%), all on one branch',
    branches([C, C, C, C, C, G, T, T, T, L, undefined]),
    [
      {
        targets: ['t0', 't1', 't2', 't3', 't4'].map((t) => onT(t, 'deciders')),
        says: ['“CMO” decides 5 of the map’s 11 decisions (45%)'],
        details: { role: 'r-cmo', decisions: 5, cut: false },
      },
    ],
  ],
  [
    'on every path: one decision on each branch',
    branches([C, G, L, G, L, G, C, T, T, undefined, undefined]),
    [
      {
        targets: [onT('t0', 'deciders'), onT('t6', 'deciders')],
        says: ['Every path from start to end passes a decision by “CMO”'],
        details: { role: 'r-cmo', decisions: 2, cut: true },
      },
    ],
  ],
  [
    'both: a large share and on every path',
    branches([C, C, C, C, L, G, C, T, T, undefined, undefined]),
    [
      {
        targets: ['t0', 't1', 't2', 't3', 't6'].map((t) => onT(t, 'deciders')),
        says: ['decides 5 of the map’s 11 decisions (45%)', 'Every path'],
        details: { role: 'r-cmo', decisions: 5, cut: true },
      },
    ],
  ],
];

describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
