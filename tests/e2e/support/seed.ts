/**
 * Sample maps put into a running app through its HTTP API, as the page would: for
 * screenshots and for tests that need a workspace with something in it.
 */
import type { Args } from '../../../shared/api/contract';
import type {
  MapSummary,
  Stage,
  StepId,
  StepKind,
  TransitionId,
  TransitionKind,
} from '../../../shared/model';
import { newStep, newTransition } from '../../../shared/operations/build';
import type { Operation } from '../../../shared/operations/types';
import type { RunningApp } from './app';

export interface SampleMap {
  readonly name: string;
  readonly stage?: Stage;
  /** Step labels with their kinds, drawn left to right and connected in order. */
  readonly steps: readonly (readonly [StepKind, string])[];
  /** More arrows, by step index (0-based): rework, escalations, branches. */
  readonly extra?: readonly (readonly [number, number, TransitionKind])[];
}

/** A realistic 20-step marketing workflow with a rework loop and an escalation. */
export const CAMPAIGN_20: SampleMap = {
  name: 'Campaign launch',
  steps: [
    ['start', 'Campaign request'],
    ['task', 'Draft brief'],
    ['review', 'Brief review'],
    ['approval', 'Budget approval'],
    ['handoff', 'Brief to agency'],
    ['external', 'Agency concepts'],
    ['review', 'Concept review'],
    ['task', 'Select concept'],
    ['external', 'Agency production'],
    ['review', 'Creative review'],
    ['review', 'Brand review'],
    ['review', 'Legal review'],
    ['approval', 'CMO sign-off'],
    ['task', 'Build landing page'],
    ['task', 'Set up tracking'],
    ['wait', 'Wait for media slot'],
    ['task', 'Schedule media'],
    ['review', 'QA check'],
    ['task', 'Go live'],
    ['end', 'Campaign live'],
  ],
  extra: [
    [9, 8, 'send-back'],
    [11, 8, 'send-back'],
    [12, 3, 'escalation'],
  ],
};

export const SAMPLE_MAPS: readonly SampleMap[] = [
  {
    name: 'Purchase request approval',
    steps: [
      ['start', 'Need identified'],
      ['task', 'Fill in request form'],
      ['review', 'Budget check'],
      ['approval', 'Manager approves'],
      ['handoff', 'Send to purchasing'],
      ['end', 'Order placed'],
    ],
  },
  {
    name: 'Customer onboarding',
    stage: 'to-be',
    steps: [
      ['start', 'Contract signed'],
      ['task', 'Create account'],
      ['wait', 'Wait for data export'],
      ['end', 'Customer live'],
    ],
  },
  {
    name: 'Incident triage',
    steps: [
      ['start', 'Alert fires'],
      ['review', 'Assess severity'],
      ['external', 'Escalate to vendor'],
      ['end', 'Resolved'],
    ],
  },
];

/** Creates the maps (in order) with their steps and arrows; returns their summaries. */
export async function seedMaps(
  app: RunningApp,
  maps: readonly SampleMap[] = SAMPLE_MAPS,
): Promise<MapSummary[]> {
  const created: MapSummary[] = [];
  for (const map of maps) {
    const summary = await app.call('maps:create', {
      name: map.name,
      ...(map.stage ? { stage: map.stage } : {}),
    });
    const steps = map.steps.map(([kind, label], i) =>
      newStep(`s${i + 1}` as StepId, kind, { x: i * 240, y: 0 }, label),
    );
    const transitions = steps
      .slice(1)
      .map((step, i) => newTransition(`t${i + 1}` as TransitionId, steps[i]!.id, step.id));
    for (const [from, to, kind] of map.extra ?? []) {
      const arrow = newTransition(
        `t${transitions.length + 1}` as TransitionId,
        steps[from]!.id,
        steps[to]!.id,
      );
      transitions.push({ ...arrow, kind });
    }
    if (steps.length > 0) {
      const ops: Operation[] = [{ type: 'elements/add', steps, transitions }];
      // The contract's input type is the schema's (mutable arrays); the model's are readonly.
      await app.call('map:apply', {
        id: summary.id,
        base: 0,
        ops: ops as Args<'map:apply'>['ops'],
      });
    }
    created.push(summary);
  }
  return created;
}
