import type { Transition } from '../../model';
import { aRight, rightName } from '../rightsWords';
import { onRole } from '../report';
import type { MapRule } from '../rule';
import { distinct, q } from '../words';

/** A role with a veto on more than this share of the map's decisions... */
export const VETO_SHARE = 1 / 3;
/** ...and on at least this many of them slows the whole map down. */
export const VETO_MIN_DECISIONS = 3;

/**
 * A note about the map, on the role: one role holds a veto (RAPID's Agree) on more than a
 * third of the map's decisions, and on at least three. Every one of them waits for it —
 * the slow-down RAPID warns about. Several vetoes on one decision is `owner.veto-stack`.
 */
export const rule: MapRule = {
  id: 'load.veto-bottleneck',
  scope: 'map',
  severity: 'note',
  question: 'who',
  title: 'Veto everywhere',
  description: `One role holds a veto (RAPID’s Agree) on more than a third of the map’s decisions, and on at least ${VETO_MIN_DECISIONS}.`,
  counts: 'map',
  article: 'Approvals take too long.',
  prompt: 'Which of these decisions really need this role’s veto, and where would its input do?',
  check(ctx, report) {
    const byRole = new Map<string, Transition[]>();
    for (const t of ctx.decisions) {
      for (const role of distinct(t.decision.approvers)) {
        const list = byRole.get(role);
        if (list === undefined) byRole.set(role, [t]);
        else list.push(t);
      }
    }
    const total = ctx.decisions.length;
    // A Map iterates in insertion order: roles in the order of their first veto.
    for (const [role, vetoed] of byRole) {
      const share = vetoed.length / total;
      if (share <= VETO_SHARE || vetoed.length < VETO_MIN_DECISIONS) continue;
      report(
        `${q(ctx.roleName(role))} can veto ${vetoed.length} of the map’s ${total} decisions (${Math.round(share * 100)}%); each of them waits for it.`,
        [onRole(role)],
        { role, decisions: vetoed.map((t) => t.id), share },
        { prompt: promptFor(ctx.doc) },
      );
    }
  },
};

/** The prompt in the map's notation: RAPID's Agree and Input; the veto and Consulted in RACI. */
function promptFor(doc: Parameters<typeof rightName>[0]): string {
  const agree = rightName(doc, 'approvers');
  const input = aRight(doc, 'consulted');
  const veto = agree ? `this role’s ${agree}` : 'this role’s veto';
  const instead = input ? `${input} do instead` : 'its input do';
  return `Which of these decisions really need ${veto}, and where would ${instead}?`;
}
