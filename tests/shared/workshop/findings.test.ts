import { describe, expect, it } from 'vitest';
import type { Finding, Question } from '../../../shared/analysis/types';
import type { StepId, TransitionId } from '../../../shared/model';
import {
  diffFindings,
  findingKey,
  sortByVotes,
  topVoted,
  votesOf,
} from '../../../shared/workshop/findings';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

/** A finding of `rule` whose targets are the given transitions, first first. */
function found(rule: string, ...targets: string[]): Finding {
  return {
    rule,
    severity: 'warning',
    question: 'flow',
    message: `${rule} on ${targets.join(', ')}`,
    prompt: '',
    targets: targets.map((id) => ({ kind: 'transition', id: id as TransitionId })),
  };
}

describe('findingKey', () => {
  it('is the rule and the first target, whatever else the finding says', () => {
    expect(findingKey(found('owner.missing', 't1'))).toBe('owner.missing:t1');
    expect(findingKey(found('flow.rework-loop', 't3', 't1', 't2'))).toBe('flow.rework-loop:t3');
    expect(findingKey({ ...found('owner.missing', 't1'), message: 'renamed step' })).toBe(
      'owner.missing:t1',
    );
  });
});

describe('sortByVotes', () => {
  // Drawn backwards: t3 first, t1 last; the work meets t1, then t2, then t3.
  const doc = makeMap({
    steps: [
      makeStep('end', { kind: 'end' }),
      makeStep('mid'),
      makeStep('start', { kind: 'start' }),
      makeStep('next'),
    ],
    transitions: [
      makeTransition('t3', 'next', 'end'),
      makeTransition('t2', 'mid', 'next'),
      makeTransition('t1', 'start', 'mid'),
    ],
  });
  const blocker = (rule: string, question: Question, target: string) => ({
    ...found(rule, target),
    severity: 'blocker' as const,
    question,
  });
  // In the analysis's order: blockers by question, then warnings, then notes.
  const a = blocker('owner.missing', 'who', 't3');
  const b = blocker('criteria.missing', 'good', 't1');
  const c = found('gate.no-stop', 't2');
  const d = found('flow.informal-channel', 't1');
  const e = { ...found('flow.checkpoint-stack', 't2'), severity: 'note' as const };
  const f: Finding = {
    ...found('flow.dead-end'),
    targets: [{ kind: 'step', id: 'mid' as StepId }],
  };
  const all = [a, b, c, d, f, e];

  it.each([
    ['no votes: blockers first, each severity in flow order', {}, [b, a, d, f, c, e]],
    [
      'one list across severities and questions: a voted note beats unvoted blockers',
      { 'flow.checkpoint-stack:t2': 3 },
      [e, b, a, d, f, c],
    ],
    [
      'most votes first, whatever the group',
      { 'gate.no-stop:t2': 1, 'flow.checkpoint-stack:t2': 3, 'owner.missing:t3': 2 },
      [e, a, c, b, d, f],
    ],
    [
      'ties by severity, then flow order (a step before the arrow that leaves it)',
      { 'flow.dead-end:mid': 1, 'gate.no-stop:t2': 1, 'owner.missing:t3': 1 },
      [a, f, c, b, d, e],
    ],
    [
      'votes on findings that are gone change nothing',
      { 'owner.missing:t9': 9 },
      [b, a, d, f, c, e],
    ],
  ])('%s', (_name, votes: Record<string, number>, expected) => {
    const input = [...all];
    expect(sortByVotes(input, votes, doc)).toEqual(expected);
    expect(input).toEqual(all);
  });

  it('puts a finding on no element, or on one that is gone, after the rest of its severity', () => {
    const none: Finding = { ...found('flow.dead-end'), targets: [] };
    const gone = found('gate.no-stop', 't9');
    expect(sortByVotes([none, gone, c, d], {}, doc)).toEqual([d, c, none, gone]);
  });

  it('reads votes as own entries only', () => {
    expect(votesOf(found('constructor', ''), {})).toBe(0);
    expect(votesOf(a, { 'owner.missing:t3': 3 })).toBe(3);
  });
});

describe('topVoted', () => {
  const doc = makeMap({
    steps: [makeStep('s1', { kind: 'start' }), makeStep('s2'), makeStep('s3', { kind: 'end' })],
    transitions: [makeTransition('t1', 's1', 's2'), makeTransition('t2', 's2', 's3')],
  });
  const findings = [
    found('owner.missing', 't1'),
    found('owner.missing', 't2'),
    found('gate.no-stop', 't1'),
    found('gate.no-stop', 't2'),
  ];

  it('is the three most voted findings, and only voted ones', () => {
    const votes = { 'gate.no-stop:t2': 4, 'owner.missing:t2': 1, 'gate.no-stop:t1': 2 };
    expect(topVoted(findings, votes, doc).map(findingKey)).toEqual([
      'gate.no-stop:t2',
      'gate.no-stop:t1',
      'owner.missing:t2',
    ]);
    expect(topVoted(findings, { ...votes, 'owner.missing:t1': 1 }, doc)).toHaveLength(3);
    expect(topVoted(findings, { 'owner.missing:t1': 1 }, doc).map(findingKey)).toEqual([
      'owner.missing:t1',
    ]);
    expect(topVoted(findings, {}, doc)).toEqual([]);
  });
});

describe('diffFindings', () => {
  const x = found('owner.missing', 't1');
  const y = found('criteria.vague', 't2');
  const z = found('gate.no-stop', 't3');

  it.each([
    ['nothing changed', [x, y], [x, y], [], []],
    ['one fixed, one new', [x, y], [y, z], [x], [z]],
    ['a finding with a new message is the same finding', [x], [{ ...x, message: 'other' }], [], []],
    [
      'the same rule on another element is another finding',
      [x],
      [found('owner.missing', 't2')],
      [x],
      [found('owner.missing', 't2')],
    ],
    [
      'two of a key before, one after: one resolved',
      [y, { ...y, message: '2nd' }],
      [y],
      [{ ...y, message: '2nd' }],
      [],
    ],
    [
      'one of a key before, two after: one introduced',
      [y],
      [y, { ...y, message: '2nd' }],
      [],
      [{ ...y, message: '2nd' }],
    ],
  ])('%s', (_name, before, after, resolved, introduced) => {
    expect(diffFindings(before, after)).toEqual({ resolved, introduced });
  });
});
