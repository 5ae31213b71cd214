/**
 * A finding's identity across edits, and what follows from it: dot votes that survive
 * re-analysis, and which findings a session or a redesign resolved or introduced.
 * Findings are recomputed on every edit and have no ids; a rule and the element it points
 * at first name the same problem from one run to the next.
 */
import type { Finding, Severity } from '../analysis/types';
import type { MapDocument } from '../model';
import { flowOrder } from '../analysis/flowOrder';

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

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { blocker: 0, warning: 1, note: 2 };

const placesOf = new WeakMap<MapDocument, (finding: Finding) => number>();

/**
 * Where a finding's element comes when the work is read in flow order (`flowOrder`): a step
 * at its place, an arrow right after the step it leaves. A finding on no element, or on one
 * the map no longer has, comes last. Kept per map (maps are immutable), so ranking again on
 * a vote does not walk the map again.
 */
function flowPlaces(doc: MapDocument): (finding: Finding) => number {
  let place = placesOf.get(doc);
  if (place) return place;
  const order = flowOrder(doc);
  const stepPlace = new Map<string, number>();
  order.steps.forEach((id, i) => stepPlace.set(id, 2 * i));
  const arrowPlace = new Map<string, number>();
  const m = order.transitions.length + 1;
  order.transitions.forEach((id, i) => {
    const from = stepPlace.get(doc.transitions[id]!.from) ?? Infinity;
    // After its step; arrows leaving one step keep their flow order among themselves.
    arrowPlace.set(id, from + 1 + i / m);
  });
  place = (finding) => {
    const target = finding.targets[0];
    if (!target) return Infinity;
    return (target.kind === 'step' ? stepPlace : arrowPlace).get(target.id) ?? Infinity;
  };
  placesOf.set(doc, place);
  return place;
}

/**
 * "Most votes first": every finding in one list, across severities and questions, the most
 * voted first — the room's top priority is at the top whatever its kind. Ties (including
 * the unvoted findings) go blockers first, then warnings, then notes, then in flow order of
 * the element they point at, then in the order they came in. Returns a new array.
 */
export function sortByVotes(
  findings: readonly Finding[],
  votes: Readonly<Record<string, number>>,
  doc: MapDocument,
): Finding[] {
  const place = flowPlaces(doc);
  const counted = findings.map((finding, index) => ({
    finding,
    index,
    votes: votesOf(finding, votes),
    place: place(finding),
  }));
  counted.sort(
    (a, b) =>
      b.votes - a.votes ||
      SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
      (a.place === b.place ? 0 : a.place < b.place ? -1 : 1) ||
      a.index - b.index,
  );
  return counted.map((c) => c.finding);
}

/** The `count` findings the room voted for most (those with at least one vote), ranked as `sortByVotes`. */
export function topVoted(
  findings: readonly Finding[],
  votes: Readonly<Record<string, number>>,
  doc: MapDocument,
  count = 3,
): Finding[] {
  const voted = findings.filter((f) => votesOf(f, votes) > 0);
  return sortByVotes(voted, votes, doc).slice(0, count);
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

/**
 * Findings no longer reported, split by what became of the element each points at first:
 * still in `after` — the finding was resolved — or removed, and the finding left with it
 * (deleting a step is not fixing its decisions). A finding on the map itself, with no
 * element, is resolved. Both keep the order given.
 */
export function resolvedOrGone(
  unmatched: readonly Finding[],
  after: MapDocument,
): { readonly resolved: readonly Finding[]; readonly gone: readonly Finding[] } {
  const resolved: Finding[] = [];
  const gone: Finding[] = [];
  for (const finding of unmatched) {
    const target = finding.targets[0];
    const there =
      !target ||
      Object.hasOwn(
        target.kind === 'step'
          ? after.steps
          : target.kind === 'role'
            ? after.roles
            : after.transitions,
        target.id,
      );
    (there ? resolved : gone).push(finding);
  }
  return { resolved, gone };
}
