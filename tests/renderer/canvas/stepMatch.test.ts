import { describe, expect, it } from 'vitest';
import { rankByName } from '../../../renderer/src/canvas/stepMatch';

const steps = ['Assign approver', 'Check invoice', 'Re-approve', 'Approve invoice', 'Pay'].map(
  (label) => ({ label }),
);
const names = (query: string) => rankByName(steps, query).map((s) => s.label);

describe('rankByName', () => {
  it('offers names that start with what was typed before names that contain it', () => {
    expect(names('Approve')[0]).toBe('Approve invoice');
    expect(names('approve')).toEqual(['Approve invoice', 'Assign approver', 'Re-approve']);
    expect(names('prove')).toEqual(['Assign approver', 'Re-approve', 'Approve invoice']);
  });

  it('puts a word that starts with it before a match inside a word', () => {
    expect(names('voice')).toEqual(['Check invoice', 'Approve invoice']);
    expect(names('inv')).toEqual(['Check invoice', 'Approve invoice']);
  });

  it('keeps the map order within a group, and everything when nothing is typed', () => {
    expect(names('  ')).toEqual(steps.map((s) => s.label));
    expect(names('zzz')).toEqual([]);
  });
});
