/**
 * draw.io diagrams as maps, over draw.io's own templates (tests/fixtures/drawio): every
 * named shape is a step with its name, every named lane a role, every connector between two
 * shapes an arrow, every rhombus a question on the arrows that leave it; and every map made
 * is one the app holds (it exports to a file that imports again).
 */
import { describe, expect, test } from 'vitest';
import { readDrawio } from '../../../main/import/drawio';
import { analyzeMap } from '../../../shared/analysis';
import { parseMapFile, serializeMapFile } from '../../../shared/file-format';
import { drawioToMap, type DrawioImportReport } from '../../../shared/import/drawio';
import type { DrawioCell, DrawioFile } from '../../../shared/import/drawioCells';
import { parseStyle, shapeRole } from '../../../shared/import/drawioShapes';
import { stepList, transitionList, type MapDocument } from '../../../shared/model';
import { fixture } from '../../support/drawioFiles';

const FIXTURES = [
  'flowchart.xml',
  'cross.xml',
  'swimlane.xml',
  'cross_functional_flowchart_2.xml',
  'cross_functional_flowchart_4.xml',
  'sourdough-process.drawio',
];

async function imported(
  name: string,
  page = 0,
): Promise<{ doc: MapDocument; report: DrawioImportReport; file: DrawioFile }> {
  const file = await readDrawio(fixture(name));
  const result = drawioToMap(file, 'm-drawio', name, { page });
  if (!result.ok) throw new Error(result.problem);
  return { ...result, file };
}

/** What the test itself takes for a step, lane or rhombus, read straight off the cells. */
function shapesOf(cells: readonly DrawioCell[]) {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const parents = new Set(cells.filter((c) => c.vertex).map((c) => c.parent));
  const inEdge = (c: DrawioCell) => byId.get(c.parent ?? '')?.edge === true;
  const shapes = cells.filter((c) => c.vertex && !inEdge(c) && !parents.has(c.id));
  const kind = (c: DrawioCell) => shapeRole(c.style);
  const steps = shapes.filter((c) => kind(c) === 'step' || kind(c) === 'terminal');
  const lanes = cells.filter(
    (c) =>
      c.vertex &&
      kind(c) === 'lane' &&
      parseStyle(byId.get(c.parent ?? '')?.style ?? '').values.get('shape') !== 'tableRow' &&
      !cells.some((d) => d.parent === c.id && kind(d) === 'lane'),
  );
  const rhombi = shapes.filter((c) => kind(c) === 'decision');
  return { byId, steps, lanes, rhombi };
}

describe.each(FIXTURES)('%s', (name) => {
  test('every named shape a step with its name, every named lane a role', async () => {
    const file = await readDrawio(fixture(name));
    for (let page = 0; page < file.pages.length; page++) {
      const result = drawioToMap(file, 'm-1', name, { page });
      if (!result.ok) throw new Error(result.problem);
      const { steps, lanes } = shapesOf(file.pages[page]!.cells);
      const labels = stepList(result.doc).map((s) => s.label);
      for (const step of steps.filter((s) => s.label !== '')) expect(labels).toContain(step.label);
      const roles = Object.values(result.doc.roles).map((r) => r.name);
      for (const lane of lanes.filter((l) => l.label !== '')) expect(roles).toContain(lane.label);
    }
  });

  test('every connector between two named shapes an arrow; every rhombus a question on its way out', async () => {
    const { doc, file } = await imported(name);
    const { byId, steps, rhombi } = shapesOf(file.pages[0]!.cells);
    const unique = (label: string) => steps.filter((s) => s.label === label).length === 1;
    const stepNamed = (label: string) => stepList(doc).find((s) => s.label === label)!.id;
    const arrows = transitionList(doc);
    const isStep = new Set(steps.map((s) => s.id));
    for (const e of file.pages[0]!.cells.filter((c) => c.edge)) {
      const [from, to] = [byId.get(e.source ?? ''), byId.get(e.target ?? '')];
      if (!from || !to || !isStep.has(from.id) || !isStep.has(to.id) || from === to) continue;
      if (!from.label || !to.label || !unique(from.label) || !unique(to.label)) continue;
      expect(
        arrows.some((t) => t.from === stepNamed(from.label) && t.to === stepNamed(to.label)),
      ).toBe(true);
    }
    for (const rhombus of rhombi.filter((r) => r.label !== '')) {
      const into = file.pages[0]!.cells.filter((c) => c.edge && c.target === rhombus.id);
      for (const e of into) {
        const before = byId.get(e.source ?? '');
        if (!before || !isStep.has(before.id) || !unique(before.label)) continue;
        const out = arrows.filter(
          (t) => t.from === stepNamed(before.label) && t.decision.question.includes(rhombus.label),
        );
        expect(out.length).toBeGreaterThan(0);
      }
    }
  });

  test('every page is a map the app holds: it exports and imports again unchanged, and is analysed', async () => {
    const file = await readDrawio(fixture(name));
    for (let page = 0; page < file.pages.length; page++) {
      const result = drawioToMap(file, 'm-1', name, { page });
      if (!result.ok) throw new Error(result.problem);
      const again = parseMapFile(serializeMapFile(result.doc));
      expect(again.ok ? again.doc : again.problems).toEqual(result.doc);
      // And the analysis asks about it: every arrow that is not automatic has its questions open.
      const findings = analyzeMap(result.doc).findings;
      const open = transitionList(result.doc).filter((t) => !t.decision.automatic).length;
      expect(findings.filter((f) => f.rule === 'owner.missing')).toHaveLength(open);
    }
  });
});

describe('what the templates say, as a map', () => {
  test('the lamp flowchart: two questions in a chain become the questions of three arrows', async () => {
    const { doc, report } = await imported('flowchart.xml');
    expect(
      stepList(doc)
        .map((s) => s.label)
        .sort(),
    ).toEqual(["Lamp doesn't work", 'Plug in lamp', 'Repair Lamp', 'Replace Bulb']);
    const arrows = transitionList(doc).map((t) => [
      doc.steps[t.to]!.label,
      t.label,
      t.decision.question,
    ]);
    expect(arrows).toEqual(
      expect.arrayContaining([
        ['Plug in lamp', 'No', 'Lamp plugged in?'],
        ['Replace Bulb', 'Yes', 'Lamp plugged in? / Bulb burned out?'],
        ['Repair Lamp', 'Yes / No', 'Lamp plugged in? / Bulb burned out?'],
      ]),
    );
    expect(report).toMatchObject({
      steps: 4,
      arrows: 3,
      roles: 0,
      decisions: 3,
      leftOut: [],
      pages: ['Page-1'],
      page: 0,
    });
  });

  test('the cross-functional table: rows are roles, column titles are phases and reported', async () => {
    const { doc, report } = await imported('cross.xml');
    const roleOf = (label: string) =>
      doc.roles[stepList(doc).find((s) => s.label === label)!.performer!]!.name;
    expect(Object.values(doc.roles).map((r) => r.name)).toEqual(['Customer', 'Barista']);
    expect(roleOf('Find barista')).toBe('Customer');
    expect(roleOf('Make latte')).toBe('Barista');
    expect(report.leftOut).toEqual(
      expect.arrayContaining([
        { count: 3, what: 'table column titles (phases, not roles)' },
        { count: 1, what: 'pool or table title (its lanes became the roles)' },
      ]),
    );
  });

  test('a pool of lanes: ellipses start and end, parallel gateways make automatic arrows', async () => {
    const { doc, report } = await imported('cross_functional_flowchart_2.xml');
    const kinds = stepList(doc).map((s) => s.kind);
    expect(kinds.filter((k) => k === 'start')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'end')).toHaveLength(2);
    expect(Object.values(doc.roles).map((r) => r.name)).toEqual(['Lane 1', 'Lane 2', 'Lane 3']);
    expect(stepList(doc).every((s) => s.performer !== null)).toBe(true);
    const automatic = transitionList(doc).filter((t) => t.decision.automatic);
    expect(automatic).toHaveLength(2);
    expect(new Set(automatic.map((t) => t.to)).size).toBe(1);
    // The "No" out of the last decision goes back to the step before it: rework.
    expect(
      transitionList(doc)
        .filter((t) => t.kind === 'send-back')
        .map((t) => t.label),
    ).toEqual(['No']);
    expect(report.decisions).toBe(5);
  });

  test('documents in the flow: the step before produces them, the arrow through them requires them', async () => {
    const { doc } = await imported('swimlane.xml');
    const item = (name: string) => Object.values(doc.information).find((i) => i.name === name)!.id;
    const step = (label: string) => stepList(doc).find((s) => s.label === label)!;
    expect(step('Outbound Accounting').produces).toContain(item('Sales Contract'));
    const joined = transitionList(doc).find(
      (t) => t.from === step('Outbound Accounting').id && t.to === step('Resources Allocation').id,
    )!;
    expect(joined.decision.requires).toEqual([
      item('Sales Contract'),
      item('Outbounding Management'),
    ]);
    expect(Object.values(doc.roles).map((r) => r.name)).toContain('Inside Sales Rep');
  });

  test('shapes drawn over a lane without being put in it belong to that lane', async () => {
    const { doc } = await imported('cross_functional_flowchart_4.xml');
    const performer = stepList(doc).find((s) => s.label === 'procedure 1')!.performer!;
    expect(doc.roles[performer]!.name).toBe('Lane 2');
  });

  test('positions keep the drawing: left to right and top to bottom as drawn, on the grid', async () => {
    const { doc } = await imported('flowchart.xml');
    const at = (label: string) => stepList(doc).find((s) => s.label === label)!.position;
    expect(at("Lamp doesn't work").y).toBeLessThan(at('Replace Bulb').y);
    expect(at('Replace Bulb').y).toBeLessThan(at('Repair Lamp').y);
    expect(at('Plug in lamp').x).toBeGreaterThan(at("Lamp doesn't work").x);
    for (const s of stepList(doc)) expect([s.position.x % 16, s.position.y % 16]).toEqual([0, 0]);
    // Scaled to the app's 200-wide steps: 120-wide boxes 40 apart no longer overlap.
    expect(at('Plug in lamp').x - at("Lamp doesn't work").x).toBeGreaterThanOrEqual(220);
  });
});

describe('pages', () => {
  test('the first page by default, another on request, every page named in the report', async () => {
    const first = await imported('sourdough-process.drawio');
    expect(first.report.pages).toEqual(['Make sourdough starter', 'Make sourdough loaf']);
    expect(first.report.page).toBe(0);
    expect(first.report.leftOut[0]).toEqual({
      count: 1,
      what: 'other page (import it on its own)',
    });
    expect(stepList(first.doc).some((s) => s.label === 'Throw starter out and start again')).toBe(
      true,
    );
    const second = await imported('sourdough-process.drawio', 1);
    expect(second.report.page).toBe(1);
    expect(stepList(second.doc).some((s) => s.label === 'Shape loaf')).toBe(true);
  });

  test('a page that is not there, or has nothing to import, is a plain problem', async () => {
    const file = await readDrawio(fixture('sourdough-process.drawio'));
    expect(drawioToMap(file, 'm', 'x', { page: 2 })).toEqual({
      ok: false,
      problem:
        'This draw.io file has no page 3; its pages are “Make sourdough starter”, “Make sourdough loaf”.',
    });
    const empty: DrawioFile = { pages: [{ name: 'Blank', cells: [] }, file.pages[0]!] };
    const refused = drawioToMap(empty, 'm', 'x');
    expect(refused).toEqual({
      ok: false,
      problem:
        'The page “Blank” of this draw.io file has no shapes to import as steps. Its other pages: “Make sourdough starter”.',
    });
    expect(drawioToMap({ pages: [] }, 'm', 'x').ok).toBe(false);
  });
});
