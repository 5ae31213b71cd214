/**
 * An export always imports (issue 12, item 8): whatever `map:apply` can make — within the
 * one table of limits, at its edges — the file export writes and import reads back equal.
 * Maps are built the way the app builds them: operations checked by the contract's schema
 * and applied by the reducer, never assembled by hand.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/content/limits';
import { serializeMapFile, toMapFile } from '../../../shared/file-format/export';
import { parseMapFile } from '../../../shared/file-format/import';
import { mapFileBytes } from '../../../shared/file-format/size';
import {
  CHANNELS,
  ROLE_KINDS,
  STEP_KINDS,
  TRANSITION_KINDS,
  emptyMap,
  type MapDocument,
  type MapId,
} from '../../../shared/model';
import { applyOperations } from '../../../shared/operations/apply';
import { operationSchema } from '../../../shared/operations/schema';
import type { Operation } from '../../../shared/operations/types';
import { makeRng, randomOps, type Rng } from '../../support/randomOps';
import { randomDoc } from './randomDoc';

/** Characters of every width and the ones JSON escapes; whole pairs only. */
const ALPHABET = [
  'a',
  'Z',
  '7',
  ' ',
  '-',
  'é',
  '€',
  '“',
  '"',
  '\\',
  '/',
  '\n',
  '\t',
  '\u0001',
  '\u2028',
  '🚀',
  '𝔘',
];

/** Text of exactly `length` UTF-16 units, or one less when a pair would not fit. */
function textOf(rng: Rng, length: number): string {
  let out = '';
  while (out.length < length) {
    const next = rng.pick(ALPHABET);
    if (out.length + next.length > length) break;
    out += next;
  }
  return out;
}

/** A length: often at the edges of [min, max], otherwise anywhere in it. */
function lengthUpTo(rng: Rng, min: number, max: number): number {
  const roll = rng.next();
  if (roll < 0.2) return max;
  if (roll < 0.3) return min;
  return rng.int(min, Math.min(max, 40));
}

function text(rng: Rng, max: number): string {
  return textOf(rng, lengthUpTo(rng, 0, max));
}

/** Ids as odd as the rules allow: any characters, up to the longest, unique in the map. */
function idMaker(rng: Rng) {
  const used = new Set<string>();
  return (): string => {
    for (;;) {
      const id = textOf(rng, lengthUpTo(rng, 1, LIMITS.id));
      if (id !== '' && id.trim() !== '' && !used.has(id) && parsesAsId(id)) {
        used.add(id);
        return id;
      }
    }
  };
}

const parsesAsId = (id: string) =>
  operationSchema.safeParse({ type: 'parking/remove', id }).success;

function coordinate(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.15) return LIMITS.coordinate;
  if (roll < 0.3) return -LIMITS.coordinate;
  return rng.int(-LIMITS.coordinate, LIMITS.coordinate) + (rng.chance(0.3) ? 0.25 : 0);
}

function hours(rng: Rng): number | null {
  return rng.pick([null, 0, LIMITS.hours, 0.5, rng.int(1, 500)]);
}

function some<T>(rng: Rng, items: readonly T[], max: number): T[] {
  if (items.length === 0) return [];
  return Array.from({ length: rng.chance(0.1) ? max : rng.int(0, 3) }, () => rng.pick(items));
}

/** Operations that build a map at the edges of the limits, as the contract accepts them. */
function edgeOps(seed: number): Operation[] {
  const rng = makeRng(seed);
  const id = idMaker(rng);
  const roles = Array.from({ length: rng.int(1, 4) }, id);
  const items = Array.from({ length: rng.int(1, 4) }, id);
  const steps = Array.from({ length: rng.int(2, 8) }, id);
  const arrows = Array.from({ length: rng.int(1, 8) }, id);
  const ops: unknown[] = [
    { type: 'map/rename', name: `Map ${textOf(rng, lengthUpTo(rng, 1, LIMITS.name - 4))}` },
    { type: 'map/setPurpose', purpose: text(rng, LIMITS.text) },
    ...roles.map((r) => ({
      type: 'role/add',
      role: { id: r, name: text(rng, LIMITS.name), kind: rng.pick(ROLE_KINDS) },
    })),
    ...items.map((i) => ({
      type: 'information/add',
      item: { id: i, name: text(rng, LIMITS.name), external: rng.chance(0.3) },
    })),
    {
      type: 'elements/add',
      steps: steps.map((s) => ({
        id: s,
        label: text(rng, LIMITS.label),
        kind: rng.pick(STEP_KINDS),
        performer: rng.chance(0.7) ? rng.pick(roles) : null,
        produces: some(rng, items, LIMITS.listItems),
        notes: text(rng, LIMITS.text),
        position: { x: coordinate(rng), y: coordinate(rng) },
      })),
      transitions: arrows.map((t) => {
        const from = rng.pick(steps);
        return {
          id: t,
          from,
          to: rng.pick(steps.filter((s) => s !== from)),
          label: text(rng, LIMITS.label),
          kind: rng.pick(TRANSITION_KINDS),
          channel: rng.pick(CHANNELS),
          decision: {
            automatic: rng.chance(0.2),
            question: text(rng, LIMITS.label),
            deciders: some(rng, roles, LIMITS.listItems),
            consulted: some(rng, roles, 3),
            approvers: some(rng, roles, 3),
            requires: some(rng, items, LIMITS.listItems),
            criteria: Array.from({ length: rng.chance(0.1) ? LIMITS.listItems : 2 }, () =>
              text(rng, LIMITS.label),
            ),
            ifNotMet: text(rng, LIMITS.text),
            onChange: text(rng, LIMITS.text),
            targetHours: hours(rng),
            observedHours: hours(rng),
          },
        };
      }),
    },
    ...Array.from({ length: rng.int(0, 3) }, () => ({
      type: 'parking/add',
      item: {
        id: id(),
        text: `?${textOf(rng, lengthUpTo(rng, 0, LIMITS.parkingText - 1))}`,
        target: rng.chance(0.5) ? rng.pick([...steps, ...arrows]) : null,
      },
    })),
    {
      type: 'votes/set',
      key: `owner.missing:${rng.pick(arrows)}`,
      count: rng.chance(0.5) ? LIMITS.votes : 1,
    },
  ];
  // Through the contract's schema, as map:apply receives them: every one must pass.
  return ops.map((op, i) => {
    const parsed = operationSchema.safeParse(op);
    if (!parsed.success) throw new Error(`seed ${seed}, op ${i}: ${parsed.error.message}`);
    return parsed.data as Operation;
  });
}

function reimport(doc: MapDocument): MapDocument {
  const result = parseMapFile(serializeMapFile(doc));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.doc;
}

const start = () => emptyMap('m-limits' as MapId, 'Limits');

describe('what map:apply can make, export writes and import reads back', () => {
  it('for 150 random maps at the edges of every limit', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const doc = applyOperations(start(), edgeOps(seed));
      const back = reimport(doc);
      expect(back, `seed ${seed}`).toEqual(doc);
      expect(serializeMapFile(back)).toBe(serializeMapFile(doc));
    }
  });

  it('for 100 random edit sequences, after every tenth edit', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { ops } = randomOps(seed, 60, start());
      let doc = start();
      for (let i = 0; i < ops.length; i += 10) {
        doc = applyOperations(doc, ops.slice(i, i + 10));
        expect(reimport(doc), `seed ${seed}, edit ${i + 10}`).toEqual(doc);
      }
    }
  });
});

describe('the size of a map as a file', () => {
  const oneLine = (doc: MapDocument) => Buffer.byteLength(`${JSON.stringify(toMapFile(doc))}\n`);

  it('is counted exactly, for random maps', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const doc = randomDoc(seed);
      expect(mapFileBytes(doc), `seed ${seed}`).toBe(oneLine(doc));
    }
  });

  it('is kept exactly as edits go, from the rows they touch', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { ops } = randomOps(seed, 80, start());
      let doc = start();
      for (const op of ops) {
        doc = applyOperations(doc, [op]);
        // A copy has no remembered count, so this one is counted from scratch.
        expect(mapFileBytes(doc), `seed ${seed}, ${op.type}`).toBe(
          mapFileBytes(structuredClone(doc)),
        );
      }
      expect(mapFileBytes(doc)).toBe(oneLine(doc));
    }
  });
});
