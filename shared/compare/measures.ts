/**
 * A comparison in words and figures: the measures table, the change column, the capped
 * finding lists and the one-line count of what changed. Pure, so the PDF's comparison page
 * and anything else that prints a comparison say the same thing in the same words as the
 * Compare view ("Decisions ready", "Findings: Who decides?", "Handoffs between roles", ...).
 */
import { QUESTION_LABELS, type Finding } from '../analysis/types';
import type { Decision, MapDocument } from '../model';
import { DECISION_FIELDS } from './compare';
import type { MainPath } from './mainPath';
import type { BeforeAfter, Comparison } from './types';

/** Which way a measure improves: more decisions ready is better, fewer findings are. */
export type Better = 'up' | 'down';

export interface Measure {
  readonly label: string;
  /** The figures as printed ("120", "7.5 h"), or "—" when there is none. */
  readonly before: string;
  readonly after: string;
  /**
   * Said under a figure, e.g. "unknown for 3 decisions", or why there is none; null when
   * nothing needs saying.
   */
  readonly beforeNote: string | null;
  readonly afterNote: string | null;
  readonly change: Change;
}

export interface Change {
  /** "no change", "+2 (better)", "−3.5 (worse)" or "cannot compare". */
  readonly text: string;
  readonly tone: 'better' | 'worse' | 'same';
}

/** A figure with at most one decimal, without a trailing ".0" (sums of hours can be 7.5). */
export function formatFigure(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** The change column: the difference after minus before, and whether that is better. */
export function describeChange(before: number, after: number, better: Better): Change {
  const value = Math.round((after - before) * 10) / 10;
  if (value === 0) return { text: 'no change', tone: 'same' };
  const good = better === 'up' ? value > 0 : value < 0;
  const sign = value > 0 ? '+' : '−';
  return {
    text: `${sign}${formatFigure(Math.abs(value))} ${good ? '(better)' : '(worse)'}`,
    tone: good ? 'better' : 'worse',
  };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function counted(label: string, pair: BeforeAfter<number>, better: Better): Measure {
  return {
    label,
    before: formatFigure(pair.before),
    after: formatFigure(pair.after),
    beforeNote: null,
    afterNote: null,
    change: describeChange(pair.before, pair.after, better),
  };
}

/** Hours waited on the main path; a map without one has no figure rather than a made-up 0. */
function waitMeasure(pair: BeforeAfter<MainPath>): Measure {
  const figure = (path: MainPath) => (path.found ? `${formatFigure(path.observedHours)} h` : '—');
  const note = (path: MainPath) => {
    if (!path.found) return 'no path from a start to an end';
    return path.unknown > 0 ? `unknown for ${plural(path.unknown, 'decision')}` : null;
  };
  const both = pair.before.found && pair.after.found;
  return {
    label: 'Observed wait on the main path',
    before: figure(pair.before),
    after: figure(pair.after),
    beforeNote: note(pair.before),
    afterNote: note(pair.after),
    change: both
      ? describeChange(pair.before.observedHours, pair.after.observedHours, 'down')
      : { text: 'cannot compare', tone: 'same' },
  };
}

/**
 * The measures of a comparison, in the Compare view's order: decisions ready, findings per
 * question, checkpoint steps, handoffs between roles, observed wait on the main path, steps.
 * `asIs` and `toBe` are the two maps compared (for their step counts).
 */
export function comparisonMeasures(c: Comparison, asIs: MapDocument, toBe: MapDocument): Measure[] {
  return [
    counted(
      'Decisions ready',
      { before: c.health.before.ready, after: c.health.after.ready },
      'up',
    ),
    ...c.findingsPerQuestion.map((q) =>
      counted(`Findings: ${QUESTION_LABELS[q.question]}`, q, 'down'),
    ),
    counted('Checkpoint steps (reviews, approvals)', c.checkpoints.steps, 'down'),
    counted('Handoffs between roles', c.handoffs, 'down'),
    waitMeasure(c.mainPath),
    counted('Steps', { before: asIs.stepOrder.length, after: toBe.stepOrder.length }, 'down'),
  ];
}

/**
 * The first `max` items and how many more there are. A list one longer than `max` is shown
 * whole: "and 1 more" would take the line the item itself needs.
 */
export function capList<T>(
  items: readonly T[],
  max: number,
): { readonly shown: readonly T[]; readonly more: number } {
  const n = shownOf(items.length, max);
  return { shown: n === items.length ? items : items.slice(0, n), more: items.length - n };
}

function shownOf(length: number, max: number): number {
  return length <= max + 1 ? length : max;
}

/**
 * "2 steps removed, 1 added; 1 arrow removed, 0 added; 1 checkpoint removed; 3 decisions
 * changed." Every count agrees with its noun ("1 step", "2 steps"). A change of notation
 * is named at the end ("; notation RACI → RAPID"), as it changes every letter of the matrix.
 */
export function changeCounts(c: Comparison): string {
  const notation =
    c.notation.before === c.notation.after
      ? ''
      : `; notation ${c.notation.before} → ${c.notation.after}`;
  return (
    `${plural(c.steps.removed.length, 'step')} removed, ${c.steps.added.length} added; ` +
    `${plural(c.transitions.removed.length, 'arrow')} removed, ${c.transitions.added.length} added; ` +
    `${plural(c.checkpoints.removedSteps.length, 'checkpoint')} removed; ` +
    `${plural(c.decisionsChanged.length, 'decision')} changed${notation}.`
  );
}

/** The decision's rights, in the inspector's words, in the order its fields are listed. */
export const RIGHTS_WORDS: Readonly<Partial<Record<keyof Decision, string>>> = {
  deciders: 'decider',
  consulted: 'consulted',
  approvers: 'approvers',
  recommenders: 'recommended by',
  informed: 'informed',
};

/**
 * Who holds which right, changed: "Decision rights changed: decider on 1 decision,
 * recommended by on 3, informed on 4." Null when the redesign changed no one's rights.
 */
export function rightsChanges(c: Comparison): string | null {
  const parts: string[] = [];
  for (const field of DECISION_FIELDS) {
    const words = RIGHTS_WORDS[field];
    if (words === undefined) continue;
    const n = c.decisionsChanged.filter((d) => d.fields.includes(field)).length;
    if (n > 0) parts.push(`${words} on ${parts.length === 0 ? plural(n, 'decision') : n}`);
  }
  return parts.length === 0 ? null : `Decision rights changed: ${parts.join(', ')}.`;
}

/** The finding lists of a comparison, in the order they are shown. */
export const FINDING_LISTS = ['resolved', 'gone', 'introduced'] as const;
export type FindingListName = (typeof FINDING_LISTS)[number];

/** The three finding lists in words, the same on screen and on paper. */
export const FINDING_LIST_WORDS: Readonly<
  Record<FindingListName, { readonly title: string; readonly empty: string }>
> = {
  resolved: { title: 'Findings resolved', empty: 'None yet.' },
  gone: { title: 'Gone with removed steps and arrows', empty: 'None.' },
  introduced: { title: 'Findings introduced', empty: 'None.' },
};

/** How many findings of each list a page prints (see `capList`). */
export type ListCaps = Readonly<Record<FindingListName, number>>;

/** The findings of each list, by name: resolved, gone with removed elements, introduced. */
export function findingLists(c: Comparison): Readonly<Record<FindingListName, readonly Finding[]>> {
  return { resolved: c.findingsResolved, gone: c.findingsGone, introduced: c.findingsIntroduced };
}

/**
 * The next, smaller caps for a page whose finding lists do not fit: the list that shows the
 * most gives up an item (the first in `FINDING_LISTS` order on a tie). Null when none shows
 * more than `min`: the lists then run over onto the next sheet rather than leave out what
 * matters.
 */
export function shrinkCaps(caps: ListCaps, lengths: ListCaps, min: number): ListCaps | null {
  let list: FindingListName | null = null;
  let most = min;
  for (const name of FINDING_LISTS) {
    const shown = shownOf(lengths[name], caps[name]);
    if (shown > most) {
      list = name;
      most = shown;
    }
  }
  if (list === null) return null;
  return { ...caps, [list]: Math.min(caps[list], most) - 1 };
}
