/**
 * Export then import gives back the same map, for the example of docs/file-format.md and for
 * random maps.
 */
import { describe, expect, it } from 'vitest';
import { serializeMapFile, toMapFile } from '../../../shared/file-format/export';
import { parseMapFile } from '../../../shared/file-format/import';
import type { MapDocument } from '../../../shared/model';
import { fixtureText } from './helpers';
import { randomDoc } from './randomDoc';

function reimport(doc: MapDocument): MapDocument {
  const result = parseMapFile(serializeMapFile(doc));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.doc;
}

describe('the portable file round trip', () => {
  it('writes the example of docs/file-format.md back with the same keys, values and order', () => {
    const text = fixtureText('campaign-small-v2.decisionmap.json');
    const parsed = parseMapFile(text);
    if (!parsed.ok) expect.fail(parsed.problems.join('\n'));
    // The fixture is formatted by the repository's formatter; the app writes plain JSON.stringify.
    expect(serializeMapFile(parsed.doc)).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('imports the version 1 example and writes it as version 2: the same map, the new fields empty', () => {
    const parsed = parseMapFile(fixtureText('campaign-small.decisionmap.json'));
    if (!parsed.ok) expect.fail(parsed.problems.join('\n'));
    const v2 = fixtureText('campaign-small-v2.decisionmap.json');
    expect(serializeMapFile(parsed.doc)).toBe(`${JSON.stringify(JSON.parse(v2), null, 2)}\n`);
    expect(parsed.doc.info.notation).toBe('RACI');
  });

  it('is lossless for 200 random maps, and the text is stable', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const doc = randomDoc(seed);
      const back = reimport(doc);
      expect(back, `seed ${seed}`).toEqual(doc);
      expect(back.stepOrder).toEqual(doc.stepOrder);
      expect(back.transitionOrder).toEqual(doc.transitionOrder);
      expect(serializeMapFile(back)).toBe(serializeMapFile(doc));
    }
  });

  it('covers what it claims: every kind, channel and stage across the random maps', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      const doc = randomDoc(seed);
      seen.add(`stage:${doc.info.stage}`);
      Object.values(doc.steps).forEach((s) => seen.add(`step:${s.kind}`));
      Object.values(doc.roles).forEach((r) => seen.add(`role:${r.kind}`));
      Object.values(doc.transitions).forEach((t) => {
        seen.add(`transition:${t.kind}`);
        seen.add(`channel:${t.channel}`);
        if (t.decision.automatic) seen.add('automatic');
        if (t.decision.deciders.length > 1) seen.add('several deciders');
      });
      if (doc.parkingLot.some((p) => p.target !== null)) seen.add('parking target');
    }
    expect(seen.size).toBe(2 + 8 + 3 + 3 + 6 + 3);
  });

  it('writes keys in the order of docs/file-format.md', () => {
    const file = toMapFile(randomDoc(7, { steps: 3, transitions: 2, roles: 1, information: 1 }));
    expect(Object.keys(file)).toEqual(['format', 'version', 'map']);
    expect(Object.keys(file.map)).toEqual([
      'id',
      'name',
      'purpose',
      'stage',
      'derivedFrom',
      'notation',
      'roles',
      'information',
      'steps',
      'transitions',
      'parkingLot',
    ]);
    expect(Object.keys(file.map.steps[0]!)).toEqual([
      'id',
      'label',
      'kind',
      'performer',
      'produces',
      'notes',
      'position',
    ]);
    expect(Object.keys(file.map.transitions[0]!.decision)).toEqual([
      'automatic',
      'question',
      'deciders',
      'consulted',
      'approvers',
      'recommenders',
      'informed',
      'requires',
      'criteria',
      'ifNotMet',
      'onChange',
      'targetHours',
      'observedHours',
    ]);
  });
});
