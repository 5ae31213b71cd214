/**
 * The mapping rules of issue 17, one table each, over plain BPMN models: what each element
 * becomes, how gateways collapse into the decisions on arrows, and what the report says.
 */
import { describe, expect, it } from 'vitest';
import { describeReport } from '../../../shared/import/report';
import { bpmnToMap } from '../../../shared/import/bpmn/toMap';
import { channelFromName } from '../../../shared/import/bpmn/classify';
import { MAX_CLUSTER_ARROWS } from '../../../shared/import/bpmn/collapse';
import type { BpmnModel, BpmnNode } from '../../../shared/import/bpmn/model';
import { transitionList, type MapDocument } from '../../../shared/model';
import { flow, model, node } from '../../support/bpmnModel';

function mapOf(m: BpmnModel) {
  const result = bpmnToMap(m, 'map-1', 'file');
  if (!result.ok) throw new Error(result.problem);
  return result;
}

/** Arrows as "from>to label|question|automatic|kind" by step label, sorted. */
function arrows(doc: MapDocument): string[] {
  const label = (id: string) => doc.steps[id]!.label;
  return transitionList(doc)
    .map(
      (t) =>
        `${label(t.from)}>${label(t.to)} ${t.label}|${t.decision.question}|${t.decision.automatic ? 'auto' : ''}|${t.kind}`,
    )
    .sort();
}

describe('steps: what each flow node becomes', () => {
  it.each<[string, string, string, Partial<BpmnNode>, string]>([
    ['a task', 'Task', 'Write brief', {}, 'task'],
    ['a user task named approve', 'UserTask', 'Approve budget', {}, 'approval'],
    ['a task named sign-off', 'Task', 'Legal sign-off', {}, 'approval'],
    ['a task named review', 'UserTask', 'Review draft', {}, 'review'],
    ['a task that names an approver', 'UserTask', 'Assign approver', {}, 'task'],
    ['a send task', 'SendTask', 'Send brief', {}, 'handoff'],
    ['a receive task', 'ReceiveTask', 'Receive assets', {}, 'handoff'],
    ['a service task', 'ServiceTask', 'Publish', {}, 'task'],
    ['a sub-process', 'SubProcess', 'Production', {}, 'task'],
    ['a call activity', 'CallActivity', 'Run QA', {}, 'task'],
    ['a start event', 'StartEvent', 'Brief arrives', {}, 'start'],
    ['an end event', 'EndEvent', 'Live', {}, 'end'],
    [
      'a timer catch event',
      'IntermediateCatchEvent',
      'Two days',
      { events: ['TimerEventDefinition'] },
      'wait',
    ],
    [
      'a message catch event',
      'IntermediateCatchEvent',
      'Assets in',
      { events: ['MessageEventDefinition'] },
      'handoff',
    ],
    [
      'a message throw event',
      'IntermediateThrowEvent',
      'Notify',
      { events: ['MessageEventDefinition'] },
      'handoff',
    ],
  ])('%s becomes a step of its kind, with its name', (_, type, name, extra, kind) => {
    const { doc } = mapOf(model({ nodes: [node('n1', type, name, extra)] }));
    expect(Object.values(doc.steps).map((s) => [s.label, s.kind])).toEqual([[name, kind]]);
  });

  it('a task in another organisation’s pool is external; the home pool holds most tasks', () => {
    const { doc } = mapOf(
      model({
        pools: [
          { id: 'us', name: 'Agency', process: 'p1' },
          { id: 'them', name: 'Client', process: 'p2' },
        ],
        nodes: [
          node('a', 'Task', 'Draft'),
          node('b', 'Task', 'Edit'),
          node('c', 'UserTask', 'Approve', { process: 'p2' }),
        ],
      }),
    );
    expect(Object.values(doc.steps).map((s) => `${s.label}:${s.kind}`)).toEqual([
      'Draft:task',
      'Edit:task',
      'Approve:external',
    ]);
  });
});

describe('roles: lanes and pools', () => {
  it('each named lane is a role and performs its steps; the innermost lane wins', () => {
    const { doc } = mapOf(
      model({
        nodes: [node('a', 'Task', 'Draft'), node('b', 'Task', 'Check')],
        lanes: [
          {
            id: 'L1',
            name: 'Marketing',
            process: 'p1',
            parent: null,
            nodes: ['a', 'b'],
            ours: null,
          },
          { id: 'L2', name: 'Copywriter', process: 'p1', parent: 'L1', nodes: ['b'], ours: null },
        ],
      }),
    );
    const performer = (label: string) =>
      doc.roles[Object.values(doc.steps).find((s) => s.label === label)!.performer!]!.name;
    expect(Object.values(doc.roles).map((r) => [r.name, r.kind])).toEqual([
      ['Marketing', 'role'],
      ['Copywriter', 'role'],
    ]);
    expect(performer('Draft')).toBe('Marketing');
    expect(performer('Check')).toBe('Copywriter');
  });

  it('a named pool without lanes is a role named after the pool', () => {
    const { doc } = mapOf(
      model({
        pools: [{ id: 'pool', name: 'Print shop', process: 'p1' }],
        nodes: [node('a', 'Task', 'Print')],
      }),
    );
    expect(Object.values(doc.roles).map((r) => r.name)).toEqual(['Print shop']);
    expect(doc.steps.a!.performer).toBe(Object.keys(doc.roles)[0]);
  });
});

describe('arrows: flows and gateways', () => {
  const a = node('a', 'Task', 'Draft');
  const b = node('b', 'Task', 'Publish');
  const c = node('c', 'Task', 'Rework');
  it.each<[string, Partial<BpmnModel>, string[]]>([
    [
      'a direct flow between two tasks is an arrow',
      { nodes: [a, b], flows: [flow('a', 'b', { name: 'done' })] },
      ['Draft>Publish done|||forward'],
    ],
    [
      'an exclusive gateway is the question on the arrows that leave through it; each flow’s name is the answer',
      {
        nodes: [a, b, c, node('g', 'ExclusiveGateway', 'Good enough?')],
        flows: [
          flow('a', 'g'),
          flow('g', 'b', { name: 'yes' }),
          flow('g', 'c', { condition: '${ok == false}' }),
        ],
      },
      [
        'Draft>Publish yes|Good enough?||forward',
        'Draft>Rework ${ok == false}|Good enough?||forward',
      ],
    ],
    [
      'inclusive and event-based gateways decide like exclusive ones',
      {
        nodes: [
          a,
          b,
          c,
          node('g', 'InclusiveGateway', 'Which channels?'),
          node('h', 'EventBasedGateway', 'What comes first?'),
        ],
        flows: [flow('a', 'g'), flow('g', 'b'), flow('b', 'h'), flow('h', 'c')],
      },
      ['Draft>Publish |Which channels?||forward', 'Publish>Rework |What comes first?||forward'],
    ],
    [
      'arrows that pass only parallel gateways are automatic',
      {
        nodes: [a, b, c, node('p', 'ParallelGateway'), node('j', 'ParallelGateway')],
        flows: [flow('a', 'p'), flow('p', 'b'), flow('p', 'c')],
      },
      ['Draft>Publish ||auto|forward', 'Draft>Rework ||auto|forward'],
    ],
    [
      'a chain of gateways collapses into arrows from each step before to each step after',
      {
        nodes: [a, c, b, node('j', 'ExclusiveGateway'), node('g', 'ExclusiveGateway', 'Ready?')],
        flows: [flow('a', 'j'), flow('c', 'j'), flow('j', 'g'), flow('g', 'b', { name: 'yes' })],
      },
      ['Draft>Publish yes|Ready?||forward', 'Rework>Publish yes|Ready?||forward'],
    ],
    [
      'an arrow back to an earlier step is a send-back',
      {
        nodes: [node('s', 'StartEvent', 'Start'), a, b],
        flows: [flow('s', 'a'), flow('a', 'b'), flow('b', 'a', { name: 'again' })],
      },
      ['Draft>Publish |||forward', 'Publish>Draft again|||send-back', 'Start>Draft |||forward'],
    ],
    [
      'an error, escalation or timer boundary event starts an escalation from its activity',
      {
        nodes: [
          a,
          b,
          c,
          node('be', 'BoundaryEvent', '', { attachedTo: 'a', events: ['TimerEventDefinition'] }),
        ],
        flows: [flow('a', 'b'), flow('be', 'c')],
      },
      ['Draft>Publish |||forward', 'Draft>Rework |||escalation'],
    ],
    [
      'a message flow between pools is an arrow between the two steps',
      {
        nodes: [a, node('x', 'Task', 'Client check', { process: 'p2' })],
        flows: [flow('a', 'x', { kind: 'message', name: 'Proof by e-mail' })],
      },
      ['Draft>Client check Proof by e-mail|||forward'],
    ],
  ])('%s', (_, parts, expected) => {
    expect(arrows(mapOf(model(parts)).doc)).toEqual(expected);
  });

  it.each([
    ['Proof by e-mail', 'email'],
    ['Slack chat', 'chat'],
    ['Weekly meeting', 'meeting'],
    ['via the CRM system', 'system'],
    ['Proof', 'unknown'],
  ])('a message flow named “%s” runs through %s', (name, channel) => {
    expect(channelFromName(name)).toBe(channel);
  });

  it(`a gateway cluster that would make more than ${MAX_CLUSTER_ARROWS} arrows stays one step, and the report says so`, () => {
    const before = ['a1', 'a2', 'a3', 'a4'].map((id) => node(id, 'Task', id));
    const after = ['b1', 'b2', 'b3', 'b4'].map((id) => node(id, 'Task', id));
    const result = mapOf(
      model({
        nodes: [...before, ...after, node('g', 'ExclusiveGateway', 'Route?')],
        flows: [...before.map((n) => flow(n.id, 'g')), ...after.map((n) => flow('g', n.id))],
      }),
    );
    expect(result.doc.steps.g?.label).toBe('Route?');
    expect(Object.keys(result.doc.transitions)).toHaveLength(8);
    expect(describeReport(result.report)).toContain('1 gateway cluster kept as a step');
  });
});

describe('information, notes and the report', () => {
  it('data objects are information produced by the writer and required after the reader', () => {
    const { doc } = mapOf(
      model({
        nodes: [
          node('a', 'Task', 'Write brief'),
          node('b', 'Task', 'Plan'),
          node('c', 'Task', 'Build'),
        ],
        flows: [flow('a', 'b'), flow('b', 'c')],
        data: [{ id: 'd', name: 'Campaign brief', ours: null }],
        dataLinks: [
          { activity: 'a', data: 'd', direction: 'output' },
          { activity: 'b', data: 'd', direction: 'input' },
        ],
      }),
    );
    expect(Object.values(doc.information).map((i) => i.name)).toEqual(['Campaign brief']);
    expect(doc.steps.a!.produces).toEqual(['d']);
    const planToBuild = transitionList(doc).find((t) => t.from === 'b')!;
    expect(planToBuild.decision.requires).toEqual(['d']);
  });

  it('a text annotation is the note of the step it is tied to', () => {
    const { doc } = mapOf(
      model({
        nodes: [node('a', 'Task', 'Draft')],
        annotations: [
          { id: 'n1', text: 'Takes two days', targets: ['a'] },
          { id: 'n2', text: 'Loose', targets: [] },
        ],
      }),
    );
    expect(doc.steps.a!.notes).toBe('Takes two days');
  });

  it('reports counts and everything left out', () => {
    const result = mapOf(
      model({
        nodes: [
          node('a', 'Task', 'Draft'),
          node('b', 'Task', 'Publish'),
          node('g', 'ExclusiveGateway', 'OK?'),
          node('be', 'BoundaryEvent', '', { attachedTo: 'a', events: ['ErrorEventDefinition'] }),
          node('be2', 'BoundaryEvent', '', { attachedTo: 'b' }),
        ],
        flows: [flow('a', 'g'), flow('g', 'b')],
        lanes: [
          { id: 'L', name: 'Editor', process: 'p1', parent: null, nodes: ['a', 'b'], ours: null },
        ],
        skipped: { group: 1 },
      }),
    );
    expect(describeReport(result.report)).toBe(
      'Imported 2 steps, 1 arrow, 1 role, 1 decision from gateways; left out: 2 boundary events without a target, 1 group.',
    );
  });

  it('a file with nothing to import is refused with a message that says so', () => {
    const result = bpmnToMap(
      model({ pools: [{ id: 'x', name: 'Client', process: null }] }),
      'm',
      'f',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/nothing a map can hold/);
  });
});
