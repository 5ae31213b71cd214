/**
 * The portable file on a large map: export (serialize) and import (every check, then the
 * model) of a 5,000-step map, and the two together as one round trip.
 */
import { serializeMapFile } from '../../shared/file-format/export';
import { parseMapFile } from '../../shared/file-format/import';
import { randomDoc } from '../shared/file-format/randomDoc';
import { bench } from './types';

const STEPS = 5000;
const doc = randomDoc(5000, { steps: STEPS, transitions: 7000, roles: 40, information: 80 });
const text = serializeMapFile(doc);

function parse(source: string) {
  const result = parseMapFile(source);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.doc;
}

export default [
  bench({
    name: 'fileFormat.serialize',
    n: STEPS,
    iterations: 30,
    run: () => serializeMapFile(doc),
  }),
  bench({ name: 'fileFormat.parse', n: STEPS, iterations: 30, run: () => parse(text) }),
  bench({
    name: 'fileFormat.roundTrip',
    n: STEPS,
    iterations: 30,
    run: () => parse(serializeMapFile(doc)),
  }),
];
