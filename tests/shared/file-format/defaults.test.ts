/** Lenient about what a file leaves out: missing optional fields get their empty values. */
import { describe, expect, it } from 'vitest';
import { parseMapFile } from '../../../shared/file-format/import';
import { COLUMN_WIDTH, ROW_HEIGHT } from '../../../shared/file-format/layout';
import { emptyDecision } from '../../../shared/model';
import { minimalFile } from './helpers';

function accepted(text: string) {
  const result = parseMapFile(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.doc;
}

describe('missing optional fields', () => {
  it('give an empty map its defaults', () => {
    const doc = accepted(minimalFile({}));
    expect(doc).toEqual({
      info: {
        id: 'm-1',
        name: 'Minimal',
        purpose: '',
        stage: 'as-is',
        derivedFrom: null,
        notation: 'RACI',
      },
      steps: {},
      stepOrder: [],
      transitions: {},
      transitionOrder: [],
      roles: {},
      information: {},
      parkingLot: [],
      votes: {},
    });
  });

  it('give elements their defaults; a decision needs only `automatic`', () => {
    const doc = accepted(
      minimalFile({
        roles: [{ id: 'r', name: 'Owner' }],
        information: [{ id: 'i', name: 'Brief' }],
        steps: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B', kind: 'end' },
        ],
        transitions: [{ id: 't', from: 'a', to: 'b', decision: { automatic: false } }],
        parkingLot: [{ id: 'p', text: 'Who owns this?' }],
      }),
    );
    expect(doc.roles.r).toEqual({ id: 'r', name: 'Owner', kind: 'role' });
    expect(doc.information.i).toEqual({ id: 'i', name: 'Brief', external: false });
    expect(doc.steps.a).toMatchObject({ kind: 'task', performer: null, produces: [], notes: '' });
    expect(doc.transitions.t).toEqual({
      id: 't',
      from: 'a',
      to: 'b',
      label: '',
      kind: 'forward',
      channel: 'unknown',
      decision: emptyDecision,
    });
    expect(doc.parkingLot).toEqual([{ id: 'p', text: 'Who owns this?', target: null }]);
  });

  it('accept empty decision fields and null hours as the as-is normal', () => {
    const decision = {
      automatic: true,
      question: '',
      deciders: [],
      criteria: [],
      targetHours: null,
      observedHours: null,
    };
    const doc = accepted(
      minimalFile({
        steps: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        transitions: [{ id: 't', from: 'a', to: 'b', decision }],
      }),
    );
    expect(doc.transitions.t!.decision).toEqual({ ...emptyDecision, automatic: true });
  });

  it('lay out steps without positions in columns by distance from the start', () => {
    const doc = accepted(
      minimalFile({
        steps: [
          { id: 'c', label: 'C' },
          { id: 'a', label: 'A', kind: 'start' },
          { id: 'b1', label: 'B1' },
          { id: 'b2', label: 'B2' },
          { id: 'lonely', label: 'Unconnected', kind: 'wait' },
        ],
        transitions: ['a>b1', 'a>b2', 'b1>c', 'c>a'].map((pair, i) => {
          const [from, to] = pair.split('>');
          return {
            id: `t${i}`,
            from,
            to,
            kind: i === 3 ? 'send-back' : 'forward',
            decision: { automatic: true },
          };
        }),
      }),
    );
    const at = (id: string) => doc.steps[id]!.position;
    expect(at('a')).toEqual({ x: 0, y: 0 });
    expect(at('b1')).toEqual({ x: COLUMN_WIDTH, y: 0 });
    expect(at('b2')).toEqual({ x: COLUMN_WIDTH, y: ROW_HEIGHT });
    expect(at('c')).toEqual({ x: 2 * COLUMN_WIDTH, y: 0 });
    // Nothing leads into `lonely` either, so it is a root of its own in column 0.
    expect(at('lonely')).toEqual({ x: 0, y: ROW_HEIGHT });
  });

  it('keep given positions and put laid-out steps below them', () => {
    const doc = accepted(
      minimalFile({
        steps: [
          { id: 'a', label: 'A', position: { x: 500, y: 300 } },
          { id: 'b', label: 'B' },
        ],
        transitions: [{ id: 't', from: 'a', to: 'b', decision: { automatic: true } }],
      }),
    );
    expect(doc.steps.a!.position).toEqual({ x: 500, y: 300 });
    expect(doc.steps.b!.position).toEqual({ x: COLUMN_WIDTH, y: 300 + ROW_HEIGHT });
  });

  it('read a file that starts with a byte-order mark', () => {
    expect(accepted(`\ufeff${minimalFile({})}`).info.name).toBe('Minimal');
  });
});
