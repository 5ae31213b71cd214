/** Fixture access and small builders for the file-format tests. */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { parseMapFile } from '../../../shared/file-format/import';

/**
 * A parsed file edited by tests. Untyped on purpose: the tests break files in ways no
 * type would allow (a number for a label, a missing `automatic`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonFile = any;

export const FIXTURES = path.resolve(__dirname, '../../fixtures');

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** docs/file-format.md's example as a plain object, fresh for every call so tests can edit it. */
export function example(): JsonFile {
  return JSON.parse(fixtureText('campaign-small.decisionmap.json'));
}

/** The example after `edit`, as file text. */
export function exampleWith(edit: (file: JsonFile) => void): string {
  const file = example();
  edit(file);
  return JSON.stringify(file);
}

/** The problems of a file that must be refused; fails the test when it is accepted. */
export function problemsOf(text: string): string[] {
  const result = parseMapFile(text);
  if (result.ok) expect.fail('the file was accepted, but it should have been refused');
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(20);
  return result.problems;
}

/** A minimal valid file with the given map fields. */
export function minimalFile(map: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'decision-map',
    version: 1,
    map: { id: 'm-1', name: 'Minimal', ...map },
  });
}
