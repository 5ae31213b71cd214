/**
 * A draw.io file through the same door as a BPMN file (`importProcessFile`, the parser in the
 * untrusted-file worker): told apart by its content, mapped, and reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importProcessFile, PROCESS_LIMITS } from '../../../main/import';
import { parseUntrusted } from '../../../main/untrusted/run';
import { UNTRUSTED_WORKER } from '../../../main/untrusted/workerPath';
import { AppError } from '../../../shared/errors';
import { describeReport } from '../../../shared/import/report';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/drawio');

const deps = {
  parseBpmn: () => Promise.reject(new Error('not a BPMN file')),
  parseDrawio: (bytes: Uint8Array) =>
    parseUntrusted(UNTRUSTED_WORKER, 'drawio', bytes, PROCESS_LIMITS),
  newMapId: () => 'imported',
};

describe('importing a draw.io file', () => {
  it('maps draw.io’s cross-functional template: lanes are roles, shapes steps in them', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'cross_functional_flowchart_2.xml'));
    const { doc, report } = await importProcessFile('Cross-functional.xml', bytes, deps);
    const steps = Object.values(doc.steps);
    expect(steps.length).toBeGreaterThan(0);
    expect(Object.keys(doc.roles).length).toBeGreaterThan(0);
    // Every step drawn in a lane has that lane's role as its performer.
    expect(steps.filter((s) => s.performer !== null).length).toBeGreaterThan(0);
    expect(report.steps).toBe(steps.length);
    expect(describeReport(report)).toMatch(/^Imported \d+ steps?, \d+ arrows?, \d+ roles?/);
    expect(doc.info.name).toBe('Cross-functional');
  });

  it('reads a .drawio file saved by the app (two pages: the first is imported)', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'sourdough-process.drawio'));
    const { doc, report } = await importProcessFile('sourdough-process.drawio', bytes, deps);
    expect(Object.keys(doc.steps).length).toBe(report.steps);
    expect(report.leftOut.map((l) => l.what).join(' ')).toMatch(/page/);
  });

  it('refuses a page with nothing to import, saying so', async () => {
    const bytes = new TextEncoder().encode('<mxfile><diagram name="Empty"/></mxfile>');
    const error = await importProcessFile('empty.drawio', bytes, deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_FILE');
  });
});
