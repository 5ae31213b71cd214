import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/analysis/types';
import type { TransitionId } from '../../../shared/model';
import { diffFindings, findingKey, sortByVotes, votesOf } from '../../../shared/workshop/findings';

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
  const a = found('owner.missing', 't1');
  const b = found('criteria.missing', 't1');
  const c = found('owner.missing', 't2');
  const d = found('gate.no-stop', 't3');

  it.each([
    ['no votes keeps the analysis order', {}, [a, b, c, d]],
    ['most votes first', { 'owner.missing:t2': 5, 'criteria.missing:t1': 2 }, [c, b, a, d]],
    ['ties keep the analysis order', { 'gate.no-stop:t3': 1, 'owner.missing:t1': 1 }, [a, d, b, c]],
    ['votes on findings that are gone change nothing', { 'owner.missing:t9': 9 }, [a, b, c, d]],
  ])('%s', (_name, votes: Record<string, number>, expected) => {
    const input = [a, b, c, d];
    expect(sortByVotes(input, votes)).toEqual(expected);
    expect(input).toEqual([a, b, c, d]);
  });

  it('reads votes as own entries only', () => {
    expect(votesOf(found('constructor', ''), {})).toBe(0);
    expect(votesOf(a, { 'owner.missing:t1': 3 })).toBe(3);
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
