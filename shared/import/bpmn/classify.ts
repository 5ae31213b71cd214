/**
 * What each BPMN element becomes in a map: the mapping rules of issue 17, one small
 * function each, so that each rule has its own table test (tests/shared/import/bpmn).
 */
import type { Channel, StepKind, TransitionKind } from '../../model';
import type { BpmnNode } from './model';

const ACTIVITIES = new Set([
  'Task',
  'UserTask',
  'ManualTask',
  'ServiceTask',
  'ScriptTask',
  'BusinessRuleTask',
  'SendTask',
  'ReceiveTask',
  'SubProcess',
  'AdHocSubProcess',
  'Transaction',
  'CallActivity',
]);
const EVENTS = new Set([
  'StartEvent',
  'EndEvent',
  'IntermediateCatchEvent',
  'IntermediateThrowEvent',
]);
/** Gateways where someone (or a rule) chooses the way: their name is the question. */
const DECIDING = new Set([
  'ExclusiveGateway',
  'EventBasedGateway',
  'InclusiveGateway',
  'ComplexGateway',
]);

/** How an element takes part in the map. */
export type Role = 'step' | 'deciding-gateway' | 'parallel-gateway' | 'boundary' | 'other';

export function roleOf(type: string): Role {
  if (ACTIVITIES.has(type) || EVENTS.has(type)) return 'step';
  if (DECIDING.has(type)) return 'deciding-gateway';
  if (type === 'ParallelGateway') return 'parallel-gateway';
  if (type === 'BoundaryEvent') return 'boundary';
  return 'other';
}

export const isActivity = (type: string) => ACTIVITIES.has(type);

/**
 * The kind of step an element is. `external`: an activity in another organisation's pool
 * (any pool but the one holding most of the work). Approval and review are read from the
 * task's name, since BPMN has no such types and people name them so.
 */
export function stepKindOf(node: BpmnNode, foreignPool: boolean): StepKind {
  const { type, events } = node;
  if (type === 'StartEvent') return 'start';
  if (type === 'EndEvent') return 'end';
  const message = events.includes('MessageEventDefinition');
  if (type === 'IntermediateCatchEvent') return message ? 'handoff' : 'wait';
  if (type === 'IntermediateThrowEvent') return message ? 'handoff' : 'task';
  if (foreignPool) return 'external';
  if (type === 'SendTask' || type === 'ReceiveTask') return 'handoff';
  // "Approve invoice", "Approval", "Sign-off" — not "Assign approver", which names a person.
  if (/\b(approve[sd]?|approval|approving|sign[-\s]?off|signs?\s+off)\b/i.test(node.name))
    return 'approval';
  if (/\breview\w*\b/i.test(node.name)) return 'review';
  return 'task';
}

/** Boundary events that interrupt the normal way: the arrow they start is an escalation. */
export function boundaryArrowKind(node: BpmnNode): TransitionKind {
  const escalating = ['ErrorEventDefinition', 'EscalationEventDefinition', 'TimerEventDefinition'];
  return node.events.some((e) => escalating.includes(e)) ? 'escalation' : 'forward';
}

/** A message flow's channel, when its name says it; otherwise unknown. */
export function channelFromName(name: string): Channel {
  if (/\be-?mail\w*\b/i.test(name)) return 'email';
  if (/\b(chat|slack|teams message|instant message)\b/i.test(name)) return 'chat';
  if (/\b(meeting|call|workshop)\b/i.test(name)) return 'meeting';
  if (/\b(system|portal|api|tool|crm|erp)\b/i.test(name)) return 'system';
  return 'unknown';
}

/** A label for an element without a name, so no step is blank on the canvas. */
export function fallbackLabel(node: BpmnNode): string {
  return node.type
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^(\w)(.*)$/, (_, a, b) => a + b.toLowerCase());
}
