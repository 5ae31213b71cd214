/**
 * The decision register: one row per transition, in flow order, in the words the app shows.
 * Plain data, so the CSV, the PDF and anything else that lists the decisions say the same.
 */
import { analyzeMap } from '../analysis/engine';
import { createContext, type RuleContext } from '../analysis/context';
import type { Analysis, Availability, Readiness } from '../analysis/types';
import {
  CHANNEL_LABELS,
  TRANSITION_KIND_LABELS,
  type MapDocument,
  type RoomAnsweredQuestion,
  type TransitionId,
} from '../model';
import { flowOrder } from '../analysis/flowOrder';

/** Whether a required item is there when the decision is made, as the inspector says it. */
export const AVAILABILITY_WORDS: Record<Availability, string> = {
  external: 'from outside',
  guaranteed: 'available',
  'some-paths': 'only on some paths',
  'not-upstream': 'not upstream',
  'not-produced': 'not produced',
};

export const READINESS_WORDS: Record<Readiness | 'automatic', string> = {
  ready: 'Ready',
  'at-risk': 'At risk',
  blocked: 'Blocked',
  automatic: 'Automatic (no decision)',
};

export interface RegisterItem {
  readonly name: string;
  readonly availability: Availability;
}

export interface RegisterRow {
  readonly transition: TransitionId;
  /** Step labels; an unnamed step reads "Untitled review", as in the analysis. */
  readonly from: string;
  readonly to: string;
  /** "Forward", "Send back (rework)", "Escalation". */
  readonly kind: string;
  readonly channel: string;
  readonly question: string;
  readonly deciders: readonly string[];
  readonly consulted: readonly string[];
  readonly approvers: readonly string[];
  /** Each distinct required item, with whether it is there at this point. */
  readonly information: readonly RegisterItem[];
  /** Non-blank criteria, one per entry. */
  readonly criteria: readonly string[];
  /**
   * What happens when the criteria are not met: the decision's own words; for a forward
   * decision without any, its step's send-back and escalation arrows ("Sent back to Draft
   * brief; Escalated to CMO"), which are that outcome as the gate.no-stop rule reads them.
   */
  readonly ifNotMet: string;
  readonly onChange: string;
  readonly targetHours: number | null;
  readonly observedHours: number | null;
  /** The questions whose answer the room proposed (the workshop's room, issue 19). */
  readonly fromRoom: readonly RoomAnsweredQuestion[];
  readonly readiness: Readiness | 'automatic';
  /** How many of the five questions are answered well; null for an automatic transition. */
  readonly score: number | null;
}

/** "Campaign brief (available)". */
export function itemWords(item: RegisterItem): string {
  return `${item.name} (${AVAILABILITY_WORDS[item.availability]})`;
}

/** "Ready", "At risk (3 of 5)", "Blocked (1 of 5)", "Automatic (no decision)". */
export function readinessWords(row: Pick<RegisterRow, 'readiness' | 'score'>): string {
  const words = READINESS_WORDS[row.readiness];
  if (row.readiness === 'ready' || row.readiness === 'automatic' || row.score === null)
    return words;
  return `${words} (${row.score} of 5)`;
}

/**
 * Each step's way out when a gate is not met: its send-back and escalation arrows, in
 * drawing order, in words ("Sent back to Draft brief; Escalated to CMO"). One pass over the
 * arrows, so a step with many ways out costs no more than its arrows.
 */
function outcomesByStep(doc: MapDocument, ctx: RuleContext): Map<string, string> {
  const lists = new Map<string, string[]>();
  for (const id of doc.transitionOrder) {
    const o = doc.transitions[id]!;
    if (o.kind === 'forward') continue;
    const words = `${o.kind === 'send-back' ? 'Sent back to' : 'Escalated to'} ${ctx.stepLabel(o.to)}`;
    const list = lists.get(o.from);
    if (list) list.push(words);
    else lists.set(o.from, [words]);
  }
  return new Map([...lists].map(([from, list]) => [from, list.join('; ')]));
}

/**
 * The register of a map: every transition once, in flow order (`flowOrder`). Pass the
 * analysis when it is at hand (the app keeps one); otherwise it is computed here.
 */
export function registerRows(doc: MapDocument, analysis?: Analysis): RegisterRow[] {
  const ctx = createContext(doc);
  const readiness = (analysis ?? analyzeMap(doc)).readiness;
  const names = (ids: readonly string[]) => [...new Set(ids)].map((id) => ctx.roleName(id));
  const outcomes = outcomesByStep(doc, ctx);
  return flowOrder(doc, ctx.graph).transitions.map((id) => {
    const t = doc.transitions[id]!;
    const d = t.decision;
    const ready = d.automatic ? undefined : readiness[id];
    const fallback = t.kind === 'forward' && !d.automatic ? (outcomes.get(t.from) ?? '') : '';
    return {
      transition: id,
      from: ctx.stepLabel(t.from),
      to: ctx.stepLabel(t.to),
      kind: TRANSITION_KIND_LABELS[t.kind],
      channel: CHANNEL_LABELS[t.channel],
      question: d.question.trim(),
      deciders: names(d.deciders),
      consulted: names(d.consulted),
      approvers: names(d.approvers),
      information: ctx.requirements(t).map((r) => ({
        name: ctx.itemName(r.item),
        availability: r.availability,
      })),
      criteria: d.criteria.map((c) => c.trim()).filter((c) => c !== ''),
      ifNotMet: d.ifNotMet.trim() || fallback,
      onChange: d.onChange.trim(),
      targetHours: d.targetHours,
      observedHours: d.observedHours,
      fromRoom: d.fromRoom ?? [],
      readiness: ready?.readiness ?? 'automatic',
      score: ready?.score ?? null,
    };
  });
}
