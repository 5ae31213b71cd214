/**
 * A generated map (tests/support/generateMap.ts) put into a running app through its HTTP
 * API, as an import would: roles and information items first, since steps and decisions may
 * refer only to what the map has, then every step and arrow in one edit.
 */
import type { Args } from '../../../shared/api/contract';
import type { MapDocument, MapId } from '../../../shared/model';
import type { Operation } from '../../../shared/operations/types';
import { generateMap } from '../../support/generateMap';
import type { RunningApp } from './app';

export async function seedGeneratedMap(
  app: RunningApp,
  steps: number,
  seed = 1,
): Promise<{ id: MapId; doc: MapDocument }> {
  const doc = generateMap(steps, seed);
  const { id } = await app.call('maps:create', { name: doc.info.name });
  const ops: Operation[] = [
    ...Object.values(doc.roles).map((role): Operation => ({ type: 'role/add', role })),
    ...Object.values(doc.information).map((item): Operation => ({ type: 'information/add', item })),
    {
      type: 'elements/add',
      steps: doc.stepOrder.map((s) => doc.steps[s]!),
      transitions: doc.transitionOrder.map((t) => doc.transitions[t]!),
    },
  ];
  // The contract's input type is the schema's (mutable arrays); the model's are readonly.
  await app.call('map:apply', { id, base: 0, ops: ops as Args<'map:apply'>['ops'] });
  return { id, doc };
}
