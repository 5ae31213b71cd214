/**
 * A finding's identity across edits, and what follows from it: dot votes that survive
 * re-analysis, and which findings a session or a redesign resolved or introduced.
 * Findings are recomputed on every edit and have no ids; a rule and the element it points
 * at first name the same problem from one run to the next.
 */
import type { Finding } from '../analysis/types';

/**
 * The key of a finding: its rule id, a colon, and the id of its first target
 * (`owner.missing:t-1`). Two findings of one rule on the same first element share a key
 * (e.g. two vague criteria of one decision); they are matched one to one (see `diffFindings`).
 */
export function findingKey(finding: Finding): string {
  return `${finding.rule}:${finding.targets[0]?.id ?? ''}`;
}

/** The votes a finding got, 0 when none were marked. */
export function votesOf(finding: Finding, votes: Readonly<Record<string, number>>): number {
  const key = findingKey(finding);
  return Object.hasOwn(votes, key) ? votes[key]! : 0;
}

/**
 * The findings with the most-voted first. Stable: findings with as many votes (including
 * the unvoted ones) keep the order they came in, which is the analysis's own (severity,
 * question, map order). Returns a new array.
 */
export function sortByVotes(
  findings: readonly Finding[],
  votes: Readonly<Record<string, number>>,
): Finding[] {
  const counted = findings.map((finding, index) => ({
    finding,
    index,
    votes: votesOf(finding, votes),
  }));
  counted.sort((a, b) => b.votes - a.votes || a.index - b.index);
  return counted.map((c) => c.finding);
}

/** Findings of a map before a change that are gone after it, and new ones after it. */
export interface FindingDiff {
  /** In `before`, with no finding of the same key left in `after`; in `before`'s order. */
  readonly resolved: readonly Finding[];
  /** In `after`, with no finding of the same key in `before`; in `after`'s order. */
  readonly introduced: readonly Finding[];
}

/**
 * Matches two lists of findings by `findingKey`, one to one in order: when `before` has
 * three findings of a key and `after` has one, the first is matched and the other two are
 * resolved; when `after` has more, its surplus is introduced.
 */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingDiff {
  const countKeys = (list: readonly Finding[]) => {
    const counts = new Map<string, number>();
    for (const f of list) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
    return counts;
  };
  const surplus = (list: readonly Finding[], other: Map<string, number>): Finding[] => {
    const matched = new Map<string, number>();
    return list.filter((f) => {
      const key = findingKey(f);
      const used = matched.get(key) ?? 0;
      matched.set(key, used + 1);
      return used >= (other.get(key) ?? 0);
    });
  };
  return {
    resolved: surplus(before, countKeys(after)),
    introduced: surplus(after, countKeys(before)),
  };
}
