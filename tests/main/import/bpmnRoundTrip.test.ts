/**
 * Export → import is lossless: random maps written as BPMN and read back through the real
 * parser (bpmn-moddle) and the pure mapping give back the same steps, kinds, arrows, roles,
 * information and every decision field; and the export parses without a single warning.
 */
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { PROCESS_LIMITS } from '../../../main/import';
import { readBpmn } from '../../../main/import/bpmnParser';
import { mapToBpmn } from '../../../shared/export/bpmn';
import { bpmnToMap } from '../../../shared/import/bpmn/toMap';
import { parseMapFile, serializeMapFile } from '../../../shared/file-format';
import { generateMap } from '../../support/generateMap';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('BPMN export and import', () => {
  it.each([3, 8, 25, 60])('gives back a random map of %i steps unchanged', async (size) => {
    for (const seed of [1, 2, 3]) {
      const map = generateMap(size, seed);
      const xml = mapToBpmn(map);
      const model = await readBpmn(bytes(xml), PROCESS_LIMITS);
      const back = bpmnToMap(model, map.info.id, 'x');
      if (!back.ok) throw new Error(back.problem);
      expect(back.doc.stepOrder).toEqual(map.stepOrder);
      expect(back.doc.steps).toEqual(map.steps);
      expect(back.doc.transitions).toEqual(map.transitions);
      expect(back.doc.roles).toEqual(map.roles);
      expect(back.doc.information).toEqual(map.information);
      expect(back.doc.info).toEqual(map.info);
      expect(back.doc.parkingLot).toEqual(map.parkingLot);
      // And the map is one the app accepts through its portable file.
      expect(parseMapFile(serializeMapFile(back.doc)).ok).toBe(true);
    }
  });

  it('writes a file bpmn-moddle reads without warnings, with a lane per role', async () => {
    const map = generateMap(40, 7);
    const { rootElement, warnings } = await new BpmnModdle().fromXML(mapToBpmn(map));
    expect(warnings).toEqual([]);
    const process = (
      rootElement.rootElements as { $type: string; laneSets?: { lanes: { name: string }[] }[] }[]
    ).find((e) => e.$type === 'bpmn:Process')!;
    const laneNames = process.laneSets![0]!.lanes.map((l) => l.name);
    for (const role of Object.values(map.roles)) expect(laneNames).toContain(role.name);
  });

  it('puts an exclusive gateway after each step with more than one way out', async () => {
    const map = generateMap(30, 4);
    const model = await readBpmn(bytes(mapToBpmn(map)), PROCESS_LIMITS);
    const branching = map.stepOrder.filter(
      (id) => Object.values(map.transitions).filter((t) => t.from === id).length > 1,
    );
    expect(branching.length).toBeGreaterThan(0);
    expect(model.nodes.filter((n) => n.type === 'ExclusiveGateway')).toHaveLength(branching.length);
  });

  it('keeps a task another modeller added to our export, performed by its lane’s role', async () => {
    const map = generateMap(12, 2);
    const firstRole = Object.values(map.roles)[0]!;
    const xml = mapToBpmn(map)
      .replace(
        '</bpmn:process>',
        '<bpmn:task id="Added_1" name="Added in Camunda" /></bpmn:process>',
      )
      .replace(/(<bpmn:lane id="Lane_1"[^>]*>)/, '$1<bpmn:flowNodeRef>Added_1</bpmn:flowNodeRef>');
    const back = bpmnToMap(await readBpmn(bytes(xml), PROCESS_LIMITS), map.info.id, 'x');
    if (!back.ok) throw new Error(back.problem);
    expect(back.doc.steps.Added_1).toMatchObject({
      label: 'Added in Camunda',
      performer: firstRole.id,
    });
    expect(back.doc.roles).toEqual(map.roles);
    expect(parseMapFile(serializeMapFile(back.doc)).ok).toBe(true);
  });

  it('carries the room’s mark on a decision (issue 19) through dm:data', async () => {
    const map = generateMap(8, 5);
    const [first, second] = Object.values(map.transitions);
    const marked = {
      ...map,
      transitions: {
        ...map.transitions,
        [first!.id]: {
          ...first!,
          decision: { ...first!.decision, fromRoom: ['who', 'good'] as const },
        },
      },
    };
    const back = bpmnToMap(
      await readBpmn(bytes(mapToBpmn(marked)), PROCESS_LIMITS),
      map.info.id,
      'x',
    );
    if (!back.ok) throw new Error(back.problem);
    expect(back.doc.transitions[first!.id]!.decision.fromRoom).toEqual(['who', 'good']);
    expect('fromRoom' in back.doc.transitions[second!.id]!.decision).toBe(false);
  });
});
