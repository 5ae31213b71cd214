/** Import into a workspace: only colliding ids change, and every reference follows them. */
import { describe, expect, it } from 'vitest';
import { remapCollidingIds, type IdKind } from '../../../shared/file-format/idRemap';
import { parseMapFile } from '../../../shared/file-format/import';
import { serializeMapFile } from '../../../shared/file-format/export';
import { example } from './helpers';
import { randomDoc } from './randomDoc';

function exampleDoc() {
  const result = parseMapFile(JSON.stringify(example()));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.doc;
}

const counter = () => {
  let n = 0;
  return (kind: IdKind, old: string) => `${old}~${kind}${n++}`;
};

describe('remapCollidingIds', () => {
  it('returns the same map when nothing collides', () => {
    const doc = exampleDoc();
    const result = remapCollidingIds(doc, () => false, counter());
    expect(result.doc).toBe(doc);
    expect(result.renamed.size).toBe(0);
  });

  it('replaces a taken map id and nothing else', () => {
    const doc = exampleDoc();
    const { doc: next, renamed } = remapCollidingIds(
      doc,
      (id, kind) => kind === 'map' && id === 'm-campaign',
      counter(),
    );
    expect(next.info.id).toBe('m-campaign~map0');
    expect([...renamed]).toEqual([['m-campaign', 'm-campaign~map0']]);
    expect({ ...next, info: { ...next.info, id: doc.info.id } }).toEqual(doc);
  });

  it('rewrites every reference to a replaced role, information item, step and transition', () => {
    const doc = exampleDoc();
    const taken = new Set(['r-cmo', 'i-brief', 's-draft', 't-1']);
    const { doc: next } = remapCollidingIds(doc, (id) => taken.has(id), counter());
    const text = serializeMapFile(next);
    for (const old of taken) expect(text).not.toMatch(new RegExp(`"${old}"`));
    expect(next.steps['s-draft~step2']).toMatchObject({ produces: ['i-brief~information1'] });
    expect(next.steps['s-review']).toMatchObject({ performer: 'r-cmo~role0' });
    expect(next.transitions['t-1~transition3']).toMatchObject({
      from: 's-draft~step2',
      decision: { deciders: ['r-cmo~role0'], requires: ['i-brief~information1', 'i-brand'] },
    });
    expect(next.parkingLot[0]!.target).toBe('t-1~transition3');
    expect(parseMapFile(text).ok).toBe(true);
  });

  it('never picks an id that is taken or already in the map', () => {
    const doc = exampleDoc();
    const proposals = ['s-review', 'busy', 'fresh'];
    const { doc: next } = remapCollidingIds(
      doc,
      (id) => id === 's-draft' || id === 'busy',
      () => proposals.shift()!,
    );
    expect(next.stepOrder).toEqual(['fresh', 's-review']);
  });

  it('keeps random maps valid and equal up to renaming when every id collides', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const doc = randomDoc(seed);
      const { doc: next, renamed } = remapCollidingIds(doc, (id) => !id.includes('~'), counter());
      expect(parseMapFile(serializeMapFile(next)).ok).toBe(true);
      const back = remapCollidingIds(
        next,
        (id) => id.includes('~'),
        (_kind, id) => id.slice(0, id.lastIndexOf('~')),
      );
      expect(back.doc, `seed ${seed}`).toEqual(doc);
      expect(renamed.size).toBe(back.renamed.size);
    }
  });

  it('throws when the id generator keeps proposing taken ids', () => {
    expect(() =>
      remapCollidingIds(
        exampleDoc(),
        () => true,
        () => 'same',
      ),
    ).toThrow(/no free id/);
  });
});
