/**
 * Builds plain BPMN models (what main's parser hands the pure mapping) tersely for table
 * tests: `node('t1', 'UserTask', 'Approve brief')`, `flow('t1', 'g1')`.
 */
import type { BpmnFlow, BpmnModel, BpmnNode } from '../../shared/import/bpmn/model';

export function node(id: string, type: string, name = '', extra: Partial<BpmnNode> = {}): BpmnNode {
  return {
    id,
    type,
    name,
    process: 'p1',
    events: [],
    attachedTo: null,
    documentation: '',
    ours: null,
    bounds: null,
    ...extra,
  };
}

let flowCount = 0;
export function flow(source: string, target: string, extra: Partial<BpmnFlow> = {}): BpmnFlow {
  return {
    id: `f${++flowCount}`,
    kind: 'sequence',
    source,
    target,
    name: '',
    condition: '',
    ours: null,
    ...extra,
  };
}

export function model(parts: Partial<BpmnModel>): BpmnModel {
  return {
    name: 'Process',
    ours: null,
    pools: [{ id: 'pool1', name: '', process: 'p1' }],
    nodes: [],
    flows: [],
    lanes: [],
    data: [],
    dataLinks: [],
    annotations: [],
    skipped: {},
    insideSubProcesses: 0,
    unresolved: 0,
    choreographies: 0,
    ...parts,
  };
}
