import { describe, it } from 'vitest';
import {
  buildMap,
  CLEAN,
  expectFindings,
  onR,
  ROLES,
  withDecision,
  type Expected,
  type Spec,
} from '../build';
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

/** The map with observed waits (hours) on some of its decisions. */
function waits(doc: MapDocument, hours: Readonly<Record<string, number>>): MapDocument {
  let out = doc;
  for (const [id, observedHours] of Object.entries(hours))
    out = withDecision(out, id, { observedHours, targetHours: null });
  return out;
}

const passing: [string, MapDocument][] = [
  ['one decision each', CLEAN],
  ['decisions spread over roles, none on every path', branches(spread)],
  [
    'a role with 3 decisions on one branch only',
    branches([C, C, C, G, L, G, T, T, T, T, undefined]),
  ],
  ['a single decision on every path is the shape of a line, not a load', CLEAN],
  // The approver of an approval process is on every path: that is the point of it.
  [
    'on every path: one decision on each branch',
    branches([C, G, L, G, L, G, C, T, T, undefined, undefined]),
  ],
  [
    'one long wait at a role is a slow decision, not work piling up',
    waits(branches(spread), { t0: 72 }),
  ],
  ['waits at two different roles', waits(branches(spread), { t0: 72, t1: 72 })],
];

const failing: [string, MapDocument, Expected[]][] = [
  [
    'a large share: 5 of 11 decisions (45%), all on one branch',
    branches([C, C, C, C, C, G, T, T, T, L, undefined]),
    [
      {
        targets: [onR('r-cmo')],
        says: ['“CMO” decides 5 of the map’s 11 decisions (45%)'],
        details: { role: 'r-cmo', decisions: ['t0', 't1', 't2', 't3', 't4'], waiting: [] },
      },
    ],
  ],
  [
    'waits pile up at one role: two of its decisions wait two days or more',
    waits(branches(spread), { t0: 48, t2: 72, t1: 24 }),
    [
      {
        targets: [onR('r-lead')],
        says: ['Work waits at 2 of “Marketing lead”’s decisions'],
        details: { role: 'r-lead', waiting: ['t0', 't2'] },
      },
    ],
  ],
];
describe(RULE, () => {
  it.each(passing)('passes: %s', (_, doc) => expectFindings(RULE, doc, []));
  it.each(failing)('fails: %s', (_, doc, expected) => expectFindings(RULE, doc, expected));
});
