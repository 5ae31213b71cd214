/**
 * The PDF's map places decision chips with the same placement as the canvas: after it, no
 * chip (with its "Send back" tag) covers a step or another chip, on the bundled example and
 * on generated maps with branches and send-backs, laid out as people lay them out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { parseMapFile } from '../../../shared/file-format';
import type { MapDocument } from '../../../shared/model';
import { overlaps } from '../../../shared/placement/cards';
import { buildGeometry, type Box } from '../../../renderer/src/print/geometry';
import type { Measure } from '../../../renderer/src/print/textWrap';
import { laidOutForDecisions } from '../../e2e/support/pdf';
import { generateMap } from '../../support/generateMap';

/** Every character 7 px wide, whatever the font. */
const fixed: Measure = (text) => Array.from(text).length * 7;

function example(): MapDocument {
  const file = path.resolve(
    import.meta.dirname,
    '../../../assets/examples/campaign-launch.decisionmap.json',
  );
  const parsed = parseMapFile(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.doc;
}

function overlapsIn(doc: MapDocument): string[] {
  const geometry = buildGeometry(doc, analyzeMap(doc), fixed);
  const chips = geometry.chips.map((c) => ({ id: c.id, boxes: [c, ...(c.tag ? [c.tag] : [])] }));
  const found: string[] = [];
  chips.forEach((chip, i) => {
    const hits = (box: Box) => chip.boxes.some((b) => overlaps(b, box));
    for (const step of geometry.steps) if (hits(step)) found.push(`${chip.id} on ${step.id}`);
    for (const other of chips.slice(i + 1)) {
      if (other.boxes.some(hits)) found.push(`${chip.id} on ${other.id}`);
    }
  });
  return found;
}

describe('chips on the printed map', () => {
  test('cover no step and no other chip on the bundled example', () => {
    expect(overlapsIn(example())).toEqual([]);
  });

  test.each([20, 60, 200])('cover no step and no other chip on a generated %i-step map', (n) => {
    expect(overlapsIn(laidOutForDecisions(generateMap(n, 7)))).toEqual([]);
  });

  test('a chip moved off its arrow gets a leader line, one left on it none', () => {
    const geometry = buildGeometry(
      laidOutForDecisions(generateMap(60, 7), 10),
      analyzeMap(generateMap(60, 7)),
      fixed,
    );
    const chips = new Map(geometry.chips.map((c) => [c.id, c]));
    for (const arrow of geometry.arrows) {
      if (!arrow.leader) continue;
      const end = arrow.leader.split(' ').slice(-1)[0]!.split(',').map(Number);
      const chip = chips.get(arrow.id)!;
      // The leader ends in the middle of the chip and its tag.
      const top = chip.tag ? chip.tag.y : chip.y;
      expect(end[0]).toBeCloseTo(chip.x + chip.width / 2, 5);
      expect(end[1]).toBeCloseTo((top + chip.y + chip.height) / 2, 5);
    }
  });
});
