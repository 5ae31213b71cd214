import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis/engine';
import type { RoleId } from '../../../shared/model';
import { applyOperations } from '../../../shared/operations/apply';
import { invertOperation } from '../../../shared/operations/invert';
import type { Operation } from '../../../shared/operations/types';
import { acceptOps, parkOps, revealOps } from '../../../shared/room/accept';
import type { RoomProposal } from '../../../shared/room/facilitator';
import { decisionViewSchema } from '../../../shared/room/messages';
import { decisionViewOf } from '../../../shared/room/view';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const doc = makeMap({
  steps: [
    makeStep('a', { label: 'Draft brief', kind: 'start' }),
    makeStep('b', { label: 'Review' }),
  ],
  transitions: [makeTransition('t1', 'a', 'b', { decision: { deciders: ['r-cmo' as RoleId] } })],
  roles: [{ id: 'r-cmo' as RoleId, name: 'CMO', kind: 'person' }],
});
const ids = () => {
  let n = 0;
  return (prefix: string) => `${prefix}-new${++n}`;
};
const answer = (question: RoomProposal['question'], text: string): RoomProposal => ({
  id: 'p1',
  from: 'Ana',
  kind: 'answer',
  transition: 't1',
  question,
  text,
  status: 'open',
});

describe("the room's mark on an accepted answer", () => {
  const newId = ids();
  const accepted = (q: RoomProposal['question'], text: string, on = doc) =>
    applyOperations(on, acceptOps(on, answer(q, text), newId));

  it('names the questions the room answered, once each', () => {
    let next = accepted('who', 'Head of brand');
    next = accepted('change', 'Back to the brief owner', next);
    next = accepted('who', 'Finance', next);
    expect(next.transitions['t1']!.decision.fromRoom).toEqual(['change', 'who']);
    // A decision the room never answered has no mark at all.
    expect('fromRoom' in doc.transitions['t1']!.decision).toBe(false);
  });

  it('goes when the facilitator edits that question by hand, and comes back on undo', () => {
    const marked = accepted(
      'change',
      'Back to the brief owner',
      accepted('what', 'Is it complete?'),
    );
    const edit: Operation = {
      type: 'decision/update',
      id: 't1' as never,
      patch: { onChange: 'Ask the CMO' },
    };
    const edited = applyOperations(marked, [edit]);
    expect(edited.transitions['t1']!.decision.fromRoom).toEqual(['what']);
    // An edit of another question leaves the mark alone.
    const other = applyOperations(marked, [
      { type: 'decision/update', id: 't1' as never, patch: { consulted: ['r-cmo' as RoleId] } },
    ]);
    expect(other.transitions['t1']!.decision.fromRoom).toEqual(['what', 'change']);
    expect(applyOperations(edited, invertOperation(marked, edit))).toEqual(marked);
    // The last mark gone: no empty list is kept.
    const bare = applyOperations(edited, [
      { type: 'decision/update', id: 't1' as never, patch: { question: 'Done?' } },
    ]);
    expect('fromRoom' in bare.transitions['t1']!.decision).toBe(false);
  });
});

describe('an accepted answer', () => {
  it('adds a new role as decider, or finds an existing one by name', () => {
    const added = applyOperations(doc, acceptOps(doc, answer('who', 'Head of brand'), ids()));
    expect(added.roles['r-new1']).toEqual({ id: 'r-new1', name: 'Head of brand', kind: 'role' });
    expect(added.transitions['t1']!.decision.deciders).toEqual(['r-cmo', 'r-new1']);
    // Already the decider: nothing to do.
    expect(acceptOps(doc, answer('who', ' cmo '), ids())).toEqual([]);
  });

  it('sets the question and the change rule, adds a criterion and a needed item', () => {
    let next = doc;
    for (const [q, text] of [
      ['what', 'Is the brief complete?'],
      ['change', 'Back to the brief owner'],
      ['good', 'Budget approved in writing'],
      ['information', 'Campaign brief'],
    ] as const) {
      next = applyOperations(next, acceptOps(next, answer(q, text), ids()));
    }
    const d = next.transitions['t1']!.decision;
    expect(d.question).toBe('Is the brief complete?');
    expect(d.onChange).toBe('Back to the brief owner');
    expect(d.criteria).toEqual(['Budget approved in writing']);
    expect(d.requires.map((i) => next.information[i]!.name)).toEqual(['Campaign brief']);
  });

  it('is undone by the inverse of its operations: the map is as before', () => {
    const ops = acceptOps(doc, answer('who', 'Head of brand'), ids());
    // As the history undoes one edit: each operation's inverse, last first.
    const inverses: Operation[][] = [];
    let at = doc;
    for (const op of ops) {
      inverses.unshift([...invertOperation(at, op)]);
      at = applyOperations(at, [op]);
    }
    expect(applyOperations(at, inverses.flat())).toEqual(doc);
  });

  it('changes nothing when its arrow was removed meanwhile', () => {
    expect(acceptOps(doc, { ...answer('what', 'x'), transition: 'gone' }, ids())).toEqual([]);
  });
});

describe('parking and the reveal', () => {
  it('parks a question on its arrow and an answer with its question', () => {
    const q: RoomProposal = { ...answer(null, 'Who pays?'), kind: 'question' };
    expect(applyOperations(doc, parkOps(doc, q, ids())).parkingLot).toEqual([
      { id: 'p-new1', text: 'Who pays?', target: 't1' },
    ]);
    const parked = applyOperations(doc, parkOps(doc, answer('who', 'Legal'), ids())).parkingLot[0]!;
    expect(parked.text).toBe('Who decides? The room proposed: “Legal”');
  });

  it('adds the revealed dots to the votes the map has', () => {
    const voted = { ...doc, votes: { 'owner.missing:t1': 2 } };
    const next = applyOperations(
      voted,
      revealOps(voted, { 'owner.missing:t1': 3, 'x:t1': 0, 'y:t1': 1 }),
    );
    expect(next.votes).toEqual({ 'owner.missing:t1': 5, 'y:t1': 1 });
  });
});

describe('the decision as phones show it', () => {
  it('names the arrow, the five answers with their gaps, and findings to vote on, within the contract', () => {
    const view = decisionViewOf(doc, analyzeMap(doc), 't1' as never, 0, 1);
    expect(decisionViewSchema.safeParse(view).success).toBe(true);
    expect(view.arrow).toBe('Draft brief → Review');
    expect(view.answers.map((a) => a.question)).toEqual([
      'what',
      'who',
      'information',
      'good',
      'change',
    ]);
    expect(view.answers[1]).toMatchObject({ answer: 'CMO', answered: true, ask: null });
    expect(view.answers[3]).toMatchObject({ answered: false });
    expect(view.answers[3]!.ask).not.toBeNull();
    expect(view.findings.length).toBeGreaterThan(0);
    expect(new Set(view.findings.map((f) => f.key)).size).toBe(view.findings.length);
  });
});
