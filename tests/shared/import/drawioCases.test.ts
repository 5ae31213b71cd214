/**
 * The mapping's rules one by one, over small diagrams written as cells: connector labels,
 * clusters of decisions too big to join, documents read and written, lanes, and what is
 * left out — each counted in the report, never dropped silently.
 */
import { describe, expect, test } from 'vitest';
import { drawioToMap, type DrawioImportReport } from '../../../shared/import/drawio';
import type { DrawioCell } from '../../../shared/import/drawioCells';
import { stepList, transitionList, type MapDocument } from '../../../shared/model';

let n = 0;
const box = (x = 0, y = 0, width = 120, height = 60) => ({ x, y, width, height });
function shape(
  id: string,
  label: string,
  style = 'rounded=1;',
  parent = '1',
  geometry = box(n++ * 200),
): DrawioCell {
  return {
    id,
    parent,
    vertex: true,
    edge: false,
    source: null,
    target: null,
    label,
    style,
    geometry,
  };
}
function arrow(id: string, source: string | null, target: string | null, label = ''): DrawioCell {
  return {
    id,
    parent: '1',
    vertex: false,
    edge: true,
    source,
    target,
    label,
    style: 'edgeStyle=orthogonalEdgeStyle;',
    geometry: null,
  };
}
const ROOT: DrawioCell[] = [
  {
    id: '0',
    parent: null,
    vertex: false,
    edge: false,
    source: null,
    target: null,
    label: '',
    style: '',
    geometry: null,
  },
  {
    id: '1',
    parent: '0',
    vertex: false,
    edge: false,
    source: null,
    target: null,
    label: '',
    style: '',
    geometry: null,
  },
];

function map(cells: DrawioCell[]): { doc: MapDocument; report: DrawioImportReport } {
  const result = drawioToMap(
    { pages: [{ name: 'Page-1', cells: [...ROOT, ...cells] }] },
    'm-1',
    'Test',
  );
  if (!result.ok) throw new Error(result.problem);
  return result;
}
const labelOf = (doc: MapDocument, id: string) => doc.steps[id]!.label;
const arrows = (doc: MapDocument) =>
  transitionList(doc).map((t) => `${labelOf(doc, t.from)}>${labelOf(doc, t.to)}`);

describe('connectors', () => {
  test('a label drawn as a cell inside the connector is the arrow label', () => {
    const label: DrawioCell = {
      ...shape('l', 'Approved', 'edgeLabel;html=1;', 'e'),
      geometry: null,
    };
    const { doc } = map([shape('a', 'Draft'), shape('b', 'Publish'), arrow('e', 'a', 'b'), label]);
    expect(transitionList(doc).map((t) => t.label)).toEqual(['Approved']);
    expect(stepList(doc)).toHaveLength(2);
  });

  test('connectors loose at an end, into a lane or back into their own shape are reported', () => {
    const { doc, report } = map([
      shape('lane', 'Sales', 'swimlane;'),
      shape('a', 'Draft', 'rounded=1;', 'lane'),
      shape('b', 'Send', 'rounded=1;', 'lane'),
      arrow('e1', 'a', 'b'),
      arrow('e2', 'a', null),
      arrow('e3', 'a', 'lane'),
      arrow('e4', 'b', 'b'),
    ]);
    expect(arrows(doc)).toEqual(['Draft>Send']);
    expect(report.leftOut).toEqual([
      { count: 2, what: 'arrows not joined to a shape at both ends' },
      { count: 1, what: 'arrow from a shape back into itself' },
    ]);
  });
});

describe('decision shapes', () => {
  test('more than 12 ways through one rhombus keep it as a step, and the report says so', () => {
    const cells = [shape('r', 'Which channel?', 'rhombus;')];
    for (let i = 0; i < 4; i++) {
      cells.push(shape(`in${i}`, `In ${i}`), shape(`out${i}`, `Out ${i}`));
      cells.push(arrow(`ei${i}`, `in${i}`, 'r'), arrow(`eo${i}`, 'r', `out${i}`, `Answer ${i}`));
    }
    const { doc, report } = map(cells);
    expect(stepList(doc).some((s) => s.label === 'Which channel?' && s.kind === 'task')).toBe(true);
    expect(transitionList(doc)).toHaveLength(8);
    expect(report.decisions).toBe(0);
    expect(report.leftOut).toEqual([
      {
        count: 1,
        what: 'decision shape kept as a step (joining it would make more than 12 arrows)',
      },
    ]);
  });

  test('a rhombus with no step after it stays a step, so its arrow is not lost', () => {
    const { doc } = map([shape('a', 'Check'), shape('r', 'OK?', 'rhombus;'), arrow('e', 'a', 'r')]);
    expect(arrows(doc)).toEqual(['Check>OK?']);
  });

  test('a way through a rhombus back into the step it left is reported, not drawn', () => {
    const { doc, report } = map([
      shape('a', 'Draft'),
      shape('r', 'Complete?', 'rhombus;'),
      shape('b', 'Publish'),
      arrow('e1', 'a', 'r'),
      arrow('e2', 'r', 'a', 'No'),
      arrow('e3', 'r', 'b', 'Yes'),
    ]);
    expect(arrows(doc)).toEqual(['Draft>Publish']);
    expect(report.leftOut).toEqual([
      { count: 1, what: 'way back into the same step through a decision shape or document' },
    ]);
  });

  test('a lattice of rhombi made to explode is cut at the walk budget, quickly', () => {
    const cells: DrawioCell[] = [shape('a', 'Begin'), shape('z', 'End')];
    const layers = 30;
    for (let l = 0; l < layers; l++) {
      for (const side of ['x', 'y']) cells.push(shape(`${side}${l}`, `Q${l}${side}`, 'rhombus;'));
      if (l > 0) {
        for (const from of ['x', 'y'])
          for (const to of ['x', 'y'])
            cells.push(arrow(`${from}${to}${l}`, `${from}${l - 1}`, `${to}${l}`));
      }
    }
    cells.push(
      arrow('s', 'a', 'x0'),
      arrow('t', `x${layers - 1}`, 'z'),
      arrow('u', `y${layers - 1}`, 'z'),
    );
    const started = performance.now();
    const { doc, report } = map(cells);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(stepList(doc)).toHaveLength(2 + 2 * layers);
    expect(report.leftOut[0]!.what).toMatch(/kept as steps/);
  });
});

describe('documents', () => {
  test('a document only read is required by the decisions after the step that reads it', () => {
    const { doc } = map([
      shape('d', 'Brand guidelines', 'shape=document;'),
      shape('a', 'Design'),
      shape('b', 'Review'),
      arrow('e1', 'd', 'a'),
      arrow('e2', 'a', 'b'),
    ]);
    const item = Object.values(doc.information)[0]!;
    expect(item).toEqual({ id: item.id, name: 'Brand guidelines', external: false });
    expect(transitionList(doc)[0]!.decision.requires).toEqual([item.id]);
  });

  test('a document drawn into a rhombus is required by the arrows through it', () => {
    const { doc } = map([
      shape('d', 'Budget sheet', 'shape=cylinder3;'),
      shape('a', 'Plan'),
      shape('r', 'Within budget?', 'rhombus;'),
      shape('b', 'Buy'),
      arrow('e0', 'd', 'r'),
      arrow('e1', 'a', 'r'),
      arrow('e2', 'r', 'b', 'Yes'),
    ]);
    const [t] = transitionList(doc);
    expect(t!.decision).toMatchObject({
      question: 'Within budget?',
      requires: [Object.keys(doc.information)[0]],
    });
  });

  test('a document between two steps already joined folds into that arrow', () => {
    const { doc } = map([
      shape('a', 'Write'),
      shape('d', 'Contract', 'shape=mxgraph.flowchart.document;'),
      shape('b', 'Sign'),
      arrow('e1', 'a', 'b', 'Hand over'),
      arrow('e2', 'a', 'd'),
      arrow('e3', 'd', 'b'),
    ]);
    expect(transitionList(doc).map((t) => [t.label, t.decision.requires.length])).toEqual([
      ['Hand over', 1],
    ]);
    expect(stepList(doc)[0]!.produces).toEqual(Object.keys(doc.information));
  });

  test('one document drawn twice is one item; an unnamed one is named after its shape', () => {
    const { doc } = map([
      shape('a', 'Write'),
      shape('d1', 'Brief', 'shape=document;'),
      shape('d2', 'Brief', 'shape=document;'),
      shape('d3', '', 'shape=cylinder3;'),
      arrow('e1', 'a', 'd1'),
      arrow('e2', 'a', 'd2'),
      arrow('e3', 'a', 'd3'),
    ]);
    expect(Object.values(doc.information).map((i) => i.name)).toEqual(['Brief', 'Data store']);
  });
});

describe('lanes and what is not a step', () => {
  test('one lane name in two pools is one role; the pools are reported', () => {
    const { doc, report } = map([
      shape('p1', 'Agency', 'swimlane;horizontal=0;'),
      shape('l1', 'Manager', 'swimlane;', 'p1'),
      shape('a', 'Brief', 'rounded=1;', 'l1'),
      shape('p2', 'Client', 'swimlane;horizontal=0;'),
      shape('l2', 'Manager', 'swimlane;', 'p2'),
      shape('b', 'Approve', 'rounded=1;', 'l2'),
      shape('l3', 'Legal', 'swimlane;', 'p2'),
    ]);
    expect(Object.values(doc.roles).map((r) => r.name)).toEqual(['Manager', 'Legal']);
    expect(new Set(stepList(doc).map((s) => s.performer)).size).toBe(1);
    expect(report.leftOut).toEqual([
      { count: 2, what: 'pool or table titles (their lanes became the roles)' },
    ]);
  });

  test('text, decoration and groups are left out and counted; a group’s shapes are imported', () => {
    const { doc, report } = map([
      shape('t', 'Note: draft', 'text;html=1;'),
      shape('deco', '', 'rounded=0;fillColor=#eee;'),
      shape('g', '', 'group;'),
      shape('a', 'Inside the group', 'rounded=1;', 'g'),
    ]);
    expect(stepList(doc).map((s) => s.label)).toEqual(['Inside the group']);
    expect(report.leftOut).toEqual([
      { count: 1, what: 'text box not on an arrow' },
      { count: 1, what: 'unnamed shape with no arrows' },
      { count: 1, what: 'group (its shapes were imported one by one)' },
    ]);
  });

  test('a parent chain that loops, and absurd coordinates, still give a map inside the limits', () => {
    const { doc } = map([
      shape('x', 'Loop A', 'rounded=1;', 'y', box(1e9, -1e9)),
      shape('y', 'Loop B', 'rounded=1;', 'x', box(-1e9, 1e9)),
      shape('a', 'Plain', 'rounded=1;', '1', box(0, 0)),
    ]);
    for (const s of stepList(doc)) {
      expect(Math.abs(s.position.x)).toBeLessThanOrEqual(10_000_000);
      expect(Math.abs(s.position.y)).toBeLessThanOrEqual(10_000_000);
    }
  });

  test('a label longer than a map allows is shortened, and the report says so', () => {
    const { doc, report } = map([shape('a', 'x'.repeat(600))]);
    expect(stepList(doc)[0]!.label).toHaveLength(500);
    expect(report.leftOut).toEqual([{ count: 1, what: 'label shortened to 500 characters' }]);
  });

  test('start and end come from the arrows: nothing enters a start, nothing leaves an end', () => {
    const { doc } = map([
      shape('s', 'Request in', 'ellipse;'),
      shape('m', 'Connector', 'ellipse;'),
      shape('a', 'Handle'),
      shape('e', 'Done', 'shape=mxgraph.flowchart.terminator;'),
      arrow('e1', 's', 'm'),
      arrow('e2', 'm', 'a'),
      arrow('e3', 'a', 'e'),
    ]);
    expect(stepList(doc).map((s) => `${s.label}:${s.kind}`)).toEqual([
      'Request in:start',
      'Connector:task',
      'Handle:task',
      'Done:end',
    ]);
  });
});
