import { describe, expect, it } from 'vitest';
import type { StepId, TransitionId } from '../../../shared/model';
import { selectionAfter } from '../../../renderer/src/canvas/canvasSelection';

const selection = (steps: string[], transitions: string[]) => ({
  steps: steps as StepId[],
  transitions: transitions as TransitionId[],
});

describe('a selection made on the canvas', () => {
  it('applies what the gesture selected and unselected to the store’s selection', () => {
    const after = selectionAfter(selection(['a', 'b'], ['t1']), {
      steps: new Map([
        ['a', false],
        ['c', true],
      ]),
      arrows: new Map([['t1', false]]),
    });
    expect(after).toEqual(selection(['b', 'c'], []));
  });

  it('keeps selected the arrows React Flow does not hold and so never unselects', () => {
    // Select all on a large map, then Shift+click on step b and arrow t1 to leave them out:
    // t9, away from the view, is not React Flow's to unselect.
    const after = selectionAfter(selection(['a', 'b'], ['t1', 't9']), {
      steps: new Map([['b', false]]),
      arrows: new Map([['t1', false]]),
    });
    expect(after).toEqual(selection(['a'], ['t9']));
  });
});
