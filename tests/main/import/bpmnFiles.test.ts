/**
 * Real BPMN files written by other tools (tests/fixtures/bpmn, from the BPMN MIWG test
 * suite): read independently with bpmn-moddle, every named task must become a step with its
 * name, every named lane a role, every direct flow between two tasks an arrow, and every
 * named exclusive gateway the question on the arrows that leave it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { importProcessFile, PROCESS_LIMITS } from '../../../main/import';
import { decodeXml } from '../../../main/import/detect';
import { readBpmn } from '../../../main/import/bpmnParser';
import { readDrawio } from '../../../main/import/drawio';
import { isActivity } from '../../../shared/import/bpmn/classify';
import { transitionList } from '../../../shared/model';

const FIXTURES = path.resolve(__dirname, '../../fixtures/bpmn');
const FILES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.bpmn'));

type El = { $type: string; id: string; name?: string; [key: string]: unknown };
const local = (el: El) => el.$type.replace(/^bpmn:/, '');
const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** What the file holds, read straight from moddle's tree: top-level flow elements and lanes. */
async function truth(bytes: Uint8Array) {
  const { rootElement } = await new BpmnModdle().fromXML(decodeXml(bytes));
  const processes = (rootElement.rootElements as El[]).filter((e) => local(e) === 'Process');
  const elements = processes.flatMap((p) => (p.flowElements as El[] | undefined) ?? []);
  const lanes: El[] = [];
  const walk = (set: El | undefined) => {
    for (const lane of (set?.lanes as El[] | undefined) ?? []) {
      lanes.push(lane);
      walk(lane.childLaneSet as El | undefined);
    }
  };
  for (const p of processes) for (const set of (p.laneSets as El[] | undefined) ?? []) walk(set);
  return { elements, lanes };
}

describe.each(FILES)('%s', (file) => {
  it('imports every named task, lane, direct flow and exclusive gateway', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, file));
    const { doc, report } = await importProcessFile(file, bytes, {
      parseBpmn: (b) => readBpmn(b, PROCESS_LIMITS),
      parseDrawio: (b) => readDrawio(b, PROCESS_LIMITS),
      newMapId: () => 'imported',
    });
    const { elements, lanes } = await truth(bytes);
    const byId = new Map(elements.map((e) => [e.id, e]));

    const tasks = elements.filter((e) => isActivity(local(e)) && clean(e.name) !== '');
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) expect(doc.steps[task.id]?.label).toBe(clean(task.name));

    const roleNames = Object.values(doc.roles).map((r) => r.name);
    for (const lane of lanes.filter((l) => clean(l.name) !== ''))
      expect(roleNames).toContain(clean(lane.name));

    const arrows = transitionList(doc);
    const flows = elements.filter((e) => local(e) === 'SequenceFlow');
    for (const f of flows) {
      const source = f.sourceRef as El;
      const target = f.targetRef as El;
      if (isActivity(local(source)) && isActivity(local(target))) {
        expect(arrows.some((t) => t.from === source.id && t.to === target.id)).toBe(true);
      }
    }

    const gateways = elements.filter(
      (e) => local(e) === 'ExclusiveGateway' && clean(e.name) !== '',
    );
    for (const g of gateways) {
      const targets = flows
        .filter((f) => (f.sourceRef as El).id === g.id)
        .map((f) => (f.targetRef as El).id);
      for (const target of targets.filter((t) => doc.steps[t] && byId.has(t))) {
        expect(arrows.some((t) => t.to === target && t.decision.question === clean(g.name))).toBe(
          true,
        );
      }
    }
    expect(report.steps).toBe(doc.stepOrder.length);
    expect(report.arrows).toBe(doc.transitionOrder.length);
  });
});

it('reads the reference model with `semantic:` prefixes and an ISO-8859-1 declaration', async () => {
  const bytes = fs.readFileSync(path.join(FIXTURES, 'reference-A.1.0.bpmn'));
  expect(new TextDecoder().decode(bytes.subarray(0, 200))).toContain('semantic:definitions');
  const { doc } = await importProcessFile('A.1.0.bpmn', bytes, {
    parseBpmn: (b) => readBpmn(b, PROCESS_LIMITS),
    parseDrawio: (b) => readDrawio(b, PROCESS_LIMITS),
    newMapId: () => 'imported',
  });
  expect(Object.values(doc.steps).map((s) => s.label)).toEqual(
    expect.arrayContaining(['Start Event', 'Task 1', 'Task 2', 'Task 3', 'End Event']),
  );
});
