/**
 * The workspace store on real files in a temporary folder. Targets: one saved edit on a
 * 2,000-step map <= 2 ms median; opening that map from a cold service <= 100 ms median.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace } from '../../main/service/workspace';
import type { WorkspaceService } from '../../main/service/types';
import type { MapId, StepId } from '../../shared/model';
import type { Operation } from '../../shared/operations/types';
import { bigMap } from '../support/bigMap';
import { makeStep } from '../support/makeMap';
import { applyOps } from '../support/applyOps';
import { bench } from './types';

interface Workspace {
  dir: string;
  service: WorkspaceService;
  id: MapId;
  i: number;
}

/** A workspace holding one map with `steps` steps and `transitions` arrows. */
async function workspaceWithBigMap(steps: number, transitions: number): Promise<Workspace> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'decision-map-bench-'));
  const service = openWorkspace({ dataDir: dir });
  const { id } = await service.handlers['maps:create']({ name: 'Big map' });
  const doc = bigMap(steps, transitions);
  const ops: Operation[] = [
    // The roster first: steps and decisions may only refer to roles and items the map has.
    ...Object.values(doc.roles).map((role): Operation => ({ type: 'role/add', role })),
    ...Object.values(doc.information).map((item): Operation => ({ type: 'information/add', item })),
    {
      type: 'elements/add',
      steps: doc.stepOrder.map((s) => doc.steps[s]!),
      transitions: doc.transitionOrder.map((t) => doc.transitions[t]!),
    },
  ];
  await applyOps(service.handlers, id, ops);
  return { dir, service, id, i: 0 };
}

function remove(context: Workspace): void {
  context.service.close();
  fs.rmSync(context.dir, { recursive: true, force: true });
}

export default [
  bench<Workspace>({
    name: 'store.save-one-edit',
    n: 2000,
    iterations: 200,
    setup: async () => {
      const context = await workspaceWithBigMap(2000, 3000);
      await context.service.handlers['map:open']({ id: context.id });
      return context;
    },
    run: (c) =>
      applyOps(c.service.handlers, c.id, [
        {
          type: 'step/update',
          id: `s${c.i++ % 2000}` as StepId,
          patch: { label: `Edited ${c.i}` },
        },
      ]),
    teardown: remove,
  }),
  bench<Workspace>({
    name: 'store.add-one-step',
    n: 2000,
    iterations: 200,
    setup: () => workspaceWithBigMap(2000, 3000),
    run: (c) =>
      applyOps(c.service.handlers, c.id, [
        { type: 'elements/add', steps: [makeStep(`new${c.i++}`)], transitions: [] },
      ]),
    teardown: remove,
  }),
  bench<Workspace>({
    name: 'store.open-map',
    n: 2000,
    iterations: 30,
    setup: () => workspaceWithBigMap(2000, 3000),
    // A new service each time: nothing cached, as on the first open after start-up.
    beforeEach: (c) => {
      c.service.close();
      c.service = openWorkspace({ dataDir: c.dir });
    },
    run: (c) => c.service.handlers['map:open']({ id: c.id }),
    teardown: remove,
  }),
  bench<Workspace>({
    name: 'workspace.open',
    n: 2000,
    iterations: 30,
    setup: () => workspaceWithBigMap(2000, 3000),
    beforeEach: (c) => c.service.close(),
    run: (c) => (c.service = openWorkspace({ dataDir: c.dir })),
    teardown: remove,
  }),
  bench<Workspace>({
    name: 'store.list-maps',
    n: 200,
    iterations: 100,
    setup: async () => {
      const context = await workspaceWithBigMap(0, 0);
      for (let m = 0; m < 199; m++) {
        const { id } = await context.service.handlers['maps:create']({ name: `Map ${m}` });
        const steps = Array.from({ length: 50 }, (_, s) => makeStep(`s${s}`));
        await applyOps(context.service.handlers, id, [
          { type: 'elements/add', steps, transitions: [] },
        ]);
      }
      return context;
    },
    run: (c) => c.service.handlers['maps:list']({}),
    teardown: remove,
  }),
];
