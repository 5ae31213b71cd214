/**
 * A BPMN 2.0 file as plain data: what the parser in main's untrusted-file worker reads out
 * of bpmn-moddle's object tree, and all that the pure mapping (`bpmnToMap`) needs. Plain
 * objects with ids as strings, so the worker can post it and tests can write it by hand.
 */

/** Where the diagram (BPMNDI) draws a shape, in the file's own units. */
export interface BpmnBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A flow node: an activity, event or gateway, with its moddle type without prefix. */
export interface BpmnNode {
  readonly id: string;
  /** `Task`, `UserTask`, `SubProcess`, `StartEvent`, `ExclusiveGateway`, … */
  readonly type: string;
  readonly name: string;
  /** The pool (process) it belongs to. */
  readonly process: string;
  /** Event definitions without prefix: `TimerEventDefinition`, `MessageEventDefinition`, … */
  readonly events: readonly string[];
  /** For a boundary event: the activity it is attached to. */
  readonly attachedTo: string | null;
  readonly documentation: string;
  /** The text of our own extension element (`dm:data`), when the file is our export. */
  readonly ours: string | null;
  readonly bounds: BpmnBounds | null;
}

export interface BpmnFlow {
  readonly id: string;
  readonly kind: 'sequence' | 'message';
  readonly source: string;
  readonly target: string;
  readonly name: string;
  /** The condition expression's text, if any. */
  readonly condition: string;
  readonly ours: string | null;
}

export interface BpmnLane {
  readonly id: string;
  readonly name: string;
  readonly process: string;
  /** The lane it is nested in, or null for a lane of the pool itself. */
  readonly parent: string | null;
  readonly nodes: readonly string[];
  readonly ours: string | null;
}

/** A pool: a participant of a collaboration, or a process drawn without one. */
export interface BpmnPool {
  readonly id: string;
  readonly name: string;
  /** The process it holds; null for a black-box pool. */
  readonly process: string | null;
}

/** A data object or data store reference. */
export interface BpmnData {
  readonly id: string;
  readonly name: string;
  readonly ours: string | null;
}

/** A data association: the activity reads (`input`) or writes (`output`) the data. */
export interface BpmnDataLink {
  readonly activity: string;
  readonly data: string;
  readonly direction: 'input' | 'output';
}

export interface BpmnAnnotation {
  readonly id: string;
  readonly text: string;
  /** Elements an association ties it to. */
  readonly targets: readonly string[];
}

export interface BpmnModel {
  readonly name: string;
  /** The text of our own extension element on the definitions' first process, if any. */
  readonly ours: string | null;
  readonly pools: readonly BpmnPool[];
  readonly nodes: readonly BpmnNode[];
  readonly flows: readonly BpmnFlow[];
  readonly lanes: readonly BpmnLane[];
  readonly data: readonly BpmnData[];
  readonly dataLinks: readonly BpmnDataLink[];
  readonly annotations: readonly BpmnAnnotation[];
  /** What the file holds that a map has no place for, counted by what it is ("group"). */
  readonly skipped: Readonly<Record<string, number>>;
  /** Flow nodes inside sub-processes: the sub-process is one step. */
  readonly insideSubProcesses: number;
  /** References the parser could not resolve (moddle's warnings), counted. */
  readonly unresolved: number;
  /** Choreographies and conversations: kinds of model a map cannot hold. */
  readonly choreographies: number;
}
