/**
 * Bad and hostile process files: each is refused with a plain message, before or inside
 * the untrusted-file worker; dangling references import what resolves and
 * report the rest.
 */
import { describe, expect, it } from 'vitest';
import { importProcessFile, PROCESS_LIMITS } from '../../../main/import';
import { parseUntrusted } from '../../../main/untrusted/run';
import { UNTRUSTED_WORKER } from '../../../main/untrusted/workerPath';
import { AppError } from '../../../shared/errors';
import { describeReport } from '../../../shared/import/report';

const deps = {
  parseBpmn: (bytes: Uint8Array) =>
    parseUntrusted(UNTRUSTED_WORKER, 'bpmn-model', bytes, PROCESS_LIMITS),
  parseDrawio: (bytes: Uint8Array) =>
    parseUntrusted(UNTRUSTED_WORKER, 'drawio', bytes, PROCESS_LIMITS),
  newMapId: () => 'imported',
};
const MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const utf8 = (text: string) => new TextEncoder().encode(text);

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<definitions xmlns="${MODEL}"><process id="p"><task id="t" name="&lol3;"/></process></definitions>`;
const externalEntity = `<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<definitions xmlns="${MODEL}"><process id="p"><task id="t" name="&secret;"/></process></definitions>`;
const dmn = `<?xml version="1.0"?><definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:x="http://www.omg.org/spec/DMN/20180521/MODEL/" id="d"><decision id="x"/></definitions>`;
const many = `<definitions xmlns="${MODEL}"><process id="p">${'<task/>'.repeat(100_001)}</process></definitions>`;

describe('refused at once, nothing imported', () => {
  it.each<[string, () => Uint8Array, RegExp]>([
    [
      'a DOCTYPE with internal entities (billion laughs)',
      () => utf8(billionLaughs),
      /DOCTYPE or entities/,
    ],
    ['an external entity', () => utf8(externalEntity), /DOCTYPE or entities/],
    ['text that is not XML', () => utf8('Step 1, then step 2'), /not XML/],
    [
      'XML that is not BPMN',
      () => utf8('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'),
      /not a BPMN 2.0 process/,
    ],
    ['a DMN file', () => utf8(dmn), /DMN decision table file/],
    ['more than 100,000 elements', () => utf8(many), /more than 100,000 elements/],
    ['a file over 50 MB', () => new Uint8Array(50 * 1024 * 1024 + 1), /larger than 50 MB/],
    [
      'a pure collaboration with empty pools',
      () =>
        utf8(
          `<definitions xmlns="${MODEL}"><collaboration id="c"><participant id="a" name="Client"/></collaboration></definitions>`,
        ),
      /nothing a map can hold/,
    ],
    [
      'a draw.io file with no shapes on its page',
      () => utf8('<mxfile><diagram/></mxfile>'),
      /of this draw\.io file has no shapes to import as steps/,
    ],
  ])('%s', async (_, make, message) => {
    const bytes = make();
    const error = await importProcessFile('model.bpmn', bytes, deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_FILE');
    expect((error as AppError).message).toMatch(message);
    expect((error as AppError).message).toMatch(/Nothing was changed\.$/);
    // How fast a refusal comes is measured in the bench, not asserted here: on a loaded
    // machine a worker start alone can pass a second. The worker's time budget is tested in
    // tests/main/pdf/hostile.test.ts.
  });
});

it('imports what resolves and reports dangling references', async () => {
  const xml = `<definitions xmlns="${MODEL}" id="d"><process id="p">
    <task id="a" name="Draft"/><task id="b" name="Publish"/>
    <sequenceFlow id="f1" sourceRef="a" targetRef="b"/>
    <sequenceFlow id="f2" sourceRef="a" targetRef="gone"/>
  </process></definitions>`;
  const { doc, report } = await importProcessFile('dangling.bpmn', utf8(xml), deps);
  expect(Object.values(doc.steps).map((s) => s.label)).toEqual(['Draft', 'Publish']);
  expect(Object.keys(doc.transitions)).toEqual(['f1']);
  expect(describeReport(report)).toMatch(/left out: 1 reference that does not resolve/);
});
