import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { MapId } from '../../../shared/model';
import {
  APPLICATION_ID,
  MapStore,
  MIGRATIONS,
  latestVersion,
  openDatabase,
  type Migration,
} from '../../../main/store';
import { migration001 } from '../../../main/store/migrations/001-initial';
import { tempDir } from '../../support/tempDir';
import { sha256 } from '../../support/workspace';

const tables = (db: Database.Database) =>
  db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all();
const version = (db: Database.Database) => db.pragma('user_version', { simple: true });

/** A version-1 workspace written by hand, as an older build would have left it. */
function makeVersion1(file: string): void {
  const db = new Database(file);
  db.exec(migration001.sql);
  db.pragma('user_version = 1');
  db.prepare(
    `INSERT INTO maps (id, name, stage, created_at, updated_at) VALUES ('m1', 'Old map', 'as-is', 'x', 'x')`,
  ).run();
  db.prepare(
    `INSERT INTO steps (map_id, id, sort, data) VALUES ('m1', 'a', 0, '{"id":"a"}')`,
  ).run();
  db.close();
}

/** A migration after the last this build has, as the next release would add. */
const NEXT = latestVersion(MIGRATIONS) + 1;
const next: Migration = {
  version: NEXT,
  sql: `ALTER TABLE maps ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';`,
};
const at = () => new Date('2026-11-27T05:30:00.123Z');

describe('migrations', () => {
  it('gives a new database the latest version, our application id, WAL and every table', () => {
    const file = path.join(tempDir(), 'workspace.db');
    const { db, backup } = openDatabase(file);
    expect(version(db)).toBe(latestVersion(MIGRATIONS));
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tables(db)).toEqual([
      'information',
      'maps',
      'roles',
      'room_participants',
      'room_proposals',
      'room_votes',
      'rooms',
      'steps',
      'transitions',
    ]);
    expect(backup).toBeNull();
    db.close();
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('treats an empty file as a new database', () => {
    const file = path.join(tempDir(), 'workspace.db');
    fs.writeFileSync(file, '');
    const { db } = openDatabase(file);
    expect(version(db)).toBe(latestVersion(MIGRATIONS));
    db.close();
  });

  it('upgrades an older database, keeping its data and a backup at the old version', () => {
    const dir = tempDir();
    const file = path.join(dir, 'workspace.db');
    makeVersion1(file);
    const { db, backup } = openDatabase(file, { migrations: [...MIGRATIONS, next], now: at });
    expect(version(db)).toBe(NEXT);
    expect(db.prepare('SELECT name, colour FROM maps').get()).toEqual({
      name: 'Old map',
      colour: 'blue',
    });
    expect(db.prepare('SELECT data FROM steps').pluck().get()).toBe('{"id":"a"}');
    db.close();

    expect(backup).toBe(path.join(dir, `workspace.db.before-v${NEXT}-2026-11-27T05-30-00Z.bak`));
    const old = new Database(backup!, { readonly: true });
    expect(version(old)).toBe(1);
    expect(old.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(old.prepare('SELECT name FROM maps').pluck().get()).toBe('Old map');
    expect(
      old
        .prepare(`SELECT count(*) FROM pragma_table_info('maps') WHERE name = 'colour'`)
        .pluck()
        .get(),
    ).toBe(0);
    old.close();
  });

  it('does not back up or migrate a database that is already current', () => {
    const dir = tempDir();
    const file = path.join(dir, 'workspace.db');
    openDatabase(file).db.close();
    const before = sha256(file);
    openDatabase(file).db.close();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
    const db = new Database(file, { readonly: true });
    expect(version(db)).toBe(latestVersion(MIGRATIONS));
    db.close();
    expect(sha256(file)).toBe(before);
  });

  it('upgrades a version-1 workspace to votes: every map gets none, and the check holds', () => {
    const dir = tempDir();
    const file = path.join(dir, 'workspace.db');
    makeVersion1(file);
    const { db, backup } = openDatabase(file, { now: at });
    expect(version(db)).toBe(latestVersion(MIGRATIONS));
    expect(backup).toMatch(/workspace\.db\.before-v\d+-2026-11-27T05-30-00Z\.bak$/);
    expect(db.prepare('SELECT name, votes FROM maps').get()).toEqual({
      name: 'Old map',
      votes: '{}',
    });
    expect(new MapStore(db).load('m1' as MapId)?.doc.votes).toEqual({});
    expect(() => db.prepare(`UPDATE maps SET votes = 'not json'`).run()).toThrow(/CHECK/);
    db.close();
  });

  it('rolls a failing migration back entirely', () => {
    const dir = tempDir();
    const file = path.join(dir, 'workspace.db');
    makeVersion1(file);
    const broken: Migration = {
      version: NEXT,
      sql: `CREATE TABLE half_done (x); ALTER TABLE maps ADD COLUMN colour TEXT; SELECT no_such_function();`,
    };
    let thrown: unknown;
    try {
      openDatabase(file, { migrations: [...MIGRATIONS, broken], now: at });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('WORKSPACE_UNREADABLE');
    expect((thrown as AppError).message).toMatch(
      new RegExp(`could not be upgraded.*before-v${NEXT}`),
    );

    // Each migration commits on its own: the ones before the broken one stay applied.
    const db = new Database(file, { readonly: true });
    expect(version(db)).toBe(NEXT - 1);
    expect(tables(db)).toEqual([
      'information',
      'maps',
      'roles',
      'room_participants',
      'room_proposals',
      'room_votes',
      'rooms',
      'steps',
      'transitions',
    ]);
    expect(
      db
        .prepare(`SELECT count(*) FROM pragma_table_info('maps') WHERE name = 'colour'`)
        .pluck()
        .get(),
    ).toBe(0);
    expect(db.prepare('SELECT name FROM maps').pluck().get()).toBe('Old map');
    db.close();
    // Still opens with the migrations this build really has.
    openDatabase(file).db.close();
  });

  it('refuses a database from a newer version without changing a byte', () => {
    const dir = tempDir();
    const file = path.join(dir, 'workspace.db');
    makeVersion1(file);
    const raw = new Database(file);
    raw.pragma('user_version = 7');
    raw.pragma('journal_mode = WAL');
    raw.close();
    const before = sha256(file);
    const listing = fs.readdirSync(dir).sort();

    expect(() => openDatabase(file)).toThrow(
      expect.objectContaining({ code: 'WORKSPACE_TOO_NEW' }),
    );
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });

  it('refuses a gap or disorder in the migration list', () => {
    const file = path.join(tempDir(), 'workspace.db');
    expect(() => openDatabase(file, { migrations: [{ version: 2, sql: '' }] })).toThrow(
      /expected 1/,
    );
  });

  it('upgrades a version-2 workspace to decision rights: RACI, and every decision gains empty recommenders and informed', () => {
    const dir = tempDir();
    const file = path.join(dir, 'workspace.db');
    makeVersion1(file);
    const old = new Database(file);
    old.exec(MIGRATIONS[1]!.sql);
    old.pragma('user_version = 2');
    const decision = {
      automatic: false,
      question: 'Go?',
      deciders: [],
      consulted: [],
      approvers: [],
    };
    old
      .prepare(`INSERT INTO transitions (map_id, id, sort, data) VALUES ('m1', 't', 0, ?)`)
      .run(JSON.stringify({ id: 't', from: 'a', to: 'a', decision }));
    old.close();
    const { db } = openDatabase(file, { now: at });
    expect(version(db)).toBe(latestVersion(MIGRATIONS));
    const doc = new MapStore(db).load('m1' as MapId)!.doc;
    expect(doc.info.notation).toBe('RACI');
    expect(doc.transitions['t']!.decision).toEqual({ ...decision, recommenders: [], informed: [] });
    expect(() => db.prepare(`UPDATE maps SET notation = 'RASCI'`).run()).toThrow(/CHECK/);
    db.close();
  });
});
