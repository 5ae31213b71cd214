/**
 * `decision-map import FILE --page NAME|NUMBER`: the page of a draw.io file that becomes the
 * map, chosen by name or number; a page the file does not have is refused in one line and
 * nothing is written; the help lists the option.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROCESS_LIMITS } from '../../../main/import';
import { readBpmn } from '../../../main/import/bpmnParser';
import { readDrawio } from '../../../main/import/drawio';
import { runCliAsync, USAGE } from '../../../main/cli/run';
import { parseMapFile } from '../../../shared/file-format';
import { fixture } from '../../support/drawioFiles';

const MODEL = '/maps/sourdough-process.drawio';

/** Runs the command over the real two-page fixture, keeping what it writes in memory. */
async function run(...args: string[]) {
  const written = new Map<string, string>();
  const result = await runCliAsync(['import', MODEL, ...args], {
    readBytes: (file) =>
      file === MODEL
        ? { ok: true, bytes: fixture('sourdough-process.drawio') }
        : { ok: false, message: `no ${file}` },
    writeFile: (file, text) => {
      written.set(file, text);
      return { ok: true };
    },
    parseBpmn: (bytes) => readBpmn(bytes, PROCESS_LIMITS),
    parseDrawio: (bytes) => readDrawio(bytes, PROCESS_LIMITS),
    newMapId: () => 'm-sourdough',
  });
  return { ...result, written };
}

function stepLabels(text: string | undefined): string[] {
  const parsed = parseMapFile(text ?? '');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return Object.values(parsed.doc.steps).map((s) => s.label);
}

describe('decision-map import --page', () => {
  it('imports the page named, and the same page by its number', async () => {
    const byName = await run('--page', 'Make sourdough loaf');
    expect(byName.stderr).toBe('');
    expect(byName.exitCode).toBe(0);
    const out = '/maps/sourdough-process.decisionmap.json';
    expect(byName.stdout).toMatch(/^Imported 38 steps, /);
    expect(byName.stdout).toContain('1 other page (import it on its own)');
    const loaf = stepLabels(byName.written.get(out));
    expect(loaf).toHaveLength(38);

    const byNumber = await run('--page=2');
    expect(byNumber.exitCode).toBe(0);
    expect(stepLabels(byNumber.written.get(out))).toEqual(loaf);
  });

  it('imports the first page without --page', async () => {
    const first = await run();
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/^Imported 5 steps, /);
  });

  it('refuses a page the file does not have in one line, writing nothing', async () => {
    const missing = await run('--page', '3');
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe(
      'This draw.io file has no page “3”; its pages are 1 “Make sourdough starter”, 2 “Make sourdough loaf”.\n',
    );
    expect(missing.written.size).toBe(0);
  });

  it('refuses --page for a BPMN model, which has no pages, writing nothing', async () => {
    const written = new Map<string, string>();
    const bpmn = await runCliAsync(['import', '/maps/flow.bpmn', '--page', '2'], {
      readBytes: () => ({
        ok: true,
        bytes: readFileSync(resolve(import.meta.dirname, '../../fixtures/bpmn/camunda-A.3.0.bpmn')),
      }),
      writeFile: (file, text) => {
        written.set(file, text);
        return { ok: true };
      },
      parseBpmn: (bytes) => readBpmn(bytes, PROCESS_LIMITS),
      parseDrawio: (bytes) => readDrawio(bytes, PROCESS_LIMITS),
      newMapId: () => 'm-flow',
    });
    expect(bpmn.exitCode).toBe(2);
    expect(bpmn.stderr).toContain('“flow” is a BPMN process model: it has no pages');
    expect(written.size).toBe(0);
  });

  it('asks for a value and lists the option in the help', async () => {
    const bare = await run('--page');
    expect(bare.exitCode).toBe(2);
    expect(bare.stderr).toContain("--page needs a page's name or number.");
    expect(USAGE).toContain('--page NAME|NUMBER');
  });
});
