/**
 * Seeded random maps for the analysis benchmark and property tests: a start, a spine of
 * steps that branches and merges, send-back loops, escalations, roles (some groups),
 * information items produced and required, decisions filled in to varying degrees. About
 * 1.5 transitions per step. Same seed, same map.
 */
import type {
  Channel,
  Decision,
  InformationId,
  InformationItem,
  MapDocument,
  Role,
  RoleId,
  StepKind,
  Transition,
} from '../../shared/model';
import { makeMap, makeStep, makeTransition } from './makeMap';
import { makeRng, type Rng } from './randomOps';

const KINDS: readonly StepKind[] = [
  'task',
  'task',
  'task',
  'review',
  'approval',
  'handoff',
  'wait',
  'external',
];
const CHANNELS: readonly Channel[] = [
  'system',
  'system',
  'email',
  'meeting',
  'chat',
  'side-conversation',
  'unknown',
];
const CRITERIA = [
  'Budget, audience and launch date are filled in',
  'Claims match the legal claims list v3',
  'On brand per the brand checklist v2',
  'Looks good to the CMO',
  'Final sign-off ASAP',
  'Launch by 12 March',
  'High quality and polished',
];

const NAMES =
  'autumn spring summer winter north south east west coastal urban retail digital loyalty launch partner member student family travel premium'.split(
    ' ',
  );

/** A map of `steps` steps (at least 3). */
export function generateMap(steps: number, seed = 1): MapDocument {
  const r = makeRng(seed);
  const n = Math.max(3, steps);
  const roles: Role[] = Array.from({ length: Math.max(4, Math.round(n / 40)) }, (_, i) => ({
    id: `role-${i}` as RoleId,
    name: `Role ${i}`,
    kind: i % 7 === 6 ? 'group' : i % 2 === 0 ? 'person' : 'role',
  }));
  const information: InformationItem[] = Array.from(
    { length: Math.max(3, Math.round(n / 8)) },
    (_, i) => ({
      id: `info-${i}` as InformationId,
      name: `Item ${i}`,
      external: i % 20 === 19,
    }),
  );
  const stepList = Array.from({ length: n }, (_, i) => {
    const kind: StepKind =
      i === 0 ? 'start' : i === n - 1 || r.chance(0.01) ? 'end' : r.pick(KINDS);
    return makeStep(`s${i}`, {
      kind,
      label: `Step ${i}`,
      performer: r.pick(roles).id,
      produces: i > 0 && r.chance(0.3) ? [r.pick(information).id] : [],
      position: { x: (i % 50) * 200, y: Math.floor(i / 50) * 120 },
    });
  });

  // People list as inputs what they have seen produced before, mostly shortly before; now
  // and then something from anywhere (a late or missing input).
  const producedBefore = (step: number): InformationId[] => {
    const items: InformationId[] = [];
    for (let i = Math.max(0, step - 40); i <= step; i++) items.push(...stepList[i]!.produces);
    return items;
  };
  const transitions: Transition[] = [];
  const add = (from: number, to: number, kind: Transition['kind']): void => {
    const id = `t${transitions.length}`;
    const seen = producedBefore(from);
    const input = (): InformationId =>
      seen.length > 0 && r.chance(0.85) ? r.pick(seen) : r.pick(information).id;
    transitions.push(
      makeTransition(id, `s${from}`, `s${to}`, {
        kind,
        channel: r.pick(CHANNELS),
        decision: decision(r, roles, input),
      }),
    );
  };
  // The spine: every step comes from one of the few before it, so the map branches.
  for (let i = 1; i < n; i++) add(r.int(Math.max(0, i - 3), i - 1), i, 'forward');
  for (let k = 0; k < Math.round(n * 0.3); k++) {
    const from = r.int(0, n - 2);
    add(from, Math.min(n - 1, from + r.int(2, 10)), 'forward');
  }
  for (let k = 0; k < Math.round(n * 0.15); k++) {
    const from = r.int(1, n - 1);
    add(from, Math.max(0, from - r.int(1, 8)), 'send-back');
  }
  for (let k = 0; k < Math.round(n * 0.05); k++) {
    const from = r.int(0, n - 2);
    add(from, Math.min(n - 1, from + r.int(1, 20)), 'escalation');
  }
  const doc = makeMap({
    id: `generated-${n}`,
    name: `Generated ${n}`,
    steps: stepList,
    transitions,
    roles,
    information,
  });
  // Real maps arrive from SQLite or a file, through JSON: flat strings, not the concatenation
  // trees template literals leave behind, which would make string work look slower than it is.
  return JSON.parse(JSON.stringify(doc)) as MapDocument;
}

function decision(r: Rng, roles: readonly Role[], input: () => InformationId): Partial<Decision> {
  if (r.chance(0.15)) return { automatic: true };
  const some = <T>(p: number, items: readonly T[], max: number): T[] =>
    r.chance(p) ? Array.from({ length: r.int(1, max) }, () => r.pick(items)) : [];
  return {
    question: r.chance(0.8) ? 'Is it complete enough to move on?' : '',
    deciders: r.chance(0.85)
      ? r.chance(0.9)
        ? [r.pick(roles).id]
        : [r.pick(roles).id, r.pick(roles).id]
      : [],
    consulted: some(0.3, roles, 2).map((x) => x.id),
    approvers: some(0.3, roles, 4).map((x) => x.id),
    requires: r.chance(0.7) ? Array.from({ length: r.int(1, 3) }, input) : [],
    // Real criteria are written per decision, so texts rarely repeat: name a campaign.
    criteria: some(0.75, CRITERIA, 3).map(
      (c) => `${c} for the ${r.pick(NAMES)} ${r.pick(NAMES)} ${r.pick(NAMES)} campaign`,
    ),
    onChange: r.chance(0.6) ? 'Back to the owner, who decides again.' : '',
    ifNotMet: r.chance(0.5) ? 'Send back with notes.' : '',
    targetHours: r.chance(0.4) ? r.pick([4, 24, 48]) : null,
    observedHours: r.chance(0.4) ? r.pick([2, 24, 72, 96]) : null,
  };
}
