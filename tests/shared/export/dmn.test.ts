/**
 * The decisions as DMN 1.3: read back with dmn-moddle (the parser Camunda Modeler and dmn-js
 * use), one decision per map decision, organisation units kept in the XML, and a
 * requirements graph without a cycle, on the example and on the corpus of real processes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DmnModdle } from 'dmn-moddle';
import { describe, expect, it } from 'vitest';
import { decisionsDmn } from '../../../shared/export/dmn';
import { documentsNamed } from '../../../shared/export/dmnModel';
import { parseMapFile } from '../../../shared/file-format';
import type { InformationId, MapDocument, RoleId } from '../../../shared/model';
import { makeMap, makeStep, makeTransition } from '../../support/makeMap';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.join(ROOT, 'tests/fixtures/corpus');

function load(file: string): MapDocument {
  const parsed = parseMapFile(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.doc;
}

const example = () => load(path.join(ROOT, 'assets/examples/campaign-launch.decisionmap.json'));

interface Moddle {
  $type: string;
  id: string;
  name?: string;
  [key: string]: unknown;
}

interface Read {
  root: Moddle & { drgElement: Moddle[]; dmnDI?: Moddle };
  warnings: { message: string }[];
}

async function read(xml: string): Promise<Read> {
  const { rootElement, warnings } = await DmnModdle().fromXML(xml, 'dmn:Definitions');
  return { root: rootElement as Read['root'], warnings: warnings as Read['warnings'] };
}

/**
 * dmn-moddle has no type for `organizationUnit` (DMN 1.3's business context), so it warns
 * once per unit and drops it on reading: the one warning the export expects (docs/dmn.md).
 */
const ORGANISATION_UNIT_WARNING = /unparsable content <organizationUnit> detected/;

const unexpected = (warnings: Read['warnings']) =>
  warnings.map((w) => w.message).filter((m) => !ORGANISATION_UNIT_WARNING.test(m));

const refId = (ref: unknown) => String((ref as { href: string }).href).replace(/^#/, '');

/** The decisions each decision requires, by id, as the parser read them. */
function requirementGraph(root: Read['root']): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const el of root.drgElement) {
    if (el.$type !== 'dmn:Decision') continue;
    const reqs = (el.informationRequirement as { requiredDecision?: unknown }[] | undefined) ?? [];
    graph.set(
      el.id,
      reqs.filter((r) => r.requiredDecision).map((r) => refId(r.requiredDecision)),
    );
  }
  return graph;
}

/** A cycle in the graph as a list of ids, or null: a depth-first search with three colours. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (v: string): string[] | null => {
    state.set(v, 1);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (state.get(w) === 1) return [...stack.slice(stack.indexOf(w)), w];
      if (!state.has(w)) {
        const found = visit(w);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(v, 2);
    return null;
  };
  for (const v of graph.keys()) {
    if (state.has(v)) continue;
    const found = visit(v);
    if (found) return found;
  }
  return null;
}

const decisionCount = (doc: MapDocument) =>
  Object.values(doc.transitions).filter((t) => !t.decision.automatic).length;

describe('DMN export of the bundled example', () => {
  it('parses with only the documented organisation-unit warnings', async () => {
    const { root, warnings } = await read(decisionsDmn(example()));
    expect(root.$type).toBe('dmn:Definitions');
    expect(unexpected(warnings)).toEqual([]);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('has one decision per map decision, named by its question or its arrow', async () => {
    const doc = example();
    const { root } = await read(decisionsDmn(doc));
    const decisions = root.drgElement.filter((e) => e.$type === 'dmn:Decision');
    expect(decisions).toHaveLength(decisionCount(doc));
    const names = decisions.map((d) => d.name);
    expect(names).toContain('Can every claim in the creative be defended?');
    // No question: the arrow's ends name it.
    expect(names).toContain('Brief to agency → Agency concepts');
    const legal = decisions.find((d) => d.name === 'Can every claim in the creative be defended?')!;
    expect(legal.question).toBe('Can every claim in the creative be defended?');
    // Both arrows that leave Legal review: its own (no label, so its target) and the send-back.
    expect(String(legal.allowedAnswers).split('\n')).toEqual([
      'CMO sign-off',
      'Claims need changes',
    ]);
  });

  it('keeps organisation units in the file, referenced as decision makers and owners', async () => {
    const xml = decisionsDmn(example());
    const units = [...xml.matchAll(/<organizationUnit id="([^"]+)" name="([^"]+)"/g)];
    const names = units.map((m) => m[2]);
    expect(names).toEqual(expect.arrayContaining(['CMO', 'Legal counsel', 'Head of sales']));
    const { root } = await read(xml);
    const signOff = root.drgElement.find((e) => e.name === 'Can the campaign go out?')!;
    const byId = new Map(units.map((m) => [m[1], m[2]]));
    expect((signOff.decisionMaker as unknown[]).map((r) => byId.get(refId(r)))).toEqual(['CMO']);
    expect((signOff.decisionOwner as unknown[]).map((r) => byId.get(refId(r)))).toEqual([
      'Brand team',
      'Legal counsel',
      'Head of sales',
    ]);
  });

  it('dmn-moddle drops the units when it writes the file again; the description keeps the names', async () => {
    const moddle = DmnModdle();
    const { rootElement } = await moddle.fromXML(decisionsDmn(example()), 'dmn:Definitions');
    const { xml } = await moddle.toXML(rootElement);
    // What Camunda Modeler saves: no units, the references to them left dangling.
    expect(xml).not.toContain('organizationUnit');
    expect(xml).toContain('decisionMaker');
    expect(xml).toContain('Decided by: CMO');
    expect(xml).toContain('Approvers (veto): Brand team, Legal counsel, Head of sales');
  });

  it('requires earlier decisions, outside information and named documents', async () => {
    const { root } = await read(decisionsDmn(example()));
    const byName = (name: string) => root.drgElement.find((e) => e.name === name)!;
    const nameOf = (id: string) => root.drgElement.find((e) => e.id === id)!.name;
    // The brief is released by the decision leaving Draft brief.
    const funding = byName('Is this campaign worth funding?');
    const reqs = funding.informationRequirement as { requiredDecision?: unknown }[];
    expect(reqs.map((r) => nameOf(refId(r.requiredDecision)))).toContain(
      'Is the brief complete enough to review?',
    );
    const brandGuidelines = byName('Brand guidelines');
    expect(brandGuidelines.$type).toBe('dmn:InputData');
    const brand = byName('Does the creative follow the brand guidelines?');
    const authority = brand.authorityRequirement as { requiredAuthority: unknown }[];
    expect(authority.map((a) => nameOf(refId(a.requiredAuthority)))).toEqual(['Brand guidelines']);
    expect(root.drgElement.filter((e) => e.$type === 'dmn:KnowledgeSource').length).toBe(
      new Set(root.drgElement.filter((e) => e.$type === 'dmn:KnowledgeSource').map((e) => e.name))
        .size,
    );
  });

  it('has a shape for every element and an edge for every requirement', async () => {
    const { root } = await read(decisionsDmn(example()));
    const diagram = (root.dmnDI!.diagrams as Moddle[])[0]!;
    const elements = diagram.diagramElements as Moddle[];
    const shaped = new Set(
      elements
        .filter((e) => e.$type === 'dmndi:DMNShape')
        .map((e) => (e.dmnElementRef as Moddle).id),
    );
    for (const el of root.drgElement) expect(shaped.has(el.id)).toBe(true);
    const edges = elements.filter((e) => e.$type === 'dmndi:DMNEdge');
    const requirements = root.drgElement.flatMap((e) => [
      ...((e.informationRequirement as Moddle[] | undefined) ?? []),
      ...((e.authorityRequirement as Moddle[] | undefined) ?? []),
    ]);
    expect(edges).toHaveLength(requirements.length);
  });

  it('places no decision over another, even when every step sits in one place', async () => {
    const doc = example();
    const stacked = {
      ...doc,
      steps: Object.fromEntries(
        Object.entries(doc.steps).map(([id, step]) => [id, { ...step, position: { x: 0, y: 0 } }]),
      ),
    };
    for (const map of [doc, stacked]) {
      const xml = decisionsDmn(map);
      const bounds = [
        ...xml.matchAll(
          /dmnElementRef="Decision_\d+"><dc:Bounds height="(\d+)" width="(\d+)" x="(-?[\d.]+)" y="(-?[\d.]+)"/g,
        ),
      ].map((m) => ({ h: +m[1]!, w: +m[2]!, x: +m[3]!, y: +m[4]! }));
      expect(bounds).toHaveLength(decisionCount(doc));
      for (const [i, a] of bounds.entries())
        for (const b of bounds.slice(i + 1))
          expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(
            true,
          );
    }
  });

  it('has no cycle in its requirements graph', async () => {
    const { root } = await read(decisionsDmn(example()));
    expect(findCycle(requirementGraph(root))).toBeNull();
  });
});

describe('DMN export of the corpus of real processes', () => {
  const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.decisionmap.json'));

  it.each(files)('%s parses, has every decision and no cycle', async (file) => {
    const doc = load(path.join(CORPUS, file));
    const { root, warnings } = await read(decisionsDmn(doc));
    expect(unexpected(warnings)).toEqual([]);
    const graph = requirementGraph(root);
    expect(graph.size).toBe(decisionCount(doc));
    expect(findCycle(graph)).toBeNull();
  });
});

describe('DMN export of a loop and of hostile text', () => {
  const item = 'i-claims' as InformationId;

  /** Draft → Review → Fix → Review: Review needs claims that only Fix (after it) makes. */
  const loop = () =>
    makeMap({
      steps: [
        makeStep('draft', { label: 'Draft', kind: 'start' }),
        makeStep('review', { label: 'Review', kind: 'review' }),
        makeStep('fix', { label: 'Fix', produces: [item] }),
        makeStep('end', { label: 'Done', kind: 'end' }),
      ],
      transitions: [
        makeTransition('t1', 'draft', 'review', { decision: { question: 'Ready?' } }),
        makeTransition('t2', 'review', 'fix', {
          decision: { question: 'Needs a fix?', requires: [item] },
        }),
        makeTransition('t3', 'fix', 'review', { decision: { question: 'Fixed?' } }),
        makeTransition('t4', 'review', 'end', {
          decision: { question: 'Done?', requires: [item] },
        }),
      ],
      information: [{ id: item, name: 'Claims', external: false }],
    });

  it('drops the back edge of a loop and names the item instead', async () => {
    const xml = decisionsDmn(loop());
    const { root, warnings } = await read(xml);
    expect(unexpected(warnings)).toEqual([]);
    expect(findCycle(requirementGraph(root))).toBeNull();
    const needsFix = root.drgElement.find((e) => e.name === 'Needs a fix?')!;
    expect(needsFix.informationRequirement ?? []).toEqual([]);
    expect(String(needsFix.description)).toContain(
      'Also needs (no earlier decision releases it): Claims',
    );
  });

  it('escapes every text so the file still parses and says what the user typed', async () => {
    const nasty = `Is <b>"this"</b> & 'that' ]]> ok?\u0001\nNext line`;
    const doc = makeMap({
      name: 'Q&A <map>',
      steps: [makeStep('a', { label: 'A & <B>' }), makeStep('b', { label: 'C' })],
      transitions: [
        makeTransition('t', 'a', 'b', {
          label: '"quoted" & <tagged>',
          decision: {
            question: nasty,
            deciders: ['r' as RoleId],
            criteria: ['Follows the <brand> & "tone" checklist'],
          },
        }),
      ],
      roles: [{ id: 'r' as RoleId, name: 'R&D <lead> "x"', kind: 'person' }],
    });
    const xml = decisionsDmn(doc);
    const { root, warnings } = await read(xml);
    expect(unexpected(warnings)).toEqual([]);
    expect(root.name).toBe('Q&A <map>');
    const decision = root.drgElement.find((e) => e.$type === 'dmn:Decision')!;
    expect(decision.name).toBe(nasty.replace('\u0001', ''));
    expect(decision.allowedAnswers).toBe('"quoted" & <tagged>');
    expect(xml).toContain('name="R&amp;D &lt;lead&gt; &quot;x&quot;"');
  });
});

describe('documentsNamed', () => {
  it.each([
    ['Logo and tone follow the brand guidelines', ['Brand guidelines'], ['Brand guidelines']],
    ['Every claim appears on the legal claims list', [], ['Legal claims list']],
    ['Filled in on the brief template', [], ['Brief template']],
    ['Uses the level template', [], ['Level template']],
    ['Not in the standard', [], []],
    ['Looks good', [], []],
    ['The CMO is happy with it', ['Brief'], []],
  ])('%s', (criterion, items, expected) => {
    expect(documentsNamed(criterion, items)).toEqual(expected);
  });
});
