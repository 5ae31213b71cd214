/**
 * The three "is the information there?" rules differ only in the availability they report
 * and their wording; this is their shared check of one decision.
 */
import type { Transition } from '../model';
import type { RuleContext } from './context';
import type { Availability, Finding, FindingTarget } from './types';
import { finding, listOf, onStep, q, targetsOn, type DecisionRule } from './rule';

/** The message, from the quoted item, the quoted transition and the list of producing steps. */
export type Describe = (item: string, decision: string, producers: string) => string;

interface About {
  readonly name: string;
  readonly names: string;
  readonly producers: readonly string[];
  readonly targets: readonly FindingTarget[];
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
 * Adds a finding for every distinct item the decision requires whose availability is
 * `outcome`. It points at the decision (field `requires`), then at the steps producing the
 * item (field `produces`).
 */
export function checkInputs(
  ctx: RuleContext,
  rule: DecisionRule,
  t: Transition,
  found: Finding[],
  outcome: Availability,
  describe: Describe,
): void {
  const requirements = ctx.requirements(t);
  for (let r = 0; r < requirements.length; r++) {
    const { item, availability } = requirements[r]!;
    if (availability !== outcome) continue;
    const a = about(ctx, item);
    const first = targetsOn(t, 'requires');
    const targets = a.targets.length === 0 ? first : first.concat(a.targets);
    found.push(
      finding(rule, describe(a.name, ctx.transitionLabel(t), a.names), targets, a.details),
    );
  }
}
