/**
 * A large, realistic map for benchmarks: a long chain of steps with cross-links, every
 * arrow carrying a filled-in decision, so that rows are as big as real ones. Every role and
 * information item referred to is in the map's roster.
 */
import type { InformationId, InformationItem, MapDocument, Role, RoleId } from '../../shared/model';
import { makeMap, makeStep, makeTransition } from './makeMap';
import { makeRng } from './randomOps';

export function bigMap(stepCount: number, transitionCount: number, seed = 7): MapDocument {
  const rng = makeRng(seed);
  const steps = Array.from({ length: stepCount }, (_, i) =>
    makeStep(`s${i}`, {
      label: `Prepare deliverable ${i} for review`,
      kind:
        i === 0
          ? 'start'
          : i === stepCount - 1
            ? 'end'
            : rng.pick(['task', 'review', 'approval', 'handoff'] as const),
      performer: `role-${i % 12}` as RoleId,
      produces: i % 3 === 0 ? [`info-${i % 40}` as InformationId] : [],
      notes: i % 5 === 0 ? 'Usually waits for the weekly status meeting.' : '',
      position: { x: (i % 40) * 220, y: Math.floor(i / 40) * 140 },
    }),
  );
  const transitions = Array.from({ length: transitionCount }, (_, i) => {
    const from = i < stepCount - 1 ? i : rng.int(0, stepCount - 2);
    const to = i < stepCount - 1 ? i + 1 : rng.int(from + 1, stepCount - 1);
    return makeTransition(`t${i}`, `s${from}`, `s${to}`, {
      kind: i % 17 === 0 ? 'send-back' : 'forward',
      channel: rng.pick(['email', 'meeting', 'system'] as const),
      decision: {
        question: `Is deliverable ${from} complete enough to move on?`,
        deciders: [`role-${i % 12}` as RoleId],
        consulted: [`role-${(i + 1) % 12}` as RoleId],
        requires: [`info-${i % 40}` as InformationId],
        criteria: ['Budget approved in writing', 'Legal claims list attached'],
        onChange: 'Scope change goes back to the account lead.',
        targetHours: 24,
        observedHours: 48,
      },
    });
  });
  const roles: Role[] = Array.from({ length: 12 }, (_, i) => ({
    id: `role-${i}` as RoleId,
    name: `Role ${i}`,
    kind: i % 6 === 5 ? 'group' : 'person',
  }));
  const information: InformationItem[] = Array.from({ length: 40 }, (_, i) => ({
    id: `info-${i}` as InformationId,
    name: `Deliverable ${i}`,
    external: i % 10 === 9,
  }));
  return makeMap({ id: 'big', name: 'Big map', steps, transitions, roles, information });
}
