/**
 * Reads a BPMN 2.0 file with bpmn-moddle (the bpmn.io parser, which reads what dozens of
 * modelling tools write, `semantic:` prefixes included) into the plain `BpmnModel` the pure
 * mapping takes. Runs in the untrusted-file worker (`PARSERS['bpmn-model']`), counting the
 * elements it walks against the meter. References that do not resolve are moddle's warnings:
 * what resolves is imported, the rest is counted for the report.
 */
import { BpmnModdle, type ParseResult } from 'bpmn-moddle';
import type {
  BpmnAnnotation,
  BpmnBounds,
  BpmnData,
  BpmnDataLink,
  BpmnFlow,
  BpmnLane,
  BpmnModel,
  BpmnNode,
  BpmnPool,
} from '../../shared/import/bpmn/model';
import { DM_PREFIX } from '../../shared/import/bpmn/ours';
import { decodeXml } from './detect';
import { FileRefused, Meter, type Limits } from '../untrusted/limits';

/** A moddle element, loosely: we read only what we know and check what we read. */
type El = { $type: string; [key: string]: unknown };

const list = (value: unknown): El[] => (Array.isArray(value) ? (value as El[]) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const local = (el: El) => el.$type.replace(/^[^:]*:/, '');
const refId = (value: unknown): string | null =>
  value && typeof value === 'object' && typeof (value as El).id === 'string'
    ? ((value as El).id as string)
    : null;

function ours(el: El): string | null {
  const ext = el.extensionElements as El | undefined;
  const data = list(ext?.values).find((v) => v.$type === `${DM_PREFIX}:data`);
  return data ? text(data.$body) : null;
}

const documentation = (el: El) =>
  list(el.documentation)
    .map((d) => text(d.text))
    .join('\n');

/** Reads `bytes` (a BPMN file whose kind was detected) into a BpmnModel. */
export async function readBpmn(bytes: Uint8Array, limits: Limits): Promise<BpmnModel> {
  const meter = new Meter(limits);
  const xml = decodeXml(bytes);
  let result: ParseResult;
  try {
    result = await new BpmnModdle().fromXML(xml);
  } catch (error) {
    throw new FileRefused(
      'damaged',
      'INVALID_FILE',
      `This BPMN file is damaged, so it could not be read (${String((error as Error).message ?? error).slice(0, 200)}). Nothing was changed.`,
    );
  }
  meter.checkTime();
  try {
    return walk(result, meter);
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    // A shape of the tree we did not expect: the person gets words, never a stack trace.
    throw new FileRefused(
      'damaged',
      'INVALID_FILE',
      'This BPMN file is laid out in a way Decision Map cannot read. Nothing was changed.',
    );
  }
}

/** The plain model of a parsed file, counting every element walked against the meter. */
function walk(result: ParseResult, meter: Meter): BpmnModel {
  const definitions = result.rootElement as unknown as El;
  const bounds = new Map<string, BpmnBounds>();
  for (const diagram of list(definitions.diagrams)) {
    for (const shape of list((diagram.plane as El | undefined)?.planeElement)) {
      meter.node();
      const id = refId(shape.bpmnElement);
      const b = shape.bounds as El | undefined;
      if (
        id &&
        b &&
        [b.x, b.y, b.width, b.height].every((v) => Number.isFinite(v)) &&
        !bounds.has(id)
      ) {
        bounds.set(id, {
          x: b.x as number,
          y: b.y as number,
          width: b.width as number,
          height: b.height as number,
        });
      }
    }
  }

  const pools: BpmnPool[] = [];
  const nodes: BpmnNode[] = [];
  const flows: BpmnFlow[] = [];
  const lanes: BpmnLane[] = [];
  const data: BpmnData[] = [];
  const dataLinks: BpmnDataLink[] = [];
  const annotations: BpmnAnnotation[] = [];
  const associations: { source: string; target: string }[] = [];
  const skipped: Record<string, number> = {};
  const skip = (what: string) => (skipped[what] = (skipped[what] ?? 0) + 1);
  let insideSubProcesses = 0;
  let choreographies = 0;
  let processOurs: string | null = null;

  const countInside = (el: El): number =>
    list(el.flowElements).reduce((n, child) => {
      meter.node();
      return n + 1 + countInside(child);
    }, 0);

  const artifacts = (owner: El) => {
    for (const a of list(owner.artifacts)) {
      meter.node();
      const type = local(a);
      if (type === 'TextAnnotation')
        annotations.push({ id: text(a.id), text: text(a.text), targets: [] });
      else if (type === 'Association') {
        const source = refId(a.sourceRef);
        const target = refId(a.targetRef);
        if (source && target) associations.push({ source, target });
      } else skip(type === 'Group' ? 'group' : 'other artifact');
    }
  };

  const readLanes = (process: string, laneSet: El | undefined, parent: string | null) => {
    for (const lane of list(laneSet?.lanes)) {
      meter.node();
      const id = text(lane.id);
      const refs = list(lane.flowNodeRef)
        .map(refId)
        .filter((r): r is string => r !== null);
      lanes.push({ id, name: text(lane.name), process, parent, nodes: refs, ours: ours(lane) });
      readLanes(process, lane.childLaneSet as El | undefined, id);
    }
  };

  const readProcess = (process: El) => {
    const pid = text(process.id);
    processOurs ??= ours(process);
    for (const set of list(process.laneSets)) readLanes(pid, set, null);
    artifacts(process);
    for (const el of list(process.flowElements)) {
      meter.node();
      const type = local(el);
      const id = text(el.id);
      if (type === 'SequenceFlow') {
        const source = refId(el.sourceRef);
        const target = refId(el.targetRef);
        if (source && target) {
          const condition = el.conditionExpression as El | undefined;
          flows.push({
            id,
            kind: 'sequence',
            source,
            target,
            name: text(el.name),
            condition: text(condition?.body),
            ours: ours(el),
          });
        }
        continue;
      }
      if (type === 'DataObjectReference' || type === 'DataStoreReference') {
        const object = (el.dataObjectRef ?? el.dataStoreRef) as El | undefined;
        data.push({ id, name: text(el.name) || text(object?.name), ours: ours(el) });
        continue;
      }
      if (type === 'DataObject') continue;
      for (const input of list(el.dataInputAssociations)) {
        for (const source of list(input.sourceRef)) {
          const dataId = refId(source);
          if (dataId) dataLinks.push({ activity: id, data: dataId, direction: 'input' });
        }
      }
      for (const output of list(el.dataOutputAssociations)) {
        const dataId = refId(output.targetRef);
        if (dataId) dataLinks.push({ activity: id, data: dataId, direction: 'output' });
      }
      if (/SubProcess|Transaction/.test(type)) {
        insideSubProcesses += countInside(el);
        artifacts(el);
      }
      nodes.push({
        id,
        type,
        name: text(el.name),
        process: pid,
        events: list(el.eventDefinitions).map(local),
        attachedTo: refId(el.attachedToRef),
        documentation: documentation(el),
        ours: ours(el),
        bounds: bounds.get(id) ?? null,
      });
    }
  };

  const pooled = new Set<string>();
  for (const root of list(definitions.rootElements)) {
    meter.node();
    const type = local(root);
    if (type === 'Collaboration') {
      for (const p of list(root.participants)) {
        const process = refId(p.processRef);
        if (process) pooled.add(process);
        pools.push({ id: text(p.id), name: text(p.name), process });
      }
      for (const m of list(root.messageFlows)) {
        const source = refId(m.sourceRef);
        const target = refId(m.targetRef);
        if (source && target)
          flows.push({
            id: text(m.id),
            kind: 'message',
            source,
            target,
            name: text(m.name),
            condition: '',
            ours: ours(m),
          });
      }
      artifacts(root);
    } else if (type === 'Choreography' || type === 'GlobalConversation') choreographies++;
  }
  for (const root of list(definitions.rootElements)) {
    if (local(root) !== 'Process') continue;
    if (!pooled.has(text(root.id)))
      pools.push({ id: text(root.id), name: text(root.name), process: text(root.id) });
    readProcess(root);
  }
  for (const a of associations) {
    const note = annotations.find((n) => n.id === a.source || n.id === a.target);
    if (note) (note.targets as string[]).push(note.id === a.source ? a.target : a.source);
  }
  meter.checkTime();
  const unresolved = result.warnings.filter((w) => /unresolved reference/i.test(w.message)).length;
  return {
    name: text(definitions.name),
    ours: processOurs,
    pools,
    nodes,
    flows,
    lanes,
    data,
    dataLinks,
    annotations,
    skipped,
    insideSubProcesses,
    unresolved,
    choreographies,
  };
}
