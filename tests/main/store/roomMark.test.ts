/**
 * The room's mark on a decision (issue 19) is stored with the decision's JSON: accepting a
 * room's answer survives a reload of the workspace, and so does the hand edit that took it off.
 */
import { describe, expect, it } from 'vitest';
import type { MapId, TransitionId } from '../../../shared/model';
import { applyOps } from '../../support/applyOps';
import { makeStep, makeTransition } from '../../support/makeMap';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';

const t1 = 't1' as TransitionId;

async function decisionAfterReload(dir: string, id: MapId) {
  const reopened = openTestWorkspace(dir);
  const { doc } = await reopened.handlers['map:open']({ id });
  reopened.close();
  return doc.transitions[t1]!.decision;
}

describe("the room's mark in the workspace", () => {
  it('is kept across a reload, and so is its removal by a hand edit', async () => {
    const dir = tempDir();
    const workspace = openTestWorkspace(dir);
    const { id } = await workspace.handlers['maps:create']({ name: 'Workshop' });
    await applyOps(workspace.handlers, id, [
      {
        type: 'elements/add',
        steps: [makeStep('a', { kind: 'start' }), makeStep('b')],
        transitions: [makeTransition('t1', 'a', 'b')],
      },
      // What accepting the room's answers to "what" and "change" does (shared/room/accept.ts).
      {
        type: 'decision/update',
        id: t1,
        patch: { question: 'Go live?', onChange: 'Ask the CMO', fromRoom: ['what', 'change'] },
      },
    ]);
    workspace.close();
    expect((await decisionAfterReload(dir, id)).fromRoom).toEqual(['what', 'change']);

    const again = openTestWorkspace(dir);
    await applyOps(again.handlers, id, [
      { type: 'decision/update', id: t1, patch: { question: 'Go live this week?' } },
    ]);
    again.close();
    const decision = await decisionAfterReload(dir, id);
    expect(decision.question).toBe('Go live this week?');
    expect(decision.fromRoom).toEqual(['change']);
  });
});
