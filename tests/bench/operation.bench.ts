/** The reducer on a large map: it runs on every keystroke in the renderer and every save in main. */
import type { StepId } from '../../shared/model';
import { applyOperation } from '../../shared/operations/apply';
import { bigMap } from '../support/bigMap';
import { bench } from './types';

const doc = bigMap(2000, 3000);
let i = 0;

export default [
  bench({
    name: 'operation.apply',
    n: 2000,
    iterations: 200,
    run: () =>
      applyOperation(doc, {
        type: 'step/update',
        id: `s${i++ % 2000}` as StepId,
        patch: { label: `Label ${i}` },
      }),
  }),
];
