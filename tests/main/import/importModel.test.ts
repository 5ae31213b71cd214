/**
 * `maps:importModel` through the workspace service with the untrusted-file worker as the
 * app runs it: a BPMN file becomes a listed map with its report; a refused file writes
 * nothing; and the exported BPMN of a map imports as the same map.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openWorkspace } from '../../../main/service/workspace';
import type { WorkspaceService } from '../../../main/service/types';
import { UNTRUSTED_WORKER } from '../../../main/untrusted/workerPath';
import { dispatch } from '../../../shared/api/dispatch';
import { mapToBpmn } from '../../../shared/export/bpmn';
import type { MapDocument, MapSummary } from '../../../shared/model';
import { generateMap } from '../../support/generateMap';
import { tempDir } from '../../support/tempDir';

async function call<T>(service: WorkspaceService, channel: string, args: unknown): Promise<T> {
  const reply = await dispatch(service.handlers, channel, args);
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
  return reply.value as T;
}

const fixture = (name: string) =>
  fs.readFileSync(path.resolve(__dirname, '../../fixtures/bpmn', name)).toString('base64');

test('a BPMN file becomes a new map, with the import report', async () => {
  const service = openWorkspace({ dataDir: tempDir(), untrustedWorker: UNTRUSTED_WORKER });
  const imported = await call<{ map: MapSummary; report: string }>(service, 'maps:importModel', {
    fileName: 'Signavio A.2.0.bpmn',
    base64: fixture('signavio-A.2.0.bpmn'),
  });
  expect(imported.report).toMatch(
    /^Imported 6 steps, 7 arrows, 0 roles, \d+ decisions from gateways/,
  );
  expect(imported.map.stepCount).toBe(6);
  const listed = await call<MapSummary[]>(service, 'maps:list', {});
  expect(listed.map((m) => m.id)).toEqual([imported.map.id]);
  service.close();
});

test('a refused file writes nothing', async () => {
  const service = openWorkspace({ dataDir: tempDir(), untrustedWorker: UNTRUSTED_WORKER });
  const base64 = Buffer.from('<!DOCTYPE x [<!ENTITY a "b">]><definitions/>').toString('base64');
  await expect(
    call(service, 'maps:importModel', { fileName: 'x.bpmn', base64 }),
  ).rejects.toMatchObject({
    code: 'INVALID_FILE',
  });
  expect(await call<MapSummary[]>(service, 'maps:list', {})).toEqual([]);
  service.close();
});

test('the BPMN export of a map imports as the same map', async () => {
  const service = openWorkspace({ dataDir: tempDir(), untrustedWorker: UNTRUSTED_WORKER });
  const map = generateMap(30, 5);
  const base64 = Buffer.from(mapToBpmn(map)).toString('base64');
  const imported = await call<{ map: MapSummary }>(service, 'maps:importModel', {
    fileName: 'x.bpmn',
    base64,
  });
  const { doc } = await call<{ doc: MapDocument }>(service, 'map:open', { id: imported.map.id });
  expect(doc.steps).toEqual(map.steps);
  expect(doc.transitions).toEqual(map.transitions);
  expect(doc.roles).toEqual(map.roles);
  expect(doc.information).toEqual(map.information);
  service.close();
});

test('a draw.io file of several pages answers with its pages, then imports the one picked', async () => {
  const service = openWorkspace({ dataDir: tempDir(), untrustedWorker: UNTRUSTED_WORKER });
  const base64 = fs
    .readFileSync(path.resolve(__dirname, '../../fixtures/drawio/sourdough-process.drawio'))
    .toString('base64');
  const fileName = 'sourdough-process.drawio';
  const asked = await call<{ pages: unknown }>(service, 'maps:importModel', { fileName, base64 });
  expect(asked).toEqual({
    pages: [
      { name: 'Make sourdough starter', steps: 5 },
      { name: 'Make sourdough loaf', steps: 38 },
    ],
  });
  // Asking writes nothing.
  expect(await call<MapSummary[]>(service, 'maps:list', {})).toEqual([]);
  const imported = await call<{ map: MapSummary; report: string }>(service, 'maps:importModel', {
    fileName,
    base64,
    page: 1,
  });
  expect(imported.map.stepCount).toBe(38);
  expect(imported.report).toMatch(/^Imported 38 steps, .*1 other page \(import it on its own\)/);
  service.close();
});

test('a draw.io file whose pages have nothing to import is refused at once, naming them', async () => {
  const service = openWorkspace({ dataDir: tempDir(), untrustedWorker: UNTRUSTED_WORKER });
  const base64 = Buffer.from(
    '<mxfile><diagram name="Notes"/><diagram name="Legend"/></mxfile>',
  ).toString('base64');
  await expect(
    call(service, 'maps:importModel', { fileName: 'empty.drawio', base64 }),
  ).rejects.toMatchObject({
    code: 'INVALID_FILE',
    message: expect.stringContaining('Its other pages: “Legend”.'),
  });
  expect(await call<MapSummary[]>(service, 'maps:list', {})).toEqual([]);
  service.close();
});
