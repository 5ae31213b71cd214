/** "Start redesign", the link Home groups maps by, and the map row's parking lot and votes. */
import { describe, expect, it } from 'vitest';
import type { MapId, StepId } from '../../../shared/model';
import { toBeName } from '../../../main/service/session';
import { makeStep, makeTransition } from '../../support/makeMap';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';
import { applyOps } from '../../support/applyOps';

describe('start redesign', () => {
  it('copies an as-is map whole, with the same element ids, as a to-be map linked to it', async () => {
    const { handlers } = openTestWorkspace();
    const asIs = await handlers['maps:createFromExample']({ example: 'campaign-launch' });
    await applyOps(handlers, asIs.id, [
      { type: 'parking/add', item: { id: 'p-new', text: 'Who signs off?', target: null } },
      { type: 'votes/set', key: 'owner.missing:t-1', count: 4 },
    ]);
    const before = (await handlers['map:open']({ id: asIs.id })).doc;

    const toBe = await handlers['maps:startRedesign']({ id: asIs.id });
    expect(toBe).toMatchObject({
      name: 'Campaign launch (to-be)',
      stage: 'to-be',
      derivedFrom: asIs.id,
      stepCount: asIs.stepCount,
    });
    expect(toBe.id).not.toBe(asIs.id);
    const copied = (await handlers['map:open']({ id: toBe.id })).doc;
    expect(copied.info).toEqual({
      ...before.info,
      id: toBe.id,
      name: 'Campaign launch (to-be)',
      stage: 'to-be',
      derivedFrom: asIs.id,
    });
    expect({ ...copied, info: before.info }).toStrictEqual(before);

    // Editing the to-be map leaves the as-is map alone.
    await applyOps(handlers, toBe.id, [
      { type: 'elements/remove', stepIds: [before.stepOrder[1]!], transitionIds: [] },
    ]);
    expect((await handlers['map:open']({ id: asIs.id })).doc).toStrictEqual(before);
  });

  it('lists each map with the map it was derived from', async () => {
    const { handlers } = openTestWorkspace();
    const asIs = await handlers['maps:create']({ name: 'Onboarding' });
    const first = await handlers['maps:startRedesign']({ id: asIs.id });
    const second = await handlers['maps:startRedesign']({ id: asIs.id });
    const list = await handlers['maps:list']({});
    const links = Object.fromEntries(list.map((m) => [m.id, m.derivedFrom]));
    expect(links).toEqual({ [asIs.id]: null, [first.id]: asIs.id, [second.id]: asIs.id });
    expect(second.name).toBe('Onboarding (to-be)');
  });

  it('refuses a to-be map and a map in the trash', async () => {
    const { handlers } = openTestWorkspace();
    const asIs = await handlers['maps:create']({ name: 'Onboarding' });
    const toBe = await handlers['maps:startRedesign']({ id: asIs.id });
    await expect(async () => handlers['maps:startRedesign']({ id: toBe.id })).rejects.toMatchObject(
      { code: 'REDESIGN_NEEDS_AS_IS' },
    );
    await handlers['maps:delete']({ id: asIs.id });
    await expect(async () => handlers['maps:startRedesign']({ id: asIs.id })).rejects.toMatchObject(
      { code: 'MAP_NOT_FOUND' },
    );
    expect((await handlers['maps:list']({})).map((m) => m.id)).toEqual([toBe.id]);
  });

  it('names the to-be map after the as-is map, within the name limit', () => {
    expect(toBeName('Campaign launch (as-is)')).toBe('Campaign launch (to-be)');
    expect(toBeName('Purchasing')).toBe('Purchasing (to-be)');
    const long = toBeName('x'.repeat(200));
    expect(long).toHaveLength(200);
    expect(long.endsWith(' (to-be)')).toBe(true);
  });
});

describe('the map row', () => {
  it('keeps parked questions and votes across a reopen, and duplicates them with the map', async () => {
    const dir = tempDir();
    const workspace = openTestWorkspace(dir);
    const { id } = await workspace.handlers['maps:create']({ name: 'Workshop' });
    await applyOps(workspace.handlers, id, [
      {
        type: 'elements/add',
        steps: [makeStep('a'), makeStep('b')],
        transitions: [makeTransition('t1', 'a', 'b')],
      },
      { type: 'parking/add', item: { id: 'p1', text: 'Budget owner?', target: 't1' } },
      { type: 'parking/add', item: { id: 'p2', text: 'Is legal needed?', target: 'b' } },
      { type: 'votes/set', key: 'owner.missing:t1', count: 3 },
    ]);
    // The removal re-targets p2 to the map, and must write the map row to say so.
    await applyOps(workspace.handlers, id, [
      { type: 'elements/remove', stepIds: ['b' as StepId], transitionIds: [] },
    ]);
    const expected = (await workspace.handlers['map:open']({ id })).doc;
    expect(expected.parkingLot).toEqual([
      { id: 'p1', text: 'Budget owner?', target: null },
      { id: 'p2', text: 'Is legal needed?', target: null },
    ]);
    const copy = await workspace.handlers['maps:duplicate']({ id });
    workspace.close();

    const reopened = openTestWorkspace(dir);
    expect((await reopened.handlers['map:open']({ id })).doc).toStrictEqual(expected);
    const copied = (await reopened.handlers['map:open']({ id: copy.id as MapId })).doc;
    expect([copied.parkingLot, copied.votes]).toEqual([
      expected.parkingLot,
      { 'owner.missing:t1': 3 },
    ]);
  });
});
