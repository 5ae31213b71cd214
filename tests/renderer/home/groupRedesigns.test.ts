import { describe, expect, it } from 'vitest';
import type { MapId, MapSummary } from '../../../shared/model';
import { groupRedesigns } from '../../../renderer/src/home/groupRedesigns';

const map = (id: string, derivedFrom: string | null = null): MapSummary => ({
  id: id as MapId,
  name: id,
  stage: derivedFrom ? 'to-be' : 'as-is',
  derivedFrom: derivedFrom as MapId | null,
  stepCount: 0,
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
});

describe('Home order with redesigns', () => {
  it('puts each to-be map right under its as-is map, keeping newest first otherwise', () => {
    const listed = groupRedesigns([map('b-to-be', 'a'), map('c'), map('a'), map('a-to-be-2', 'a')]);
    expect(listed.map((l) => `${l.nested ? '  ' : ''}${l.map.id}`)).toEqual([
      'c',
      'a',
      '  b-to-be',
      '  a-to-be-2',
    ]);
  });

  it('shows a to-be map on its own when its as-is map is not listed', () => {
    expect(groupRedesigns([map('x', 'gone')])).toEqual([{ map: map('x', 'gone'), nested: false }]);
  });
});
