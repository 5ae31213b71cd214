/**
 * A map as a BPMN 2.0 file that Camunda Modeler and bpmn.io open as drawn: one pool, a
 * lane per role, a task or event per step, an exclusive gateway after a step with more
 * than one way out, a sequence flow per arrow, and the diagram (BPMNDI). What BPMN cannot
 * say (deciders, criteria, change rules, exact kinds and positions) travels in `dm:data`
 * extension elements (shared/import/bpmn/ours.ts), so importing the export gives back the
 * same map. XML is written here, never parsed: the reading is bpmn-moddle's, in main.
 */
import { roleEntry, informationEntry, stepEntry, transitionEntry } from '../file-format/export';
import { DM_NAMESPACE, DM_PREFIX } from '../import/bpmn/ours';
import { stepList, transitionList, type MapDocument, type Step, type StepKind } from '../model';

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these characters
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');

const ELEMENT: Record<StepKind, string> = {
  start: 'startEvent',
  end: 'endEvent',
  wait: 'intermediateCatchEvent',
  handoff: 'sendTask',
  approval: 'userTask',
  review: 'userTask',
  external: 'task',
  task: 'task',
};

const isEvent = (kind: StepKind) => kind === 'start' || kind === 'end' || kind === 'wait';
const size = (kind: StepKind) => (isEvent(kind) ? { w: 36, h: 36 } : { w: 100, h: 80 });

const ROW = 110;
const LANE_LABEL = 30;
const GATEWAY = 50;

const ours = (value: unknown) =>
  `<bpmn:extensionElements><${DM_PREFIX}:data>${escapeXml(JSON.stringify(value))}</${DM_PREFIX}:data></bpmn:extensionElements>`;
const documentation = (text: string) =>
  text.trim() === '' ? '' : `<bpmn:documentation>${escapeXml(text)}</bpmn:documentation>`;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The BPMN 2.0 XML of `doc`. */
export function mapToBpmn(doc: MapDocument): string {
  const steps = stepList(doc);
  const transitions = transitionList(doc);
  const stepXmlId = new Map<string, string>(steps.map((s, i) => [s.id, `Step_${i + 1}`]));
  const roles = Object.values(doc.roles);
  const lanes = roles.map((r, i) => ({
    id: `Lane_${i + 1}`,
    name: r.name,
    role: r.id as string | null,
  }));
  if (steps.some((s) => s.performer === null || !doc.roles[s.performer]))
    lanes.push({ id: `Lane_${lanes.length + 1}`, name: 'No role yet', role: null });
  const laneOf = (s: Step) =>
    lanes.findIndex((l) => l.role === (s.performer && doc.roles[s.performer] ? s.performer : null));

  // Steps with more than one way out get an exclusive gateway, named by the first question.
  const outgoing = new Map<string, typeof transitions>();
  for (const t of transitions) outgoing.set(t.from, [...(outgoing.get(t.from) ?? []), t]);
  const gatewayOf = new Map<string, string>();
  steps.forEach((s, i) => {
    if ((outgoing.get(s.id)?.length ?? 0) > 1) gatewayOf.set(s.id, `Gateway_${i + 1}`);
  });

  // The diagram: a band per lane, steps in rows inside it, left to right as on the canvas.
  const boxes = new Map<string, Box>();
  const minX = Math.min(0, ...steps.map((s) => s.position.x));
  let top = 0;
  const laneBoxes: Box[] = [];
  const right = 160 + Math.max(400, ...steps.map((s) => (s.position.x - minX) / 1.6 + 220));
  lanes.forEach((_, index) => {
    const inLane = steps
      .filter((s) => laneOf(s) === index)
      .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
    const rowEnds: number[] = [];
    for (const s of inLane) {
      const { w, h } = size(s.kind);
      const x = 160 + Math.round((s.position.x - minX) / 1.6);
      let row = rowEnds.findIndex((end) => end + 20 <= x);
      if (row === -1) row = rowEnds.push(-Infinity) - 1;
      rowEnds[row] = x + 100 + (gatewayOf.has(s.id) ? GATEWAY + 30 : 0);
      boxes.set(s.id, { x, y: top + 15 + row * ROW + (80 - h) / 2, w, h });
    }
    const height = Math.max(1, rowEnds.length) * ROW + 20;
    laneBoxes.push({ x: 100 + LANE_LABEL, y: top, w: right - 100 - LANE_LABEL, h: height });
    top += height;
  });
  const gatewayBox = (stepId: string): Box => {
    const b = boxes.get(stepId)!;
    return { x: b.x + b.w + 20, y: b.y + b.h / 2 - GATEWAY / 2, w: GATEWAY, h: GATEWAY };
  };

  const flowXml: string[] = [];
  const edgeXml: string[] = [];
  const edge = (id: string, from: Box, to: Box) =>
    `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${from.x + from.w}" y="${from.y + from.h / 2}" /><di:waypoint x="${to.x}" y="${to.y + to.h / 2}" /></bpmndi:BPMNEdge>`;
  for (const [stepId, gateway] of gatewayOf) {
    const id = `Flow_${gateway}`;
    flowXml.push(
      `<bpmn:sequenceFlow id="${id}" sourceRef="${stepXmlId.get(stepId)}" targetRef="${gateway}" />`,
    );
    edgeXml.push(edge(id, boxes.get(stepId)!, gatewayBox(stepId)));
  }
  transitions.forEach((t, i) => {
    const id = `Flow_${i + 1}`;
    const gateway = gatewayOf.get(t.from);
    const source = gateway ?? stepXmlId.get(t.from)!;
    const readable = [t.decision.question, ...t.decision.criteria.map((c) => `- ${c}`)]
      .filter(Boolean)
      .join('\n');
    flowXml.push(
      `<bpmn:sequenceFlow id="${id}" name="${escapeXml(t.label)}" sourceRef="${source}" targetRef="${stepXmlId.get(t.to)}">${documentation(readable)}${ours(transitionEntry(t))}</bpmn:sequenceFlow>`,
    );
    edgeXml.push(edge(id, gateway ? gatewayBox(t.from) : boxes.get(t.from)!, boxes.get(t.to)!));
  });

  const stepXml = steps.map((s) => {
    const id = stepXmlId.get(s.id)!;
    const tag = ELEMENT[s.kind];
    const timer = s.kind === 'wait' ? `<bpmn:timerEventDefinition id="${id}_timer" />` : '';
    return `<bpmn:${tag} id="${id}" name="${escapeXml(s.label)}">${documentation(s.notes)}${ours(stepEntry(s))}${timer}</bpmn:${tag}>`;
  });
  const gatewayXml = [...gatewayOf].map(([stepId, id]) => {
    const question =
      outgoing.get(stepId)!.find((t) => t.decision.question.trim())?.decision.question ?? '';
    return `<bpmn:exclusiveGateway id="${id}" name="${escapeXml(question)}" />`;
  });
  const laneXml = lanes.map((lane, index) => {
    const refs = steps
      .filter((s) => laneOf(s) === index)
      .flatMap((s) => [
        stepXmlId.get(s.id)!,
        ...(gatewayOf.has(s.id) ? [gatewayOf.get(s.id)!] : []),
      ])
      .map((ref) => `<bpmn:flowNodeRef>${ref}</bpmn:flowNodeRef>`)
      .join('');
    return `<bpmn:lane id="${lane.id}" name="${escapeXml(lane.name)}">${refs}</bpmn:lane>`;
  });
  const shape = (id: string, b: Box, extra = '') =>
    `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"${extra}><dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" /></bpmndi:BPMNShape>`;
  const shapes = [
    shape(
      'Participant_1',
      { x: 100, y: 0, w: right - 100, h: Math.max(top, 1) },
      ' isHorizontal="true"',
    ),
    ...lanes.map((lane, i) => shape(lane.id, laneBoxes[i]!, ' isHorizontal="true"')),
    ...steps.map((s) => shape(stepXmlId.get(s.id)!, boxes.get(s.id)!)),
    ...[...gatewayOf].map(([stepId, id]) =>
      shape(id, gatewayBox(stepId), ' isMarkerVisible="true"'),
    ),
  ];
  const mapData = {
    name: doc.info.name,
    purpose: doc.info.purpose,
    stage: doc.info.stage,
    notation: doc.info.notation,
    roles: roles.map(roleEntry),
    information: Object.values(doc.information).map(informationEntry),
    parkingLot: doc.parkingLot.map((p) => ({ id: p.id, text: p.text, target: p.target })),
    votes: { ...doc.votes },
  };
  const name = escapeXml(doc.info.name);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:${DM_PREFIX}="${DM_NAMESPACE}" id="Definitions_1" name="${name}" targetNamespace="https://decisionmap.app/bpmn" exporter="Decision Map" exporterVersion="1">`,
    `<bpmn:collaboration id="Collaboration_1"><bpmn:participant id="Participant_1" name="${name}" processRef="Process_1" /></bpmn:collaboration>`,
    `<bpmn:process id="Process_1" isExecutable="false">${ours(mapData)}`,
    `<bpmn:laneSet id="LaneSet_1">${laneXml.join('')}</bpmn:laneSet>`,
    ...stepXml,
    ...gatewayXml,
    ...flowXml,
    '</bpmn:process>',
    '<bpmndi:BPMNDiagram id="Diagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collaboration_1">',
    ...shapes,
    ...edgeXml,
    '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>',
    '</bpmn:definitions>',
    '',
  ].join('\n');
}
