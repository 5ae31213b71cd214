/**
 * A draw.io diagram as a map: pure, over the plain data the parser (main/import/drawio)
 * reads. Shapes become steps, connectors arrows, swimlanes roles; rhombi become the
 * questions on the arrows that leave them, documents and data stores information items.
 * Everything a diagram cannot say (who decides, criteria, what happens on change) starts
 * empty, for the analysis to ask. docs/drawio.md gives the whole mapping and its reasons.
 */
import { LIMITS } from '../content/limits';
import { clipText } from '../content/text';
import {
  DEFAULT_NOTATION,
  emptyDecision,
  type InformationId,
  type InformationItem,
  type MapDocument,
  type MapId,
  type Role,
  type Step,
  type StepId,
  type Transition,
  type TransitionId,
} from '../model';
import { newStep, newTransition } from '../operations/build';
import type { DrawioCell, DrawioFile } from './drawioCells';
import { pageBoxes } from './drawioBoxes';
import { placeSteps } from './drawioPlace';
import { informationWord, parseStyle, shapeRole } from './drawioShapes';
import { joinThrough, MAX_JOINED_ARROWS, type FlowEdge, type FlowNode } from './drawioJoin';
import { LeftOut, type DrawioImportReport } from './drawioReport';
import { rolesOf } from './drawioRoles';
import { markSendBacks } from './sendBacks';

export type { DrawioImportReport } from './drawioReport';

export type DrawioImport =
  | { readonly ok: true; readonly doc: MapDocument; readonly report: DrawioImportReport }
  | { readonly ok: false; readonly problem: string };

export interface DrawioOptions {
  /** The page to import, an index into the file's pages; the first when left out. */
  readonly page?: number;
}

const quote = (name: string) => `“${name}”`;

/**
 * The map drawn on one page of a draw.io file, with the report of what came in and what
 * was left out; or a problem in the user's words when there is nothing to import.
 */
export function drawioToMap(
  file: DrawioFile,
  mapId: string,
  name: string,
  options: DrawioOptions = {},
): DrawioImport {
  const pages = file.pages.map((p) => p.name);
  if (pages.length === 0) {
    return { ok: false, problem: 'This draw.io file has no pages, so there is nothing to import.' };
  }
  const index = options.page ?? 0;
  const page = file.pages[index];
  if (!Number.isInteger(index) || !page) {
    return {
      ok: false,
      problem: `This draw.io file has no page ${index + 1}; its pages are ${pages.map(quote).join(', ')}.`,
    };
  }
  const left = new LeftOut();
  left.add(
    'other page (import it on its own)',
    'other pages (import each on its own)',
    pages.length - 1,
  );
  const built = buildMap(page.cells, left);
  if (built.steps.length === 0) {
    const others =
      pages.length > 1
        ? ` Its other pages: ${pages
            .filter((_, i) => i !== index)
            .map(quote)
            .join(', ')}.`
        : '';
    return {
      ok: false,
      problem: `The page ${quote(page.name)} of this draw.io file has no shapes to import as steps.${others}`,
    };
  }
  const doc: MapDocument = {
    info: {
      id: mapId as MapId,
      name: clipText(name.trim() || page.name, LIMITS.name),
      purpose: '',
      stage: 'as-is',
      notation: DEFAULT_NOTATION,
      derivedFrom: null,
    },
    steps: Object.fromEntries(built.steps.map((s) => [s.id, s])),
    stepOrder: built.steps.map((s) => s.id),
    transitions: Object.fromEntries(built.transitions.map((t) => [t.id, t])),
    transitionOrder: built.transitions.map((t) => t.id),
    roles: Object.fromEntries(built.roles.map((r) => [r.id, r])),
    information: Object.fromEntries(built.information.map((i) => [i.id, i])),
    parkingLot: [],
    votes: {},
  };
  return {
    ok: true,
    doc,
    report: {
      steps: built.steps.length,
      arrows: built.transitions.length,
      roles: built.roles.length,
      information: built.information.length,
      decisions: built.decisions,
      leftOut: left.list(),
      pages,
      page: index,
    },
  };
}

interface Built {
  readonly steps: Step[];
  readonly transitions: Transition[];
  readonly roles: Role[];
  readonly information: InformationItem[];
  readonly decisions: number;
}

function buildMap(cellList: readonly DrawioCell[], left: LeftOut): Built {
  const cells = new Map<string, DrawioCell>();
  for (const cell of cellList) {
    if (cells.has(cell.id)) left.add('shape with an id used twice', 'shapes with an id used twice');
    else cells.set(cell.id, cell);
  }
  const role = new Map<string, ReturnType<typeof shapeRole>>();
  const hasChildShapes = new Set<string>();
  const degree = new Map<string, number>();
  const edgeLabels = new Map<string, string[]>();
  for (const cell of cells.values()) {
    if (cell.vertex) role.set(cell.id, shapeRole(cell.style));
    if (cell.edge) {
      for (const end of [cell.source, cell.target]) {
        if (end !== null) degree.set(end, (degree.get(end) ?? 0) + 1);
      }
    }
  }
  for (const cell of cells.values()) {
    const parent = cell.parent === null ? undefined : cells.get(cell.parent);
    if (!cell.vertex || !parent) continue;
    // A shape inside a connector is that connector's label.
    if (parent.edge)
      (edgeLabels.get(parent.id) ?? edgeLabels.set(parent.id, []).get(parent.id)!).push(cell.label);
    else hasChildShapes.add(parent.id);
  }
  const isColumn = (cell: DrawioCell) => {
    const parent = cell.parent === null ? undefined : cells.get(cell.parent);
    return !!parent && parent.vertex && parseStyle(parent.style).values.get('shape') === 'tableRow';
  };

  // Shapes: lanes, containers, text, and the nodes of the flow.
  const nodes = new Map<string, FlowNode>();
  const lanes: DrawioCell[] = [];
  const columns = new Set<string>();
  for (const cell of cells.values()) {
    // Shapes inside a connector were taken as its label above.
    if (!cell.vertex || cells.get(cell.parent ?? '')?.edge) continue;
    const what = role.get(cell.id)!;
    if (what === 'lane') {
      if (isColumn(cell)) columns.add(cell.id);
      else lanes.push(cell);
      continue;
    }
    if (what === 'group' || hasChildShapes.has(cell.id)) {
      left.add(
        'group (its shapes were imported one by one)',
        'groups (their shapes were imported one by one)',
      );
      continue;
    }
    if (what === 'text') {
      if (cell.label) left.add('text box not on an arrow', 'text boxes not on an arrow');
      continue;
    }
    if (cell.label === '' && !degree.has(cell.id)) {
      left.add('unnamed shape with no arrows', 'unnamed shapes with no arrows');
      continue;
    }
    const kind =
      what === 'decision' || what === 'parallel' || what === 'information' ? what : 'step';
    nodes.set(cell.id, { kind, label: cell.label });
  }

  const edges: FlowEdge[] = [];
  for (const cell of cells.values()) {
    if (!cell.edge) continue;
    const { source, target } = cell;
    if (source === null || target === null || !nodes.has(source) || !nodes.has(target)) {
      left.add(
        'arrow not joined to a shape at both ends',
        'arrows not joined to a shape at both ends',
      );
      continue;
    }
    if (source === target) {
      left.add('arrow from a shape back into itself', 'arrows from a shape back into themselves');
      continue;
    }
    const label = [cell.label, ...(edgeLabels.get(cell.id) ?? [])]
      .filter((l) => l !== '')
      .join(' ');
    edges.push({ from: source, to: target, label });
  }

  const joined = joinThrough(nodes, edges);
  left.add(
    `decision shape kept as a step (joining it would make more than ${MAX_JOINED_ARROWS} arrows)`,
    `decision shapes kept as steps (joining them would make more than ${MAX_JOINED_ARROWS} arrows)`,
    joined.crowded,
  );
  left.add(
    'way back into the same step through a decision shape or document',
    'ways back into the same step through decision shapes or documents',
    joined.loops,
  );

  // Information items: one per name, as one document is often drawn twice.
  const information: InformationItem[] = [];
  const infoId = new Map<string, InformationId>();
  const infoByName = new Map<string, InformationId>();
  for (const [id, node] of nodes) {
    if (node.kind !== 'information') continue;
    const itemName = clipText(node.label || informationWord(cells.get(id)!.style), LIMITS.name);
    let item = infoByName.get(itemName);
    if (!item) {
      item = `i-${information.length + 1}` as InformationId;
      information.push({ id: item, name: itemName, external: false });
      infoByName.set(itemName, item);
    }
    infoId.set(id, item);
  }

  const boxOf = pageBoxes(cells);
  const roles = rolesOf(cells, lanes, columns, nodes, boxOf, left);
  const clipped = { count: 0 };
  const clip = (text: string) => {
    if (text.length > LIMITS.label) clipped.count++;
    return clipText(text, LIMITS.label);
  };

  const stepCells = [...nodes].filter(([id, n]) => n.kind === 'step' || joined.keptAsSteps.has(id));
  const stepId = new Map<string, StepId>();
  stepCells.forEach(([id], i) => stepId.set(id, `s-${i + 1}` as StepId));
  const transitions: Transition[] = joined.arrows.map((a, i) => ({
    ...newTransition(`t-${i + 1}` as TransitionId, stepId.get(a.from)!, stepId.get(a.to)!),
    label: clip(a.label),
    decision: {
      ...emptyDecision,
      automatic: a.automatic,
      question: clip(a.question),
      requires: [...new Set(a.requires.map((id) => infoId.get(id)!))],
    },
  }));
  const entered = new Set(transitions.map((t) => t.to));
  const leaves = new Set(transitions.map((t) => t.from));
  const positions = placeSteps(
    stepCells.map(([id]) => cells.get(id)!),
    boxOf,
    transitions,
    stepId,
  );
  const steps: Step[] = stepCells.map(([cellId, node]) => {
    const id = stepId.get(cellId)!;
    const terminal = role.get(cellId) === 'terminal';
    const kind = !terminal ? 'task' : !entered.has(id) ? 'start' : !leaves.has(id) ? 'end' : 'task';
    return {
      ...newStep(id, kind, positions.get(id)!, clip(node.label)),
      performer: roles.performerOf.get(cellId) ?? null,
      produces: [...new Set((joined.produces.get(cellId) ?? []).map((i) => infoId.get(i)!))],
    };
  });
  left.add(
    `label shortened to ${LIMITS.label} characters`,
    `labels shortened to ${LIMITS.label} characters`,
    clipped.count,
  );
  return {
    steps,
    transitions: markSendBacks(steps, transitions),
    roles: roles.list,
    information,
    decisions: joined.arrows.filter((a) => a.fromDecision).length,
  };
}
