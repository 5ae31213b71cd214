/**
 * What a draw.io shape is, read from its style string (`name;key=value;…`): the few shapes
 * that mean something in a process — lanes, decisions, start and end, documents and data
 * stores — and everything else, which is a step. Names follow draw.io's own palettes
 * (General, Flowchart, BPMN); see docs/drawio.md for the table and the reasons.
 */

export type ShapeRole =
  /** A swimlane, pool, lane or table row: a container whose name is a role. */
  | 'lane'
  /** A rhombus or an exclusive/inclusive gateway: the decision on the arrows leaving it. */
  | 'decision'
  /** A parallel gateway: work splits or joins with nothing to decide. */
  | 'parallel'
  /** An ellipse or a flowchart terminator: start when nothing enters, end when nothing leaves. */
  | 'terminal'
  /** A document or a cylinder (data store): an information item. */
  | 'information'
  /** Free text: not part of the flow. */
  | 'text'
  /** A group: only holds other shapes. */
  | 'group'
  | 'step';

export interface Style {
  /** Named styles: the tokens without `=` (`rhombus`, `ellipse`, `swimlane`, `text`, …). */
  readonly names: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
}

/** A style string taken apart. */
export function parseStyle(style: string): Style {
  const names = new Set<string>();
  const values = new Map<string, string>();
  for (const token of style.split(';')) {
    const at = token.indexOf('=');
    if (at < 0) {
      if (token.trim()) names.add(token.trim());
    } else values.set(token.slice(0, at).trim(), token.slice(at + 1).trim());
  }
  return { names, values };
}

const LANE_SHAPES = new Set(['swimlane', 'table', 'tableRow', 'mxgraph.bpmn.pool', 'pool', 'lane']);
const DECISION_SHAPES = new Set(['rhombus', 'mxgraph.flowchart.decision']);
const TERMINAL_SHAPES = new Set([
  'ellipse',
  'doubleEllipse',
  'mxgraph.flowchart.terminator',
  'mxgraph.flowchart.start_1',
  'mxgraph.flowchart.start_2',
  'mxgraph.bpmn.event',
]);
const INFORMATION_SHAPES = new Set([
  'document',
  'cylinder',
  'cylinder2',
  'cylinder3',
  'datastore',
  'dataStorage',
  'mxgraph.flowchart.document',
  'mxgraph.flowchart.multi-document',
  'mxgraph.flowchart.database',
  'mxgraph.flowchart.stored_data',
  'mxgraph.bpmn.data',
  'mxgraph.bpmn.data2',
]);

/** Parallel gateways, in draw.io's older (`symbol`) and newer (`gwType`) BPMN shapes. */
function isParallel(values: ReadonlyMap<string, string>): boolean {
  return values.get('symbol') === 'parallelGw' || values.get('gwType') === 'parallel';
}

/** What the shape with this style is in a process. */
export function shapeRole(style: string): ShapeRole {
  const { names, values } = parseStyle(style);
  const shape = values.get('shape');
  // A `shape=` decides; a named style is only the base it starts from ("ellipse;shape=cloud").
  const is = (set: ReadonlySet<string>) =>
    shape !== undefined ? set.has(shape) : [...names].some((n) => set.has(n));
  if (is(LANE_SHAPES) || names.has('swimlane')) return 'lane';
  if (names.has('text') || names.has('edgeLabel') || shape === 'text') return 'text';
  if (names.has('group')) return 'group';
  const gateway =
    shape === 'mxgraph.bpmn.gateway2' ||
    (shape === 'mxgraph.bpmn.shape' && values.get('perimeter') === 'rhombusPerimeter');
  if (gateway) return isParallel(values) ? 'parallel' : 'decision';
  if (is(DECISION_SHAPES)) return 'decision';
  if (is(INFORMATION_SHAPES)) return 'information';
  const bpmnEvent =
    shape === 'mxgraph.bpmn.shape' && values.get('perimeter') === 'ellipsePerimeter';
  if (is(TERMINAL_SHAPES) || bpmnEvent) return 'terminal';
  return 'step';
}

/** A word for an information shape without a name, from its kind. */
export function informationWord(style: string): string {
  const { names, values } = parseStyle(style);
  const shape = values.get('shape') ?? '';
  const store = /cylinder|datastore|dataStorage|database|stored_data/i;
  return store.test(shape) || [...names].some((n) => store.test(n)) ? 'Data store' : 'Document';
}
