/**
 * A valid portable map file of about a given size, for tests of large imports: a generated
 * map (generateMap.ts) of up to MAX_STEPS steps, its steps' notes and its decisions' change
 * rules written out at length (within the file format's limits) until the file is that big.
 * Real maps this large carry long notes rather than tens of thousands of steps, and a
 * browser test can open a thousand steps in reasonable time.
 */
import type { MapDocument, Step, StepId, Transition, TransitionId } from '../../shared/model';
import { serializeMapFile } from '../../shared/file-format';
import { LIMITS } from '../../shared/content/limits';
import { generateMap } from './generateMap';

/** About what one generated step, with its arrows, takes in a file. */
const BYTES_PER_STEP = 1400;
const MAX_STEPS = 1000;

const SENTENCE =
  'Usually waits for the weekly status meeting, then goes back to the account lead. ';

function prose(length: number): string {
  return SENTENCE.repeat(Math.ceil(length / SENTENCE.length))
    .slice(0, length)
    .trimEnd();
}

/** The text of a `.decisionmap.json` file of about `bytes` bytes (ASCII, so bytes = characters). */
export function mapFileOfSize(bytes: number, name = `Map of ${bytes} bytes`): string {
  let steps = Math.max(3, Math.min(MAX_STEPS, Math.floor(bytes / BYTES_PER_STEP)));
  let base = generateMap(steps, 3);
  // The bare map must leave room for the padding: fewer steps when the format grows.
  while (steps > 3 && serializeMapFile(base).length > bytes * 0.8) {
    steps = Math.max(3, Math.floor(steps * 0.8));
    base = generateMap(steps, 3);
  }
  let missing = bytes - serializeMapFile(base).length;
  const notes = Math.max(0, Math.min(LIMITS.text, Math.floor(missing / steps)));
  const stepsWithNotes: Record<StepId, Step> = {};
  for (const id of base.stepOrder) stepsWithNotes[id] = { ...base.steps[id]!, notes: prose(notes) };
  missing -= notes * steps;
  const arrows = base.transitionOrder.length;
  const rule = Math.max(0, Math.min(LIMITS.text, Math.floor(missing / arrows)));
  const transitions: Record<TransitionId, Transition> = {};
  for (const id of base.transitionOrder) {
    const arrow = base.transitions[id]!;
    transitions[id] =
      rule > 0 ? { ...arrow, decision: { ...arrow.decision, onChange: prose(rule) } } : arrow;
  }
  const doc: MapDocument = {
    ...base,
    info: { ...base.info, name },
    steps: stepsWithNotes,
    transitions,
  };
  return serializeMapFile(doc);
}
