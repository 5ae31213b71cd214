/**
 * A realistic failure, end to end: a map with recognisable texts, a damaged row that makes
 * it fail to open (V8's JSON.parse then quotes a slice of the row, label included), a
 * handler bug whose message quotes a map name, calls through Electron's IPC and through the
 * browser-mode server carrying map text in their arguments. The whole logs folder is then
 * searched for the map's texts: none may be there.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer } from '../../../main/http/server';
import { registerApi } from '../../../main/ipc';
import { closeLogging, initLogging } from '../../../main/log';
import { openWorkspace } from '../../../main/service/workspace';
import type { MapId, RoleId } from '../../../shared/model';
import { applyOps } from '../../support/applyOps';
import { makeStep, makeTransition } from '../../support/makeMap';
import { tempDir } from '../../support/tempDir';

afterEach(() => closeLogging());

const MAP_NAME = 'Zanzibar salary review';
const LABEL = 'Quixotic onboarding step';
const CRITERION = 'Only if the treasurer whispers yes';
const ROLE = 'Clandestine committee';
/** Words that appear nowhere in the app's code or messages, only in this map. */
const SECRET_WORDS = [
  'Zanzibar',
  'salary',
  'Quixotic',
  'onboarding',
  'treasurer',
  'whispers',
  'Clandestine',
  'ding step',
];

type IpcHandler = (
  event: unknown,
  args: unknown,
) => Promise<{ ok: boolean; error?: { code: string } }>;

describe('the log after real failures', () => {
  it('holds the failures but none of the map texts', async () => {
    const root = tempDir();
    const logs = path.join(root, 'logs');
    const dataDir = path.join(root, 'data');
    initLogging(logs, { stderr: false });

    // A map with recognisable content, saved and closed.
    const first = openWorkspace({ dataDir });
    const { id } = await first.handlers['maps:create']({ name: MAP_NAME });
    await applyOps(first.handlers, id, [
      { type: 'role/add', role: { id: 'r1' as RoleId, name: ROLE, kind: 'person' } },
      {
        type: 'elements/add',
        steps: [makeStep('s1', { label: LABEL, notes: `${LABEL} notes` }), makeStep('s2')],
        transitions: [makeTransition('t1', 's1', 's2', { decision: { criteria: [CRITERION] } })],
      },
    ]);
    first.close();

    // A damaged row (as a flipped bit on disk leaves it): a stray character after the label.
    const db = new Database(path.join(dataDir, 'workspace.db'));
    db.pragma('ignore_check_constraints = ON');
    const changed = db
      .prepare(`UPDATE steps SET data = replace(data, ?, ?) WHERE id = 's1'`)
      .run(`"label":"${LABEL}"`, `"label":"${LABEL}"Z`).changes;
    expect(changed).toBe(1);
    db.close();

    const service = openWorkspace({ dataDir });
    // A bug of ours whose message quotes the map's name.
    service.handlers['maps:rename'] = ({ name }) => {
      throw new Error(`renaming to "${name}" hit a bug`);
    };

    // Through Electron's IPC (a recorder stands in for ipcMain).
    const ipc = new Map<string, IpcHandler>();
    registerApi(
      { handle: (channel: string, handler: IpcHandler) => ipc.set(channel, handler) } as never,
      service,
      () => true,
    );
    const event = {};
    const viaIpc = async (channel: string, args: unknown) => ipc.get(channel)!(event, args);
    // The damaged map is refused in plain words; the log says why, without its content.
    expect(await viaIpc('map:open', { id })).toMatchObject({ error: { code: 'MAP_DAMAGED' } });
    const move = { type: 'step/update', id: 's1', patch: { label: `${LABEL} (edited)` } };
    expect(await viaIpc('map:apply', { id, base: 0, ops: [move] })).toMatchObject({
      error: { code: 'MAP_DAMAGED' },
    });
    expect(await viaIpc('maps:rename', { id, name: `${MAP_NAME} 2` })).toMatchObject({
      error: { code: 'INTERNAL' },
    });

    // Through the browser-mode server.
    const staticDir = path.join(root, 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const web = await startWebServer({ service, staticDir });
    try {
      const viaHttp = async (channel: string, args: unknown) => {
        const response = await fetch(`http://127.0.0.1:${web.port}/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-decision-map-token': web.token },
          body: JSON.stringify(args),
        });
        return (await response.json()) as { ok: boolean; error?: { code: string } };
      };
      expect(await viaHttp('map:open', { id: id as MapId })).toMatchObject({
        error: { code: 'MAP_DAMAGED' },
      });
      expect(await viaHttp('map:apply', { id, base: 0, ops: [move] })).toMatchObject({
        error: { code: 'MAP_DAMAGED' },
      });
      expect(await viaHttp('maps:rename', { id, name: `${MAP_NAME} 3` })).toMatchObject({
        error: { code: 'INTERNAL' },
      });
    } finally {
      await web.close();
      service.close();
      closeLogging();
    }

    const files = fs.readdirSync(logs);
    expect(files).toEqual(['decision-map.log']);
    const text = files.map((name) => fs.readFileSync(path.join(logs, name), 'utf8')).join('');
    const lines = text.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /WARN \[store\] a map’s stored data is damaged, so the map was refused \| SyntaxError: Expected ',' or '}' after property value in JSON at position \d+ \(line 1 column \d+\) \| at JSON\.parse/,
      ),
      expect.stringMatching(/WARN \[store\] a map’s stored data is damaged.* \| SyntaxError: /),
      expect.stringMatching(
        /ERROR \[ipc\] maps:rename failed unexpectedly \| Error: renaming to… \| at /,
      ),
      expect.stringMatching(/WARN \[store\] a map’s stored data is damaged.* \| SyntaxError: /),
      expect.stringMatching(/WARN \[store\] a map’s stored data is damaged.* \| SyntaxError: /),
      expect.stringMatching(
        /ERROR \[http\] maps:rename failed unexpectedly \| Error: renaming to… \| at /,
      ),
    ]);
    for (const word of SECRET_WORDS) expect(text).not.toContain(word);
  });
});
