/**
 * No map content in the log: error messages that quote a map's text lose it, whatever
 * produced them (V8's JSON.parse, Node's file system, zod, SQLite, our own import refusal).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeError, scrubMessage } from '../../../main/log';
import { importRefusal } from '../../../main/service/session';
import { unopenable } from '../../../main/store/probe';
import { AppError, ERROR_MESSAGES } from '../../../shared/errors';
import { tempDir } from '../../support/tempDir';

const SECRET = 'Secret step name';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('describeError', () => {
  it.each<[string, () => unknown]>([
    ['JSON.parse on a stored row', () => thrown(() => JSON.parse(`{"label":"${SECRET}" oops}`))],
    ['JSON.parse of a bare label', () => thrown(() => JSON.parse(SECRET))],
    [
      'JSON.parse with the label far before the error',
      () => thrown(() => JSON.parse(`{"label":"${SECRET} and more words","x":}`)),
    ],
    ['a message quoting the label', () => new Error(`Could not save "${SECRET}" to the map`)],
    ['single quotes', () => new Error(`Step '${SECRET}' is in the way`)],
    ['typographic quotes', () => new Error(`Step “${SECRET}” is in the way`)],
    [
      'a file named after the map',
      () => thrown(() => fs.readFileSync(path.join(tempDir(), `${SECRET}.pdf`))),
    ],
    [
      'a zod error with the label as a key and a value',
      () =>
        thrown(() =>
          z
            .record(z.string(), z.object({ kind: z.literal('task') }))
            .parse({ [SECRET]: { kind: SECRET } }),
        ),
    ],
    [
      'an import refusal naming the file problems',
      () =>
        new AppError(
          'INVALID_FILE',
          importRefusal([
            `map.steps[0].kind must be one of task, review, not "${SECRET}".`,
            `map has a field that version 1 of the format does not know: ${SECRET}.`,
          ]),
        ),
    ],
    [
      'SQLite failing on stored JSON',
      () => {
        const db = new Database(':memory:');
        return thrown(() => db.prepare('SELECT json(?)').get(`{"label": "${SECRET}"`));
      },
    ],
    [
      'a cause that quotes the label',
      () => new Error('Save failed', { cause: new Error(`no room for "${SECRET}"`) }),
    ],
  ])('%s: the label does not reach the log', (_name, make) => {
    const line = describeError(make());
    expect(line).not.toContain('Secret');
    expect(line).not.toContain('step name');
    expect(line).not.toMatch(/\n/);
  });

  it('keeps what helps: name, code, the wording before any quote, frames', () => {
    const error = thrown(() => fs.readFileSync(path.join(tempDir(), `${SECRET}.pdf`)));
    expect(describeError(error)).toMatch(/^Error: ENOENT: no such file or directory, open… \| at /);
    expect(describeError(thrown(() => JSON.parse(SECRET)))).toMatch(
      /^SyntaxError: Unexpected token 'S',… \| at /,
    );
    const zod = thrown(() => z.object({ n: z.number() }).parse({ n: SECRET }));
    expect(describeError(zod)).toMatch(/^ZodError: 1 validation issue\(s\): invalid_type \| at /);
  });

  it('keeps our fixed messages whole, and cuts our own longer ones at the colon', () => {
    expect(describeError(new AppError('STORAGE_FAILED'))).toMatch(
      new RegExp(`^AppError STORAGE_FAILED: ${ERROR_MESSAGES.STORAGE_FAILED} \\| at `),
    );
    const refusal = new AppError('INVALID_FILE', importRefusal(['steps is missing.']));
    expect(describeError(refusal)).toMatch(
      /^AppError INVALID_FILE: This file could not be imported… \| at /,
    );
    const sqlite = Object.assign(new Error('unable to open database file'), {
      name: 'SqliteError',
      code: 'SQLITE_CANTOPEN',
    });
    expect(describeError(unopenable(sqlite))).toMatch(
      /^AppError WORKSPACE_UNREADABLE: The workspace file could not be opened\. .* \| caused by SqliteError SQLITE_CANTOPEN: unable to open database file \| at /,
    );
  });
});

describe('scrubMessage', () => {
  it.each([
    [
      "Cannot read properties of undefined (reading 'label')",
      'Cannot read properties of undefined (reading…',
    ],
    ["The map can't be saved", "The map can't be saved"],
    ['no such table: maps', 'no such table: maps'],
    ["Expected ',' or '}' after property value", "Expected ',' or '}' after property value"],
    ['a "" pair', 'a…'],
    [
      'EACCES: permission denied, mkdir /home/someone/Secret-project/logs',
      'EACCES: permission denied, mkdir <path>',
    ],
    ['open C:\\Users\\someone\\Budget.pdf failed', 'open <path> failed'],
    ['first line\nsecond line with data', 'first line…'],
    ['x'.repeat(300), `${'x'.repeat(200)}…`],
  ])('%j → %j', (message, expected) => {
    expect(scrubMessage(message)).toBe(expected);
  });
});
