import { describe, expect, it } from 'vitest';
import {
  bandsOverlap,
  laneBands,
  LANE_LABEL_ROOM,
  LANE_PAD,
  NO_PERFORMER_LANE,
} from '../../../shared/lanes/lanes';
import type { Role, RoleId, StepId } from '../../../shared/model';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const roles: Role[] = [
  { id: 'clerk' as RoleId, name: 'AP clerk', kind: 'role' },
  { id: 'approver' as RoleId, name: 'Approver', kind: 'person' },
];
const at = (id: string, performer: string | null, x: number, y: number) =>
  makeStep(id, { performer: performer as RoleId | null, position: { x, y } });
const transitions = [
  makeTransition('t1', 'receive', 'approve'),
  makeTransition('t2', 'approve', 'pay'),
];
const sizes: Record<string, { width: number; height: number }> = {
  receive: { width: 200, height: 56 },
  approve: { width: 200, height: 120 }, // a long name, three lines
  pay: { width: 200, height: 56 },
};
const size = (id: StepId) => sizes[id]!;

describe('laneBands', () => {
  it('sizes each lane from its steps as drawn, and spans the whole map', () => {
    const doc = makeMap({
      roles,
      steps: [
        at('receive', 'clerk', 0, 0),
        at('approve', 'approver', 240, 160),
        at('pay', null, 480, 400),
      ],
      transitions,
    });
    const bands = laneBands(doc, size);
    expect(bands.map((b) => [b.name, b.top, b.bottom])).toEqual([
      ['AP clerk', -LANE_PAD, 56 + LANE_PAD],
      ['Approver', 160 - LANE_PAD, 280 + LANE_PAD],
      [NO_PERFORMER_LANE, 400 - LANE_PAD, 456 + LANE_PAD],
    ]);
    for (const band of bands) {
      expect(band.left).toBe(-LANE_LABEL_ROOM);
      expect(band.right).toBe(680 + LANE_PAD);
    }
    expect(bandsOverlap(bands)).toBe(false);
  });

  it('lets lanes laid out close together share the room between them', () => {
    const doc = makeMap({
      roles,
      steps: [
        at('receive', 'clerk', 0, 0),
        at('approve', 'approver', 240, 80),
        at('pay', 'clerk', 480, 0),
      ],
      transitions,
    });
    const [clerk, approver] = laneBands(doc, size);
    expect(clerk!.bottom).toBe(approver!.top);
    expect(clerk!.bottom).toBe((56 + 80) / 2);
  });

  it('tells when steps are not in their lanes (drawn before the lanes were turned on)', () => {
    const doc = makeMap({
      roles,
      steps: [
        at('receive', 'clerk', 0, 0),
        at('approve', 'approver', 240, 0),
        at('pay', 'clerk', 480, 200),
      ],
      transitions,
    });
    expect(bandsOverlap(laneBands(doc, size))).toBe(true);
  });
});
