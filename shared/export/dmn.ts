/**
 * The map's decisions as a DMN 1.3 file (a decision requirements diagram) for the people who
 * automate decisions: Camunda Modeler and dmn-js open it laid out like the map. Written by
 * hand rather than through dmn-moddle, which would drop the organisation units (it has no
 * type for them) and would add a dependency to the app for a few dozen lines of XML.
 * See `docs/dmn.md` for the mapping.
 */
import type { MapDocument } from '../model';
import { dmnModel, type DmnDecision, type DmnModel } from './dmnModel';
import { element, textElement } from './xml';

const DMN_NS = 'https://www.omg.org/spec/DMN/20191111/MODEL/';
const DMNDI_NS = 'https://www.omg.org/spec/DMN/20191111/DMNDI/';
const DC_NS = 'http://www.omg.org/spec/DMN/20180521/DC/';
const DI_NS = 'http://www.omg.org/spec/DMN/20180521/DI/';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const DECISION = { width: 180, height: 80 };
const INPUT = { width: 160, height: 50 };
const SOURCE = { width: 160, height: 70 };
/** Half a step card, so a decision sits between the middles of its two steps. */
const STEP_MIDDLE = { x: 100, y: 40 };
const GAP = 40;

/** The grid decisions sit on: one shape per cell, with room between neighbours. */
const CELL = { width: DECISION.width + 20, height: DECISION.height + 20 };

/**
 * Places every shape: each decision in the grid cell nearest the middle of its arrow, or the
 * first free cell below it; input data and knowledge sources in rows above the map. Each
 * cell remembers where the search below it ended, so a crowded middle stays linear.
 */
function layout(doc: MapDocument, model: DmnModel): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const taken = new Set<string>();
  const nextBelow = new Map<string, number>();
  let minX = Infinity;
  let minY = Infinity;
  for (const d of model.decisions) {
    const from = doc.steps[d.transition.from]?.position ?? { x: 0, y: 0 };
    const to = doc.steps[d.transition.to]?.position ?? from;
    const column = Math.round(((from.x + to.x) / 2 + STEP_MIDDLE.x) / CELL.width);
    const wanted = Math.round(((from.y + to.y) / 2 + STEP_MIDDLE.y) / CELL.height);
    const origin = `${column},${wanted}`;
    let free = nextBelow.get(origin) ?? wanted;
    while (taken.has(`${column},${free}`)) free++;
    taken.add(`${column},${free}`);
    nextBelow.set(origin, free + 1);
    const x = column * CELL.width - DECISION.width / 2;
    const y = free * CELL.height - DECISION.height / 2;
    boxes.set(d.id, { x, y, ...DECISION });
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
  }
  if (!Number.isFinite(minX)) minX = minY = 0;
  const row = (items: readonly { id: string }[], y: number, size: typeof INPUT) =>
    items.forEach((item, i) =>
      boxes.set(item.id, { x: minX + i * (size.width + GAP), y, ...size }),
    );
  row(model.sources, minY - 2 * (SOURCE.height + 2 * GAP), SOURCE);
  row(model.inputs, minY - INPUT.height - 2 * GAP, INPUT);
  return boxes;
}

const middle = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Where the line from a box's middle towards `toward` leaves the box, so lines meet borders. */
function border(b: Box, toward: { x: number; y: number }) {
  const c = middle(b);
  const [dx, dy] = [toward.x - c.x, toward.y - c.y];
  const t = Math.min(
    dx === 0 ? Infinity : b.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : b.height / 2 / Math.abs(dy),
  );
  const k = Number.isFinite(t) ? Math.min(t, 1) : 0;
  return { x: Math.round(c.x + dx * k), y: Math.round(c.y + dy * k) };
}

/** A requirement's line, from the border of what is required to the border of the decision. */
function edge(id: string, from: Box | undefined, to: Box | undefined): string {
  if (!from || !to) return '';
  const [a, b] = [border(from, middle(to)), border(to, middle(from))];
  return element('dmndi:DMNEdge', { id: `${id}_di`, dmnElementRef: id }, [
    element('di:waypoint', { x: a.x, y: a.y }),
    element('di:waypoint', { x: b.x, y: b.y }),
  ]);
}

function decisionXml(d: DmnDecision, requirementId: (kind: string) => string): string {
  const children: string[] = [];
  if (d.description) children.push(textElement('description', d.description));
  if (d.question) children.push(textElement('question', d.question));
  if (d.allowedAnswers.length > 0)
    children.push(textElement('allowedAnswers', d.allowedAnswers.join('\n')));
  for (const required of d.requiredDecisions)
    children.push(
      element('informationRequirement', { id: requirementId(`${d.id}>${required}`) }, [
        element('requiredDecision', { href: `#${required}` }),
      ]),
    );
  for (const required of d.requiredInputs)
    children.push(
      element('informationRequirement', { id: requirementId(`${d.id}>${required}`) }, [
        element('requiredInput', { href: `#${required}` }),
      ]),
    );
  for (const required of d.requiredSources)
    children.push(
      element('authorityRequirement', { id: requirementId(`${d.id}>${required}`) }, [
        element('requiredAuthority', { href: `#${required}` }),
      ]),
    );
  for (const unit of d.makers) children.push(element('decisionMaker', { href: `#${unit}` }));
  for (const unit of d.owners) children.push(element('decisionOwner', { href: `#${unit}` }));
  return element('decision', { id: d.id, name: d.name }, children);
}

/**
 * The text of `NAME - decisions.dmn`: a DMN 1.3 `definitions` with one `decision` per
 * decision of the map (every arrow not marked automatic), in flow order; `inputData` for
 * information from outside the map; knowledge sources for documents the criteria name;
 * organisation units for deciders (decision makers) and approvers (decision owners); and
 * DMNDI shapes and edges placed from the map. Every text is escaped.
 */
export function decisionsDmn(doc: MapDocument): string {
  const model = dmnModel(doc);
  const boxes = layout(doc, model);
  const requirementIds = new Map<string, string>();
  const requirementId = (key: string) => {
    const id = `Requirement_${requirementIds.size + 1}`;
    requirementIds.set(key, id);
    return id;
  };
  const drg = [
    ...model.decisions.map((d) => decisionXml(d, requirementId)),
    ...model.inputs.map((i) => element('inputData', { id: i.id, name: i.name })),
    ...model.sources.map((s) => element('knowledgeSource', { id: s.id, name: s.name })),
  ];
  // Organisation units are business context, after the DRG elements as the schema orders.
  const units = model.units.map((u) =>
    element('organizationUnit', { id: u.id, name: u.name }, [
      ...u.made.map((d) => element('decisionMade', { href: `#${d}` })),
      ...u.owned.map((d) => element('decisionOwned', { href: `#${d}` })),
    ]),
  );
  const shapes = [...boxes].map(([id, b]) =>
    element('dmndi:DMNShape', { id: `${id}_di`, dmnElementRef: id }, [
      element('dc:Bounds', { height: b.height, width: b.width, x: b.x, y: b.y }),
    ]),
  );
  const edges = [...requirementIds].map(([key, id]) => {
    const [to, from] = key.split('>') as [string, string];
    return edge(id, boxes.get(from), boxes.get(to));
  });
  const diagram = element('dmndi:DMNDI', {}, [
    element('dmndi:DMNDiagram', { id: 'DMNDiagram_1' }, [...shapes, ...edges], '\n'),
  ]);
  const definitions = element(
    'definitions',
    {
      xmlns: DMN_NS,
      'xmlns:dmndi': DMNDI_NS,
      'xmlns:dc': DC_NS,
      'xmlns:di': DI_NS,
      id: 'Definitions_1',
      name: doc.info.name.trim() || 'Untitled map',
      namespace: `https://decisionmap.app/maps/${encodeURIComponent(doc.info.id)}`,
      exporter: 'Decision Map',
    },
    [...drg, ...units, diagram],
    '\n',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${definitions}\n`;
}
