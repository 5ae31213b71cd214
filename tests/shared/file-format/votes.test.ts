/** Dot votes in the portable file: optional in version 1, lossless, checked, re-keyed on import. */
import { describe, expect, it } from 'vitest';
import { serializeMapFile, toMapFile } from '../../../shared/file-format/export';
import { remapCollidingIds } from '../../../shared/file-format/idRemap';
import { parseMapFile } from '../../../shared/file-format/import';
import type { MapDocument } from '../../../shared/model';
import { example, exampleWith, fixtureText, problemsOf } from './helpers';

function parsed(text: string): MapDocument {
  const result = parseMapFile(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.doc;
}

const VOTES = { 'owner.missing:t-1': 4, 'criteria.vague:s-review': 1 };

describe('votes in the map file', () => {
  it('reads votes and writes them back, after the parking lot', () => {
    const doc = parsed(exampleWith((f) => (f.map.votes = VOTES)));
    expect(doc.votes).toEqual(VOTES);
    const file = toMapFile(doc);
    expect(Object.keys(file.map).slice(-2)).toEqual(['parkingLot', 'votes']);
    expect(parsed(serializeMapFile(doc))).toEqual(doc);
  });

  it('leaves them out of the file when there are none, so the file is as before', () => {
    const text = fixtureText('campaign-small-v2.decisionmap.json');
    const doc = parsed(text);
    expect(doc.votes).toEqual({});
    expect('votes' in toMapFile(doc).map).toBe(false);
    expect(serializeMapFile(doc)).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it.each([
    ['a count of 0', { 'owner.missing:t-1': 0 }, 'map.votes.owner.missing:t-1 must be at least 1.'],
    [
      'a fractional count',
      { 'owner.missing:t-1': 1.5 },
      'map.votes.owner.missing:t-1 must be a whole number, not 1.5.',
    ],
    [
      'a count as text',
      { 'owner.missing:t-1': '3' },
      'map.votes.owner.missing:t-1 must be a number, not text.',
    ],
    [
      'a key that is not rule:id',
      { 'owner missing': 2 },
      'map.votes has a key Decision Map cannot read, "owner missing": a vote key is a rule id and an element id joined by a colon, like owner.missing:t-1.',
    ],
    ['a list', [], 'map.votes must be an object, not a list.'],
  ])('refuses %s, naming votes', (_name, votes, problem) => {
    expect(problemsOf(exampleWith((f) => (f.map.votes = votes)))).toEqual([problem]);
  });

  it('re-keys votes when an element id is replaced on import', () => {
    const doc = parsed(JSON.stringify({ ...example(), map: { ...example().map, votes: VOTES } }));
    const { doc: next } = remapCollidingIds(
      doc,
      (id) => id === 't-1',
      (kind, old) => `${old}~${kind}`,
    );
    expect(next.votes).toEqual({
      'owner.missing:t-1~transition': 4,
      'criteria.vague:s-review': 1,
    });
  });
});
