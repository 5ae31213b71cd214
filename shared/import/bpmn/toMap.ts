/**
 * The pure mapping from a BPMN model (plain data, read by main's parser) to a map and the
 * report of what was imported and left out. The rules, with their reasons, are in
 * docs/file-format.md ("BPMN"); each is a small function in classify.ts or collapse.ts.
 */
import { clipText } from '../../content/text';
import { LIMITS } from '../../content/limits';
import { layoutSteps } from '../../file-format/layout';
import { RESERVED_IDS } from '../../content/text';
import {
  emptyDecision,
  type InformationId,
  type InformationItem,
  type MapDocument,
  type MapId,
  type Position,
  type Role,
  type RoleId,
  type Step,
  type StepId,
  type Transition,
  type TransitionId,
} from '../../model';
import { LeftOut, type ImportReport } from '../report';
import {
  boundaryArrowKind,
  channelFromName,
  fallbackLabel,
  isActivity,
  roleOf,
  stepKindOf,
} from './classify';
import { collapseGateways, type Path } from './collapse';
import type { BpmnModel, BpmnNode } from './model';
import { readOurMap, readOurStep, readOurTransition } from './ours';
import { markSendBacks } from './sendBacks';

export type BpmnImport =
  | { readonly ok: true; readonly doc: MapDocument; readonly report: ImportReport }
  | { readonly ok: false; readonly problem: string };

/**
 * BPMN shapes are drawn smaller and closer than our steps (a task is 100 wide, 50 apart;
 * a step is 200 wide and the decision view puts a chip on each arrow): the diagram is
 * spread three times across, as far apart as the canvas's own layout puts steps in the
 * decision view, and twice down, which keeps lanes apart.
 */
export const DIAGRAM_SCALE = { x: 3, y: 2 } as const;
/** The canvas grid that steps snap to. */
export const GRID = 16;
/** A step's footprint on the canvas, for telling whether scaled positions overlap. */
const STEP_BOX = { width: 200, height: 64 };

const clean = (text: string, max: number) => clipText(text.replace(/\s+/g, ' ').trim(), max);
const snap = (v: number, scale: number) =>
  Math.max(-LIMITS.coordinate, Math.min(LIMITS.coordinate, Math.round((v * scale) / GRID) * GRID));

/** Ids unique across the map, as the app requires, within the id length limit. */
function idMaker() {
  const used = new Set<string>();
  return (wanted: string): string => {
    const base = clipText(wanted || 'element', LIMITS.id - 8);
    let id = base;
    for (let n = 2; used.has(id) || RESERVED_IDS.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** The pool holding most steps is the organisation whose process this is. */
function homeProcess(model: BpmnModel): string | null {
  const counts = new Map<string, number>();
  for (const n of model.nodes)
    if (isActivity(n.type)) counts.set(n.process, (counts.get(n.process) ?? 0) + 1);
  let best: string | null = null;
  for (const [process, count] of counts)
    if (best === null || count > counts.get(best)!) best = process;
  return best;
}

/**
 * A map from a BPMN model, or the reason there is nothing to import. `mapId` is the new
 * map's id; `fallbackName` names the map when the file does not.
 */
export function bpmnToMap(model: BpmnModel, mapId: string, fallbackName: string): BpmnImport {
  const left = new LeftOut();
  const newId = idMaker();
  const ourMap = readOurMap(model.ours);
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const stepNodes = model.nodes.filter((n) => roleOf(n.type) === 'step');
  if (stepNodes.length === 0) {
    const what = model.choreographies > 0 ? 'a choreography or conversation' : 'no tasks or events';
    return {
      ok: false,
      problem: `This BPMN file has nothing a map can hold: it has ${what}, only empty pools or none at all. Nothing was changed.`,
    };
  }

  // Roles: named lanes (the innermost lane a step is in performs it), or named pools
  // without lanes.
  const roles: Role[] = [];
  const roleOfNode = new Map<string, RoleId>();
  const roleOfLane = new Map<string, RoleId>();
  const depth = (laneId: string | null): number => {
    let d = 0;
    for (let l = laneId; l !== null && d < 1000; d++)
      l = model.lanes.find((x) => x.id === l)?.parent ?? null;
    return d;
  };
  for (const lane of [...model.lanes].sort((a, b) => depth(a.id) - depth(b.id))) {
    const name = clean(lane.name, LIMITS.name);
    if (name === '') {
      left.add('lane without a name', 'lanes without a name');
      continue;
    }
    const role: Role = { id: newId(lane.id) as RoleId, name, kind: 'role' };
    roles.push(role);
    roleOfLane.set(lane.id, role.id);
    // Deeper lanes come later and win: a step's performer is its innermost named lane.
    for (const n of lane.nodes) roleOfNode.set(n, role.id);
  }
  const processesWithLanes = new Set(model.lanes.map((l) => l.process));
  for (const pool of model.pools) {
    const name = clean(pool.name, LIMITS.name);
    const hasSteps = stepNodes.some((n) => n.process === pool.process);
    if (!hasSteps) {
      left.add('pool without steps', 'pools without steps');
      continue;
    }
    if (pool.process === null || processesWithLanes.has(pool.process) || name === '') continue;
    const role: Role = { id: newId(pool.id) as RoleId, name, kind: 'role' };
    roles.push(role);
    for (const n of stepNodes)
      if (n.process === pool.process && !roleOfNode.has(n.id)) roleOfNode.set(n.id, role.id);
  }

  // Information: named data objects and stores.
  const information: InformationItem[] = [];
  const infoOf = new Map<string, InformationId>();
  for (const data of model.data) {
    const name = clean(data.name, LIMITS.name);
    if (name === '') {
      left.add('data object without a name', 'data objects without a name');
      continue;
    }
    const item: InformationItem = { id: newId(data.id) as InformationId, name, external: false };
    information.push(item);
    infoOf.set(data.id, item.id);
  }

  // Steps.
  const home = homeProcess(model);
  const multiplePools = new Set(stepNodes.map((n) => n.process)).size > 1;
  const stepIdOf = new Map<string, StepId>();
  const steps: Step[] = [];
  const ourSteps = new Map<string, ReturnType<typeof readOurStep>>();
  for (const node of stepNodes) {
    const ours = ourMap ? readOurStep(node.ours) : null;
    ourSteps.set(node.id, ours);
    const id = newId(ours?.id ?? node.id) as StepId;
    stepIdOf.set(node.id, id);
    const foreign = multiplePools && isActivity(node.type) && node.process !== home;
    steps.push({
      id,
      label: ours?.label ?? (clean(node.name, LIMITS.label) || fallbackLabel(node)),
      kind: ours?.kind ?? stepKindOf(node, foreign),
      performer: ours ? (ours.performer as RoleId | null) : (roleOfNode.get(node.id) ?? null),
      produces: ours ? (ours.produces as InformationId[]) : [],
      notes: ours?.notes ?? '',
      position: ours?.position ?? { x: 0, y: 0 },
    });
  }
  const stepById = new Map(steps.map((s) => [s.id, s]));
  const patchStep = (id: StepId, patch: Partial<Step>) => {
    const i = steps.findIndex((s) => s.id === id);
    steps[i] = { ...steps[i]!, ...patch };
    stepById.set(id, steps[i]!);
  };

  // Arrows: sequence flows through gateways.
  const sequence = model.flows.filter((f) => f.kind === 'sequence');
  const collapsed = collapseGateways(nodes, sequence, (id) => stepIdOf.has(id));
  for (const cluster of collapsed.keptClusters) {
    const named = cluster.gateways.find((g) => g.name.trim() !== '');
    const id = newId(cluster.id) as StepId;
    stepIdOf.set(cluster.id, id);
    const step: Step = {
      id,
      label: named ? clean(named.name, LIMITS.label) : 'Decision',
      kind: 'task',
      performer: roleOfNode.get(cluster.id) ?? null,
      produces: [],
      notes: '',
      position: { x: 0, y: 0 },
    };
    steps.push(step);
    stepById.set(id, step);
    left.add(
      `gateway cluster kept as a step (it would make more than 12 arrows)`,
      `gateway clusters kept as steps (each would make more than 12 arrows)`,
    );
  }
  left.add(
    'flow to an element that is not a step',
    'flows to elements that are not steps',
    collapsed.deadFlows,
  );
  left.add(
    'boundary event without a target',
    'boundary events without a target',
    collapsed.boundaryWithoutTarget,
  );

  const transitions: Transition[] = [];
  let decisions = 0;
  // Message flows and arrows our own export states are left as they are by markSendBacks.
  const apart = new Set<string>();
  const readsOf = new Map<string, InformationId[]>();
  for (const link of model.dataLinks) {
    const info = infoOf.get(link.data);
    const step = stepIdOf.get(link.activity);
    if (!info || !step) continue;
    if (link.direction === 'output') {
      const s = stepById.get(step)!;
      if (!s.produces.includes(info)) patchStep(step, { produces: [...s.produces, info] });
    } else readsOf.set(step, [...(readsOf.get(step) ?? []), info]);
  }
  for (const path of collapsed.paths) {
    const t = arrowOf(path, stepIdOf, readsOf, ourMap !== null, newId);
    if (t.fromGateway) decisions++;
    if (t.ours) apart.add(t.transition.id);
    transitions.push(t.transition);
  }
  for (const flow of model.flows.filter((f) => f.kind === 'message')) {
    const from = stepIdOf.get(flow.source);
    const to = stepIdOf.get(flow.target);
    if (!from || !to) {
      left.add(
        'message flow to or from a pool without steps',
        'message flows to or from a pool without steps',
      );
      continue;
    }
    const ours = ourMap ? readOurTransition(flow.ours) : null;
    const name = clean(flow.name, LIMITS.label);
    transitions.push(
      ours
        ? ourTransition(ours, from, to)
        : {
            id: newId(flow.id) as TransitionId,
            from,
            to,
            label: name,
            kind: 'forward',
            channel: channelFromName(name),
            decision: emptyDecision,
          },
    );
    apart.add(transitions[transitions.length - 1]!.id);
  }
  const marked = markSendBacks(steps, transitions, apart);

  // Notes from text annotations.
  for (const note of model.annotations) {
    const targets = note.targets.map((t) => stepIdOf.get(t)).filter((t) => t !== undefined);
    const text = note.text.trim();
    if (targets.length === 0 || text === '') {
      left.add('text annotation not tied to a step', 'text annotations not tied to a step');
      continue;
    }
    for (const id of targets) {
      const s = stepById.get(id)!;
      patchStep(id, { notes: clipText(s.notes ? `${s.notes}\n${text}` : text, LIMITS.text) });
    }
  }
  for (const [what, count] of Object.entries(model.skipped)) left.add(what, `${what}s`, count);
  left.add(
    'element inside a sub-process (the sub-process is one step)',
    'elements inside sub-processes (each sub-process is one step)',
    model.insideSubProcesses,
  );
  left.add('reference that does not resolve', 'references that do not resolve', model.unresolved);

  const positioned = placeSteps(steps, marked, nodes, ourSteps, stepIdOf);
  const doc: MapDocument = {
    info: {
      id: mapId as MapId,
      name:
        ourMap?.name ??
        (clean(model.name, LIMITS.name) || clean(fallbackName, LIMITS.name) || 'Imported process'),
      purpose: ourMap?.purpose ?? '',
      stage: ourMap?.stage ?? 'as-is',
      derivedFrom: null,
    },
    steps: Object.fromEntries(positioned.map((s) => [s.id, s])),
    stepOrder: positioned.map((s) => s.id),
    transitions: Object.fromEntries(marked.map((t) => [t.id, t])),
    transitionOrder: marked.map((t) => t.id),
    roles: Object.fromEntries(
      (ourMap ? ourMap.roles.map((r) => ({ ...r, id: r.id as RoleId })) : roles).map((r) => [
        r.id,
        r,
      ]),
    ),
    information: Object.fromEntries(
      (ourMap
        ? ourMap.information.map((i) => ({ ...i, id: i.id as InformationId }))
        : information
      ).map((i) => [i.id, i]),
    ),
    parkingLot: ourMap?.parkingLot ?? [],
    votes: ourMap?.votes ?? {},
  };
  const report: ImportReport = {
    steps: positioned.length,
    arrows: marked.length,
    roles: Object.keys(doc.roles).length,
    information: Object.keys(doc.information).length,
    decisions,
    leftOut: left.list(),
  };
  return { ok: true, doc, report };
}

function ourTransition(
  ours: NonNullable<ReturnType<typeof readOurTransition>>,
  from: StepId,
  to: StepId,
): Transition {
  return {
    ...ours,
    id: ours.id as TransitionId,
    from,
    to,
    decision: {
      ...ours.decision,
      deciders: ours.decision.deciders as RoleId[],
      consulted: ours.decision.consulted as RoleId[],
      approvers: ours.decision.approvers as RoleId[],
      requires: ours.decision.requires as InformationId[],
    },
  };
}

/**
 * One arrow from one path: the deciding gateway's name is the question, the name or
 * condition of the flow that leaves it is the label (the answer that leads there); paths
 * through parallel gateways only are automatic.
 */
function arrowOf(
  path: Path,
  stepIdOf: ReadonlyMap<string, StepId>,
  readsOf: ReadonlyMap<string, InformationId[]>,
  trustOurs: boolean,
  newId: (wanted: string) => string,
): { transition: Transition; fromGateway: boolean; ours: boolean } {
  const from = stepIdOf.get(path.from)!;
  const to = stepIdOf.get(path.to)!;
  const last = path.flows[path.flows.length - 1]!;
  const ours = trustOurs ? readOurTransition(last.ours) : null;
  if (ours)
    return {
      transition: ourTransition({ ...ours, id: newId(ours.id) }, from, to),
      fromGateway: false,
      ours: true,
    };
  const { deciding } = path;
  const gateway = deciding >= 0 ? path.gateways[deciding]! : null;
  // The flow that leaves the deciding gateway is path.flows[deciding + 1].
  const answer = gateway
    ? path.flows.slice(deciding + 1).find((f) => f.name.trim() || f.condition.trim())
    : undefined;
  const label = clean(
    answer ? answer.name || answer.condition : (path.flows.find((f) => f.name.trim())?.name ?? ''),
    LIMITS.label,
  );
  const automatic =
    path.gateways.length > 0 && path.gateways.every((g) => roleOf(g.type) === 'parallel-gateway');
  const id = newId(
    path.flows.length === 1 ? last.id : `${path.flows[0]!.id}-${last.id}`,
  ) as TransitionId;
  return {
    transition: {
      id,
      from,
      to,
      label,
      kind: path.boundary ? boundaryArrowKind(path.boundary) : 'forward',
      channel: 'unknown',
      decision: {
        ...emptyDecision,
        automatic,
        question: gateway ? clean(gateway.name, LIMITS.label) : '',
        requires: automatic ? [] : [...new Set(readsOf.get(path.from) ?? [])],
      },
    },
    fromGateway: gateway !== null,
    ours: false,
  };
}

/**
 * Positions: our own where the file is our export; else the diagram's, scaled to the grid;
 * else (no diagram, or steps that would overlap) the automatic layout.
 */
function placeSteps(
  steps: readonly Step[],
  transitions: readonly Transition[],
  nodes: ReadonlyMap<string, BpmnNode>,
  ours: ReadonlyMap<string, ReturnType<typeof readOurStep>>,
  stepIdOf: ReadonlyMap<string, StepId>,
): Step[] {
  const bpmnIdOf = new Map([...stepIdOf].map(([bpmn, id]) => [id, bpmn]));
  const exact = new Map<string, Position>();
  const drawn = new Map<string, Position>();
  for (const s of steps) {
    const bpmn = bpmnIdOf.get(s.id)!;
    const own = ours.get(bpmn)?.position;
    if (own) exact.set(s.id, own);
    const bounds = nodes.get(bpmn)?.bounds;
    // Centres scaled, so a small event and a large task line up as the diagram shows them.
    if (bounds)
      drawn.set(s.id, {
        x: snap(bounds.x + bounds.width / 2, DIAGRAM_SCALE.x) - STEP_BOX.width / 2,
        y: snap(bounds.y + bounds.height / 2, DIAGRAM_SCALE.y) - STEP_BOX.height / 2,
      });
  }
  if (exact.size === steps.length) return steps.map((s) => ({ ...s, position: exact.get(s.id)! }));
  const usable = drawn.size === steps.length && !overlaps([...drawn.values()]);
  const laidOut = usable
    ? drawn
    : layoutSteps(
        steps.map((s) => ({ id: s.id, kind: s.kind })),
        transitions,
      );
  return steps.map((s) => ({ ...s, position: laidOut.get(s.id)! }));
}

/** Whether any two steps placed at these top-left corners would cover each other. */
function overlaps(positions: readonly Position[]): boolean {
  const sorted = [...positions].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.x - sorted[i]!.x < STEP_BOX.width; j++) {
      if (Math.abs(sorted[j]!.y - sorted[i]!.y) < STEP_BOX.height) return true;
    }
  }
  return false;
}
