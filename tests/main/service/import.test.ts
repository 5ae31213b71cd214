/**
 * New maps from outside the workspace: the bundled example and imported portable files, on
 * real database files. A refused file leaves the workspace exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { analyzeMap, RULES } from '../../../shared/analysis';
import { dispatch } from '../../../shared/api/dispatch';
import { parseMapFile } from '../../../shared/file-format';
import type { InformationId, MapId, RoleId } from '../../../shared/model';
import { LIMITS } from '../../../shared/content/limits';
import { freeName } from '../../../main/service/session';
import { tempDir } from '../../support/tempDir';
import { openTestWorkspace } from '../../support/workspace';
import { applyOps } from '../../support/applyOps';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const fixture = (name: string) => read(`tests/fixtures/${name}`);
const EXAMPLE_FILE = 'assets/examples/campaign-launch.decisionmap.json';

function rowCounts(dir: string): Record<string, number> {
  const db = new Database(path.join(dir, 'workspace.db'), { readonly: true });
  try {
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    return Object.fromEntries(
      ['maps', 'steps', 'transitions', 'roles', 'information'].map((t) => [t, count(t) as number]),
    );
  } finally {
    db.close();
  }
}

describe('the bundled example', () => {
  it('is a valid portable file whose analysis fires every rule of the catalog', () => {
    const parsed = parseMapFile(read(EXAMPLE_FILE));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const fired = new Set(analyzeMap(parsed.doc).findings.map((f) => f.rule));
    expect([...fired].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('creates a new map that shows every kind of finding and has ready decisions too', async () => {
    const dir = tempDir();
    const workspace = openTestWorkspace(dir);
    const summary = await workspace.handlers['maps:createFromExample']({
      example: 'campaign-launch',
    });
    expect(summary).toMatchObject({
      name: 'Campaign launch (as-is)',
      stage: 'as-is',
      deletedAt: null,
    });
    expect(summary.stepCount).toBeGreaterThanOrEqual(14);
    expect(await workspace.handlers['maps:list']({})).toEqual([summary]);

    const { doc } = await workspace.handlers['map:open']({ id: summary.id });
    expect(doc.info).toMatchObject({
      id: summary.id,
      purpose: 'From campaign request to live campaign, as it runs today',
      derivedFrom: null,
    });
    const analysis = analyzeMap(doc);
    expect(new Set(analysis.findings.map((f) => f.rule))).toEqual(new Set(RULES.map((r) => r.id)));
    expect(analysis.health.ready).toBeGreaterThan(0);
    expect(analysis.health.blocked).toBeGreaterThan(0);
    expect(analysis.health.atRisk).toBeGreaterThan(0);

    // Stored whole: the reopened workspace gives back the same map, roster included.
    workspace.close();
    const reopened = openTestWorkspace(dir);
    expect((await reopened.handlers['map:open']({ id: summary.id })).doc).toStrictEqual(doc);
  });

  it('can be added twice, each time as a map of its own', async () => {
    const { handlers } = openTestWorkspace();
    const first = await handlers['maps:createFromExample']({ example: 'campaign-launch' });
    const second = await handlers['maps:createFromExample']({ example: 'campaign-launch' });
    expect(second.id).not.toBe(first.id);
    await applyOps(handlers, first.id, [{ type: 'role/remove', id: 'r-cmo' as RoleId }]);
    const untouched = (await handlers['map:open']({ id: second.id })).doc;
    expect(untouched.roles['r-cmo']?.name).toBe('CMO');
  });

  it('refuses an example it does not know', async () => {
    const { handlers } = openTestWorkspace();
    const reply = await dispatch(handlers, 'maps:createFromExample', { example: 'nope' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});

describe('importing a portable map file', () => {
  it('creates the map with the file’s own ids, and a new map id when that one is taken', async () => {
    const dir = tempDir();
    const workspace = openTestWorkspace(dir);
    const text = fixture('campaign-small.decisionmap.json');
    const parsed = parseMapFile(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));

    const first = await workspace.handlers['maps:import']({ text });
    expect(first).toMatchObject({ id: 'm-campaign', name: 'Campaign launch', stage: 'as-is' });
    expect((await workspace.handlers['map:open']({ id: first.id })).doc).toStrictEqual(parsed.doc);

    const second = await workspace.handlers['maps:import']({ text });
    expect(second.id).not.toBe('m-campaign');
    const copy = (await workspace.handlers['map:open']({ id: second.id })).doc;
    // The second import is told apart from the first by its name, as a file manager would.
    const name = 'Campaign launch (2)';
    expect(copy).toStrictEqual({
      ...parsed.doc,
      info: { ...parsed.doc.info, id: second.id, name },
    });

    // An imported map is edited like any other, roster included, and survives a restart.
    await applyOps(workspace.handlers, second.id, [
      {
        type: 'information/merge',
        from: 'i-brand' as InformationId,
        into: 'i-brief' as InformationId,
      },
    ]);
    const edited = (await workspace.handlers['map:open']({ id: second.id })).doc;
    workspace.close();
    const reopened = openTestWorkspace(dir);
    expect((await reopened.handlers['map:open']({ id: second.id })).doc).toStrictEqual(edited);
    expect((await reopened.handlers['maps:list']({})).map((m) => m.id).sort()).toEqual(
      [first.id, second.id].sort(),
    );
  });

  it('names a file imported again "Name (2)", then "(3)"; a name no live map has stays', async () => {
    const { handlers } = openTestWorkspace();
    const text = fixture('campaign-small.decisionmap.json');
    const names = [];
    for (let i = 0; i < 3; i++) names.push((await handlers['maps:import']({ text })).name);
    expect(names).toEqual(['Campaign launch', 'Campaign launch (2)', 'Campaign launch (3)']);
    // Once the first is in the trash, its name is free again.
    await handlers['maps:delete']({ id: 'm-campaign' as MapId });
    expect((await handlers['maps:import']({ text })).name).toBe('Campaign launch');
  });

  it('freeName counts up a number already there, and keeps within the name limit', () => {
    expect(freeName('Plan', new Set())).toBe('Plan');
    expect(freeName('Plan (2)', new Set(['Plan (2)']))).toBe('Plan (3)');
    expect(freeName('Plan', new Set(['Plan', 'Plan (2)']))).toBe('Plan (3)');
    const long = 'x'.repeat(LIMITS.name);
    const next = freeName(long, new Set([long]));
    expect(next).toHaveLength(LIMITS.name);
    expect(next.endsWith(' (2)')).toBe(true);
  });

  it('takes a new map id also when the file’s is a map in the trash', async () => {
    const { handlers } = openTestWorkspace();
    const text = fixture('campaign-small.decisionmap.json');
    const first = await handlers['maps:import']({ text });
    await handlers['maps:delete']({ id: first.id });
    const second = await handlers['maps:import']({ text });
    expect(second.id).not.toBe(first.id);
    expect(await handlers['maps:restore']({ id: first.id })).toMatchObject({ id: 'm-campaign' });
  });

  it.each([
    ['invalid-dangling-reference.decisionmap.json', /refers to .* which is not in the file/],
    ['invalid-duplicate-id.decisionmap.json', /used more than once/],
    ['invalid-newer-version.decisionmap.json', /newer version of Decision Map/],
    ['invalid-wrong-format.decisionmap.json', /not a Decision Map file/],
    ['invalid-proto-key.decisionmap.json', /./],
    ['invalid-not-json.decisionmap', /./],
  ])('refuses %s with INVALID_FILE, naming the problem, and changes nothing', async (name, why) => {
    const dir = tempDir();
    const { handlers } = openTestWorkspace(dir);
    const kept = await handlers['maps:create']({ name: 'Kept' });
    const before = rowCounts(dir);

    const reply = await dispatch(handlers, 'maps:import', { text: fixture(name) });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('INVALID_FILE');
    expect(reply.error.message).toMatch(
      /^This file could not be imported: .+ Nothing was changed\.$/,
    );
    expect(reply.error.message).toMatch(why);

    expect(await handlers['maps:list']({})).toEqual([kept]);
    expect(rowCounts(dir)).toEqual(before);
  });

  it('names at most three problems of a file with many', async () => {
    const { handlers } = openTestWorkspace();
    const file = JSON.parse(read(EXAMPLE_FILE)) as {
      map: { steps: { kind: string }[] };
    };
    for (const step of file.map.steps) step.kind = 'meeting';
    const reply = await dispatch(handlers, 'maps:import', { text: JSON.stringify(file) });
    if (reply.ok) throw new Error('expected a refusal');
    expect(reply.error.message.match(/must be one of/g)).toHaveLength(3);
    expect(reply.error.message).toContain('There are more problems after these.');
    expect(await handlers['maps:list']({})).toEqual([]);
  });
});
