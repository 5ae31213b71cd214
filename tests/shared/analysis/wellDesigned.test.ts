/**
 * A deliberately well-designed map reaches 100%: readiness is about each decision's own
 * answers, and what the analysis says about the map (here, the rework loop through the
 * vendor clarification) is shown without holding an answered decision back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMap, RULES } from '../../../shared/analysis';
import { parseMapFile } from '../../../shared/file-format/import';
import type { MapDocument } from '../../../shared/model';

const FILE = path.resolve(__dirname, '../../fixtures/invoice-well-designed.decisionmap.json');

function load(): MapDocument {
  const parsed = parseMapFile(fs.readFileSync(FILE, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.doc;
}

describe('a well-designed invoice approval', () => {
  const doc = load();
  const analysis = analyzeMap(doc);

  it('is 100% ready: every decision answers its five questions', () => {
    expect(analysis.health).toMatchObject({ decisions: 6, ready: 6, atRisk: 0, blocked: 0 });
    expect(analysis.health.share).toBe(1);
  });

  it('still shows what it says about the map: the loop back to the vendor', () => {
    const counts = new Map(RULES.map((r) => [r.id, r.counts]));
    expect(analysis.findings.map((f) => f.rule)).toEqual(['flow.rework-loop']);
    for (const f of analysis.findings) expect(counts.get(f.rule)).toBe('map');
  });

  it('raises no false alarm on the approver on every path, or on “Team Assistant”', () => {
    const rules = new Set(analysis.findings.map((f) => f.rule));
    expect(rules.has('load.decider-bottleneck')).toBe(false);
    expect(rules.has('owner.shared')).toBe(false);
  });

  it('holds a decision back again once one of its own answers goes vague', () => {
    const t = doc.transitions['t-approve' as keyof typeof doc.transitions]!;
    const vague: MapDocument = {
      ...doc,
      transitions: {
        ...doc.transitions,
        [t.id]: { ...t, decision: { ...t.decision, criteria: ['looks fine'] } },
      },
    };
    const again = analyzeMap(vague);
    expect(again.readiness[t.id]!.readiness).toBe('at-risk');
    expect(again.health.ready).toBe(5);
  });
});
