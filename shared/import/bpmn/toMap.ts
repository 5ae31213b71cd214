/**
 * The pure mapping from a BPMN model (plain data, read by main's parser) to a map and the
 * report of what was imported and left out. The rules, with their reasons, are in
 * docs/file-format.md ("BPMN"); each is a small function in classify.ts or collapse.ts.
 */
import { clipText } from '../../content/text';
import { LIMITS } from '../../content/limits';
import { RESERVED_IDS } from '../../content/text';
import {
  DEFAULT_NOTATION,
  emptyDecision,
  type InformationId,
  type MapDocument,
  type MapId,
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
import type { BpmnModel } from './model';
import { readOurMap, readOurStep, readOurTransition } from './ours';
import { placeSteps } from './positions';
import { mergeWithOurs, readRoster } from './roster';
import { markSendBacks } from './sendBacks';

export type BpmnImport =
  | { readonly ok: true; readonly doc: MapDocument; readonly report: ImportReport }
  | { readonly ok: false; readonly problem: string };

const clean = (text: string, max: number) => clipText(text.replace(/\s+/g, ' ').trim(), max);
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

  const read = readRoster(model, stepNodes, left, newId);
  // Our own export names its roster exactly; lanes and data another modeller added to it
  // join it by name (see roster.ts).
  const roster = mergeWithOurs(ourMap, read.roles, read.information);
  const performerOf = (nodeId: string): RoleId | null => {
    const role = read.roleOfNode.get(nodeId);
    return role === undefined ? null : roster.role(role);
  };
  const infoOf = (dataId: string): InformationId | undefined => {
    const item = read.infoOf.get(dataId);
    return item === undefined ? undefined : roster.info(item);
  };

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
      performer: ours ? (ours.performer as RoleId | null) : performerOf(node.id),
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
      performer: performerOf(cluster.id),
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
    const info = infoOf(link.data);
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

  const used = usedRoster(steps, marked);
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
      notation: ourMap?.notation ?? DEFAULT_NOTATION,
    },
    steps: Object.fromEntries(positioned.map((s) => [s.id, s])),
    stepOrder: positioned.map((s) => s.id),
    transitions: Object.fromEntries(marked.map((t) => [t.id, t])),
    transitionOrder: marked.map((t) => t.id),
    roles: Object.fromEntries(kept(roster.roles, ourMap?.roles, used.roles).map((r) => [r.id, r])),
    information: Object.fromEntries(
      kept(roster.information, ourMap?.information, used.information).map((i) => [i.id, i]),
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

/** The roles and information the map's steps and decisions refer to. */
function usedRoster(steps: readonly Step[], transitions: readonly Transition[]) {
  const roles = new Set<string>();
  const information = new Set<string>();
  for (const s of steps) {
    if (s.performer) roles.add(s.performer);
    for (const i of s.produces) information.add(i);
  }
  for (const t of transitions) {
    const d = t.decision;
    for (const r of [...d.deciders, ...d.consulted, ...d.approvers]) roles.add(r);
    for (const i of d.requires) information.add(i);
  }
  return { roles, information };
}

/**
 * A roster as the map keeps it: every entry of our own export's, and of what the file added
 * to it only what is used; a file from elsewhere keeps all it names (a lane is a role even
 * before it performs anything).
 */
function kept<T extends { readonly id: string }>(
  all: readonly T[],
  ours: readonly { readonly id: string }[] | undefined,
  used: ReadonlySet<string>,
): T[] {
  if (!ours) return [...all];
  const own = new Set(ours.map((o) => o.id));
  return all.filter((e) => own.has(e.id) || used.has(e.id));
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
      recommenders: ours.decision.recommenders as RoleId[],
      informed: ours.decision.informed as RoleId[],
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
