/**
 * The three "is the information there?" rules differ only in the availability they report
 * and their wording; this is their shared check of one decision.
 */
import type { Transition } from '../model';
import type { RuleContext } from './context';
import { onStep, type DecisionReport, type StepTarget } from './report';
import type { Availability } from './types';
import { listOf, q } from './words';

/** The message, from the quoted item, the quoted transition and the list of producing steps. */
export type Describe = (item: string, decision: string, producers: string) => string;

interface About {
  readonly name: string;
  readonly names: string;
  readonly producers: readonly string[];
  readonly targets: readonly StepTarget[];
  /** The finding's details, the same for every decision that requires the item. */
  readonly details: Readonly<Record<string, unknown>>;
}

// An item tends to be required by many decisions: name it and its producers once per run.
const named = new WeakMap<RuleContext, Map<string, About>>();

function about(ctx: RuleContext, item: string): About {
  let items = named.get(ctx);
  if (items === undefined) named.set(ctx, (items = new Map()));
  let found = items.get(item);
  if (found === undefined) {
    const producers = ctx.producersOf(item);
    found = {
      name: q(ctx.itemName(item)),
      names: listOf(
        producers.map((s) => q(ctx.stepLabel(s))),
        4,
      ),
      producers,
      targets: producers.map((s) => onStep(s, 'produces')),
      details: Object.freeze({ item, producers }),
    };
    items.set(item, found);
  }
  return found;
}

/**
 * Reports every distinct item the decision requires whose availability is `outcome`, on the
 * decision (field `requires`), then on the steps producing the item (field `produces`).
 */
export function checkInputs(
  ctx: RuleContext,
  t: Transition,
  report: DecisionReport,
  outcome: Availability,
  describe: Describe,
): void {
  const requirements = ctx.requirements(t);
  for (let r = 0; r < requirements.length; r++) {
    const { item, availability } = requirements[r]!;
    if (availability !== outcome) continue;
    const a = about(ctx, item);
    report(describe(a.name, ctx.transitionLabel(t), a.names), 'requires', a.details, a.targets);
  }
}
