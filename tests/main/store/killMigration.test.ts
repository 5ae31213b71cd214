/**
 * Killing the app while it upgrades a workspace. Each scenario starts from a version-1
 * workspace of a few megabytes (as an older build left it), then children open it with the
 * app's migrations plus a slow test-only one (tests/support/slowMigration.ts: the real
 * 1→2 step is a one-line ALTER TABLE, too quick to kill inside) and are SIGKILLed at random
 * moments of the open: probe, pre-upgrade backup (VACUUM INTO), each migration, commit
 * (the moment is drawn over the time one whole upgrade takes here, measured first).
 * After every kill the database passes integrity_check and is at exactly one version with
 * exactly that version's schema — each migration whole or not at all — and its data intact;
 * every file named `.bak` is a complete copy from before the upgrade. Then a child that is
 * not killed completes the upgrade.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS, openDatabase } from '../../../main/store';
import { migration001 } from '../../../main/store/migrations/001-initial';
import { makeStep, makeTransition } from '../../support/makeMap';
import { makeRng, type Rng } from '../../support/randomOps';
import { tempDir } from '../../support/tempDir';
import { bundleChild, readOnly, runChild, Tally } from '../../support/killHarness';
import { KILL_MIGRATIONS, SLOW_MIGRATION } from '../../support/slowMigration';

const LANES = 2;
const KILLS_PER_LANE = 30;
const LATEST = SLOW_MIGRATION.version;

let bundle: string;
let template: string;
let templateHash: string;
let templateHashV3: string;
let rowCount: number;
/** How long an uninterrupted open-and-upgrade takes here, from the child's OPENING line. */
let upgradeMs: number;

/** The user's data, independent of the schema version: maps' names and every element row. */
function dataHash(db: Database.Database): string {
  const hash = crypto.createHash('sha256');
  for (const sql of [
    `SELECT group_concat(id || ':' || name, char(10)) FROM (SELECT * FROM maps ORDER BY id)`,
    ...['steps', 'transitions'].map(
      (table) =>
        `SELECT group_concat(map_id || ':' || id || ':' || sort || ':' || data, char(10))
         FROM (SELECT * FROM ${table} ORDER BY map_id, id)`,
    ),
  ]) {
    hash.update(String(db.prepare(sql).pluck().get()));
    hash.update('\n--\n');
  }
  return hash.digest('hex');
}

/** A version-1 workspace in WAL mode with 4 maps of 1,500 steps and arrows each. */
function makeVersion1(file: string): void {
  openDatabase(file, { migrations: [migration001] }).db.close();
  const db = new Database(file);
  const map = db.prepare(
    `INSERT INTO maps (id, name, stage, created_at, updated_at) VALUES (?, ?, 'as-is', 'x', 'x')`,
  );
  const element = (table: string) =>
    db.prepare(`INSERT INTO ${table} (map_id, id, sort, data) VALUES (?, ?, ?, ?)`);
  const step = element('steps');
  const arrow = element('transitions');
  db.transaction(() => {
    for (let m = 0; m < 4; m++) {
      map.run(`m${m}`, `Old map ${m}`);
      for (let i = 0; i < 1500; i++) {
        const s = makeStep(`s${i}`, { notes: `Step ${i} of map ${m}. `.repeat(12) });
        step.run(`m${m}`, s.id, i, JSON.stringify(s));
        const t = makeTransition(`t${i}`, `s${i}`, `s${(i + 1) % 1500}`, {
          decision: { question: `Is step ${i} done?`, criteria: ['Checked', 'Signed off'] },
        });
        arrow.run(`m${m}`, t.id, i, JSON.stringify(t));
      }
    }
  })();
  db.close();
}

beforeAll(async () => {
  const dir = tempDir('decision-map-kill-migration-');
  bundle = await bundleChild('tests/support/migrationChild.ts', dir);
  template = path.join(dir, 'template.db');
  makeVersion1(template);
  readOnly(template, (db) => {
    templateHash = dataHash(db);
    rowCount = Number(
      db
        .prepare('SELECT (SELECT count(*) FROM steps) + (SELECT count(*) FROM transitions)')
        .pluck()
        .get(),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });
  const v3 = path.join(dir, 'template-v3.db');
  fs.copyFileSync(template, v3);
  const upgraded = new Database(v3);
  for (const m of MIGRATIONS.filter((m) => m.version >= 2 && m.version <= 3)) upgraded.exec(m.sql);
  templateHashV3 = dataHash(upgraded);
  upgraded.close();
  // Calibrate: the kill moments spread over one whole uninterrupted upgrade.
  const trial = path.join(tempDir(), 'workspace.db');
  fs.copyFileSync(template, trial);
  const result = await runChild(bundle, [trial], () => {}, 30_000);
  const done = result.lines.find((line) => line.startsWith('MIGRATED '));
  expect(done, result.stderr).toBeDefined();
  upgradeMs = (JSON.parse(done!.slice('MIGRATED '.length)) as { ms: number }).ms;
}, 60_000);

/** Why a `.bak` file is not a complete copy from before the upgrade, or null when it is. */
function backupProblem(file: string): string | null {
  try {
    return readOnly(file, (db) => {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') return `integrity_check: ${String(integrity)}`;
      const version = Number(db.pragma('user_version', { simple: true }));
      if (version < 1 || version >= LATEST) return `version ${version}`;
      return dataHash(db) === templateHash ? null : 'data differs';
    });
  } catch (error) {
    return `unreadable: ${(error as Error).message}`;
  }
}

const checkedBackups = new Set<string>();

interface State {
  readonly version: number;
  readonly backups: number;
  /** Half-written copies (`.bak.partial`) lying beside the database. */
  readonly partials: readonly string[];
}

/** Checks the workspace (and every backup beside it) after a kill; returns where it stands. */
function check(file: string, label: string): State {
  const { version } = readOnly(file, (db) => {
    expect(db.pragma('integrity_check', { simple: true }), label).toBe('ok');
    expect(db.pragma('application_id', { simple: true }), label).toBe(APPLICATION_ID);
    const at = Number(db.pragma('user_version', { simple: true }));
    expect(at, label).toBeGreaterThanOrEqual(1);
    expect(at, label).toBeLessThanOrEqual(LATEST);
    const columns = db.prepare(`SELECT name FROM pragma_table_info('maps')`).pluck().all();
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all();
    // Exactly the schema of the version it claims: no migration half-applied.
    expect(columns.includes('votes'), `${label}: votes column at v${at}`).toBe(at >= 2);
    expect(tables, `${label}: tables at v${at}`).toEqual([
      'information',
      ...(at >= LATEST ? ['kill_probe'] : []),
      'maps',
      'roles',
      // Version 4: the room's participants, dots and proposals.
      ...(at >= 4 ? ['room_participants', 'room_proposals', 'room_votes', 'rooms'] : []),
      'steps',
      'transitions',
    ]);
    if (at >= LATEST) {
      expect(db.prepare('SELECT count(*) FROM kill_probe').pluck().get(), label).toBe(rowCount);
    }
    expect(columns.includes('notation'), `${label}: notation column at v${at}`).toBe(at >= 3);
    // Version 3 adds recommenders and informed to every stored decision: the data changes
    // exactly as that migration alone changes it.
    expect(dataHash(db), `${label}: data`).toBe(at >= 3 ? templateHashV3 : templateHash);
    return { version: at };
  });

  const dir = path.dirname(file);
  const names = fs.readdirSync(dir);
  const backups = names.filter((name) => name.endsWith('.bak'));
  for (const name of backups) {
    // A backup never changes once it has its name: check each one once.
    if (checkedBackups.has(path.join(dir, name))) continue;
    expect(backupProblem(path.join(dir, name)), `${label}: backup ${name}`).toBeNull();
    checkedBackups.add(path.join(dir, name));
  }
  const partials = names.filter((name) => name.endsWith('.bak.partial'));
  return { version, backups: backups.length, partials };
}

/** Runs one upgrade from a fresh version-1 copy: 1–3 kills, then a start that completes it. */
async function scenario(rng: Rng, id: string, kills: Tally, outcomes: Tally): Promise<number> {
  const dir = tempDir();
  const file = path.join(dir, 'workspace.db');
  fs.copyFileSync(template, file);
  let before: State = { version: 1, backups: 0, partials: [] };
  let killed = 0;
  const rounds = rng.int(1, 3);
  for (let round = 0; round < rounds && before.version < LATEST; round++) {
    const label = `${id} kill ${round}`;
    const delay = rng.int(0, Math.round(upgradeMs * 1.1));
    // The child aims the kill itself (see migrationChild.ts for why).
    const result = await runChild(bundle, [file, String(delay)], () => {}, 30_000);
    expect(result.timedOut, label).toBe(false);
    expect(result.lines[0], `${label}: ${result.stderr}`).toBe('OPENING');
    const after = check(file, label);
    if (result.signal !== 'SIGKILL') {
      // The kill came too late: the upgrade finished and the child left on its own.
      expect(result.code, `${label}: ${result.stderr}`).toBe(0);
      outcomes.add('finished first');
    } else {
      killed++;
      kills.add(`at v${before.version}`);
      const newPartial = after.partials.some((name) => !before.partials.includes(name));
      if (newPartial) outcomes.add('half-written copy, not named .bak');
      else if (after.version === before.version && after.backups === before.backups) {
        outcomes.add(`still v${after.version}, no new backup`);
      } else if (after.version === before.version) {
        outcomes.add(`still v${after.version}, backup done`);
      } else outcomes.add(`v${before.version} -> v${after.version}`);
    }
    before = after;
  }

  // The next start completes the upgrade and clears any half-written copy.
  const result = await runChild(bundle, [file], () => {}, 30_000);
  expect(result.code, `${id} completion: ${result.stderr}`).toBe(0);
  const done = check(file, `${id} completion`);
  expect(done.version).toBe(LATEST);
  expect(done.partials).toEqual([]);
  expect(done.backups).toBeGreaterThanOrEqual(1);
  return killed;
}

describe('killing the app mid-upgrade', () => {
  it('never names a half-written copy .bak, and clears one a crash left', () => {
    const dir = tempDir();
    const file = path.join(dir, 'workspace.db');
    fs.copyFileSync(template, file);
    // What a kill inside VACUUM INTO leaves: the copy so far and its rollback journal.
    const left = 'workspace.db.before-v3-2026-01-01T00-00-00Z.bak.partial';
    fs.writeFileSync(path.join(dir, left), 'SQLite format 3\0 and then nothing');
    fs.writeFileSync(path.join(dir, `${left}-journal`), 'journal');
    const { db, backup } = openDatabase(file, { migrations: KILL_MIGRATIONS });
    db.close();
    expect(fs.readdirSync(dir).filter((name) => name.includes('.partial'))).toEqual([]);
    expect(backup).toMatch(/\.bak$/);
    expect(backupProblem(backup!)).toBeNull();
  });

  it(`leaves each migration whole or not at all across ${LANES * KILLS_PER_LANE} kills`, async () => {
    const started = performance.now();
    const kills = new Tally();
    const outcomes = new Tally();
    let upgrades = 0;
    await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const rng = makeRng(77_000 + lane);
        let killed = 0;
        for (let s = 0; killed < KILLS_PER_LANE; s++) {
          killed += await scenario(rng, `lane ${lane} scenario ${s}`, kills, outcomes);
          upgrades++;
        }
      }),
    );
    const before = Array.from({ length: LATEST - 1 }, (_, i) => `at v${i + 1}`);
    const total = before.reduce((sum, kind) => sum + kills.get(kind), 0);
    console.log(
      `kill test (migrations): ${total} kills survived (${kills}) in ${upgrades} upgrades; ` +
        `after the kill: ${outcomes}; an upgrade takes ${Math.round(upgradeMs)} ms; ` +
        `${Math.round(performance.now() - started)} ms`,
    );
    expect(total).toBeGreaterThanOrEqual(LANES * KILLS_PER_LANE);
  }, 120_000);
});
