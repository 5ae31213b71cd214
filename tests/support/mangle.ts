/**
 * Damaged and foreign workspace files for the mangled-file test, generated from one real
 * workspace with a seeded RNG: the same seed always gives the same 200 files. Each variant
 * is a data folder holding `workspace.db` (and sometimes a `-wal`/`-shm`/`-journal` beside
 * it, or a folder in its place). No vitest here; the test builds the real workspace.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../main/store';
import type { Rng } from './randomOps';

/** What kind of damage a variant has; the summary counts outcomes per kind. */
export type MangleKind =
  | 'truncated'
  | 'bit-flip: header'
  | 'bit-flip: schema page'
  | 'bit-flip: random page'
  | 'bit-flips: many'
  | 'scribbled page'
  | 'zeroed page'
  | 'zero length'
  | 'all zeros'
  | 'random bytes'
  | 'header + garbage'
  | 'another program'
  | 'bad companion file'
  | 'not a database'
  | 'directory'
  | 'no read permission'
  | 'huge sparse'
  | 'too new';

export interface Variant {
  readonly kind: MangleKind;
  /** What exactly was done, for failure messages. */
  readonly detail: string;
  /** Outcomes that are acceptable; by default any of ready / unreadable / too-new. */
  readonly expect?: readonly ('ready' | 'unreadable' | 'too-new')[];
  /** Writes the variant into `dir` (an empty data folder). */
  write(dir: string): void;
}

const DB = 'workspace.db';

/** A fingerprint of the workspace file: whole-file hash, or size + ends for huge ones. */
export function fingerprint(dir: string): string {
  const file = path.join(dir, DB);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return 'missing';
  }
  if (stat.isDirectory()) return `directory ${fs.readdirSync(file).join(',')}`;
  const hash = crypto.createHash('sha256');
  if (stat.size <= 64 * 1024 * 1024) {
    hash.update(fs.readFileSync(file));
  } else {
    const fd = fs.openSync(file, 'r');
    const chunk = Buffer.alloc(1024 * 1024);
    for (const at of [0, stat.size - chunk.length]) {
      fs.readSync(fd, chunk, 0, chunk.length, at);
      hash.update(chunk);
    }
    fs.closeSync(fd);
  }
  return `${stat.size} ${stat.mtimeMs} ${hash.digest('hex')}`;
}

function flipBits(bytes: Buffer, rng: Rng, count: number, from: number, to: number): string[] {
  const flips: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = rng.int(from, Math.min(to, bytes.length) - 1);
    const bit = rng.int(0, 7);
    bytes[at]! ^= 1 << bit;
    flips.push(`${at}.${bit}`);
  }
  return flips;
}

/** Writes a small SQLite database as another program would. */
function otherProgramDb(file: string, options: { appId?: number; wal?: boolean; tables: boolean }) {
  const db = new Database(file);
  if (options.wal) db.pragma('journal_mode = WAL');
  if (options.appId !== undefined) db.pragma(`application_id = ${options.appId}`);
  if (options.tables) {
    db.exec(
      'CREATE TABLE contacts (name TEXT, phone TEXT); CREATE INDEX by_name ON contacts (name)',
    );
    const insert = db.prepare('INSERT INTO contacts VALUES (?, ?)');
    for (let i = 0; i < 500; i++) insert.run(`Person ${i}`, `555-${i}`);
  }
  // Closing a WAL database checkpoints and removes the WAL; keep one behind on purpose.
  if (options.wal) {
    const writer = new Database(file);
    writer.exec('CREATE TABLE IF NOT EXISTS later (x); INSERT INTO later VALUES (1)');
    // Leave the connection open across the copy below: the WAL still holds the commit.
    fs.copyFileSync(file, `${file}.copy`);
    fs.copyFileSync(`${file}-wal`, `${file}.copy-wal`);
    writer.close();
    db.close();
    fs.renameSync(`${file}.copy`, file);
    fs.renameSync(`${file}.copy-wal`, `${file}-wal`);
    fs.rmSync(`${file}-shm`, { force: true });
    return;
  }
  db.close();
}

/** A minimal but valid PNG (1×1, transparent). */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

/**
 * 200 variants of `base` (a closed, checkpointed workspace file), from `rng`. `mapFile` is
 * the text of a portable map file (the JSON one renamed); `root` says whether the test runs
 * as root, where a file without read permission is still readable (that variant is left
 * out then and the count made up with another bit flip).
 */
export function mangledVariants(
  base: Buffer,
  mapFile: string,
  rng: Rng,
  options: { root: boolean },
): Variant[] {
  const pageSize = base.readUInt16BE(16) === 1 ? 65536 : base.readUInt16BE(16);
  const pages = base.length / pageSize;
  const variants: Variant[] = [];
  const bytes = (
    kind: MangleKind,
    detail: string,
    make: () => Buffer,
    expect?: Variant['expect'],
  ) =>
    variants.push({
      kind,
      detail,
      ...(expect ? { expect } : {}),
      write: (dir) => fs.writeFileSync(path.join(dir, DB), make()),
    });
  const mangled = (kind: MangleKind, change: (copy: Buffer) => string) => {
    const copy = Buffer.from(base);
    const detail = change(copy);
    bytes(kind, detail, () => copy);
  };
  const refused = ['unreadable'] as const;

  // Truncated: tiny (below the 100-byte header), inside page 1, on and between page boundaries.
  for (const length of [1, 15, 16, 50, 99, 100, 101]) {
    bytes('truncated', `${length} bytes`, () => base.subarray(0, length));
  }
  for (let i = 0; i < 6; i++) {
    const length = rng.int(102, pageSize - 1);
    bytes('truncated', `${length} bytes (inside page 1)`, () => base.subarray(0, length));
  }
  for (let i = 0; i < 10; i++) {
    const length = rng.int(1, pages - 1) * pageSize;
    bytes('truncated', `${length} bytes (page boundary)`, () => base.subarray(0, length));
  }
  for (let i = 0; i < 14; i++) {
    const length = rng.int(pageSize + 1, base.length - 1);
    bytes('truncated', `${length} bytes`, () => base.subarray(0, length));
  }

  // Single bit flips in the header: every field that matters, then random bytes of it.
  for (const at of [
    16, 17, 18, 19, 20, 21, 28, 31, 32, 36, 40, 44, 47, 56, 59, 60, 63, 68, 71, 92,
  ]) {
    mangled('bit-flip: header', (copy) => {
      const bit = rng.int(0, 7);
      copy[at]! ^= 1 << bit;
      return `byte ${at} bit ${bit}`;
    });
  }
  for (let i = 0; i < 6; i++) {
    mangled('bit-flip: header', (copy) => `bits ${flipBits(copy, rng, 1, 0, 100).join(' ')}`);
  }
  for (let i = 0; i < 16; i++) {
    mangled(
      'bit-flip: schema page',
      (copy) => `bits ${flipBits(copy, rng, 1, 100, pageSize).join(' ')}`,
    );
  }
  for (let i = 0; i < 24; i++) {
    mangled(
      'bit-flip: random page',
      (copy) => `bits ${flipBits(copy, rng, 1, pageSize, base.length).join(' ')}`,
    );
  }
  for (let i = 0; i < 16; i++) {
    mangled('bit-flips: many', (copy) => {
      const count = rng.int(2, 60);
      return `${count} bits ${flipBits(copy, rng, count, 0, base.length).slice(0, 5).join(' ')}…`;
    });
  }
  for (let i = 0; i < 8; i++) {
    mangled('scribbled page', (copy) => {
      const page = rng.int(0, pages - 1);
      for (let b = 0; b < pageSize; b++) copy[page * pageSize + b] = rng.int(0, 255);
      return `page ${page + 1} random`;
    });
  }
  for (let i = 0; i < 6; i++) {
    mangled('zeroed page', (copy) => {
      const page = rng.int(0, pages - 1);
      copy.fill(0, page * pageSize, (page + 1) * pageSize);
      return `page ${page + 1} zeroed`;
    });
  }

  // Whole files that are not (or no longer) a workspace.
  bytes('zero length', 'empty file', () => Buffer.alloc(0), ['ready']);
  bytes('all zeros', `${base.length} zero bytes`, () => Buffer.alloc(base.length), refused);
  bytes('all zeros', '4096 zero bytes', () => Buffer.alloc(4096), refused);
  for (const size of [10, 100, 4096, 300_000]) {
    bytes(
      'random bytes',
      `${size} bytes`,
      () => Buffer.from(Array.from({ length: size }, () => rng.int(0, 255))),
      refused,
    );
  }
  for (const keep of [100, pageSize, 3 * pageSize]) {
    bytes('header + garbage', `first ${keep} bytes kept`, () => {
      const copy = Buffer.from(base);
      for (let b = keep; b < copy.length; b++) copy[b] = rng.int(0, 255);
      return copy;
    });
  }
  bytes('header + garbage', 'header then text', () =>
    Buffer.concat([base.subarray(0, 100), Buffer.from('not a page '.repeat(2000))]),
  );

  const program = (detail: string, options: Parameters<typeof otherProgramDb>[1]) =>
    variants.push({
      kind: 'another program',
      detail,
      expect: refused,
      write: (dir) => otherProgramDb(path.join(dir, DB), options),
    });
  program('contacts table, no application id', { tables: true });
  program('contacts table, no application id, WAL with a commit', { tables: true, wal: true });
  program('contacts table, its own application id', { tables: true, appId: 0x12345678 });
  program('its own application id, WAL with a commit', { tables: true, appId: 0x7, wal: true });
  program('its own application id, no tables yet', { tables: false, appId: 0x12345678 });

  const companion = (detail: string, suffix: string, content: () => Buffer) =>
    variants.push({
      kind: 'bad companion file',
      detail,
      write: (dir) => {
        fs.writeFileSync(path.join(dir, DB), base);
        fs.writeFileSync(path.join(dir, `${DB}${suffix}`), content());
      },
    });
  companion('random -wal', '-wal', () => crypto.randomBytes(64 * 1024));
  companion('-wal with a WAL header and garbage frames', '-wal', () => {
    const wal = Buffer.alloc(32 + 10 * (24 + pageSize));
    for (let b = 0; b < wal.length; b++) wal[b] = rng.int(0, 255);
    wal.writeUInt32BE(0x377f0682, 0);
    wal.writeUInt32BE(3007000, 4);
    wal.writeUInt32BE(pageSize, 8);
    return wal;
  });
  companion('text -wal', '-wal', () => Buffer.from('not a log '.repeat(500)));
  companion('random -shm', '-shm', () => crypto.randomBytes(32 * 1024));
  companion('random -journal', '-journal', () => crypto.randomBytes(16 * 1024));

  bytes(
    'not a database',
    'meeting notes',
    () => Buffer.from('Meeting notes, not a database.\n'.repeat(80)),
    refused,
  );
  bytes(
    'not a database',
    'SQL text',
    () => Buffer.from('CREATE TABLE maps (id TEXT);\n'.repeat(40)),
    refused,
  );
  bytes('not a database', 'a PNG image', () => PNG, refused);
  bytes('not a database', 'a map file (JSON) renamed', () => Buffer.from(mapFile), refused);
  bytes(
    'not a database',
    'a PDF',
    () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n'),
    refused,
  );
  bytes('not a database', 'SQLite magic only', () => Buffer.from('SQLite format 3\0'), refused);

  variants.push({
    kind: 'directory',
    detail: 'a folder named workspace.db',
    expect: refused,
    write: (dir) => {
      fs.mkdirSync(path.join(dir, DB));
      fs.writeFileSync(path.join(dir, DB, 'inside.txt'), 'a file in the folder');
    },
  });
  if (!options.root) {
    variants.push({
      kind: 'no read permission',
      detail: 'mode 000',
      expect: refused,
      write: (dir) => {
        fs.writeFileSync(path.join(dir, DB), base);
        fs.chmodSync(path.join(dir, DB), 0o000);
      },
    });
  }
  variants.push({
    kind: 'huge sparse',
    detail: '4 GB of holes',
    expect: refused,
    write: (dir) => {
      const fd = fs.openSync(path.join(dir, DB), 'w');
      fs.ftruncateSync(fd, 4 * 1024 ** 3);
      fs.closeSync(fd);
    },
  });
  variants.push({
    kind: 'huge sparse',
    detail: 'the workspace, then holes up to 4 GB',
    write: (dir) => {
      fs.writeFileSync(path.join(dir, DB), base);
      fs.truncateSync(path.join(dir, DB), 4 * 1024 ** 3);
    },
  });
  variants.push({
    kind: 'too new',
    detail: 'user_version 99',
    expect: ['too-new'],
    write: (dir) => {
      const copy = Buffer.from(base);
      copy.writeUInt32BE(99, 60);
      fs.writeFileSync(path.join(dir, DB), copy);
    },
  });
  if (base.readUInt32BE(68) !== APPLICATION_ID) throw new Error('the base is not a workspace');

  // Make up the count with more single bit flips anywhere.
  while (variants.length < 200) {
    mangled(
      'bit-flip: random page',
      (copy) => `bits ${flipBits(copy, rng, 1, 0, base.length).join(' ')}`,
    );
  }
  return variants;
}
