/**
 * The map's decisions as a DMN decision requirements graph, as plain data: which decisions,
 * input data, knowledge sources and organisation units there are, and who requires what.
 * `dmn.ts` writes it as XML with diagram information. The mapping is documented in
 * `docs/dmn.md`.
 */
import { createContext, type RuleContext } from '../analysis/context';
import type { MapDocument, Transition } from '../model';
import { flowOrder } from '../analysis/flowOrder';

export interface DmnDecision {
  /** The XML id: map ids may hold any character, so the file numbers its own. */
  readonly id: string;
  readonly transition: Transition;
  readonly name: string;
  readonly question: string;
  /** Where the work can go from the step the decision is made at: one answer per line. */
  readonly allowedAnswers: readonly string[];
  readonly description: string;
  /** Ids of earlier decisions whose outcome releases an item this one needs. */
  readonly requiredDecisions: readonly string[];
  readonly requiredInputs: readonly string[];
  readonly requiredSources: readonly string[];
  readonly makers: readonly string[];
  readonly owners: readonly string[];
}

export interface DmnNamed {
  readonly id: string;
  readonly name: string;
}

export interface DmnUnit extends DmnNamed {
  readonly made: readonly string[];
  readonly owned: readonly string[];
}

export interface DmnModel {
  readonly decisions: readonly DmnDecision[];
  readonly inputs: readonly DmnNamed[];
  readonly sources: readonly DmnNamed[];
  readonly units: readonly DmnUnit[];
}

/** Words that name a document to check against, as the criteria say them. */
const DOCUMENT =
  /((?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:checklist|template|guidelines|guide|policy|playbook|rubric|scorecard|specification|spec|standards?|list|plan))(?![\p{L}\p{N}])/giu;
/** Words before a document's name that are not part of it ("follows the", "not in the"). */
const LEADING_FILLER =
  /^(?:(?:the|a|an|our|their|its|this|that|on|in|per|of|to|by|with|and|or|from|against|within|under|not|no|is|are|be|has|have|uses?|using|follows?|meets?|appears?|matches)\s+)+/iu;
/** Document words too generic to name a document alone ("in the list", "not in the standard"). */
const GENERIC = new Set(['list', 'plan', 'standard', 'standards', 'spec', 'guide', 'template']);

const TOKEN = /[\p{L}\p{N}]+/gu;
const words = (text: string) => text.toLowerCase().match(TOKEN) ?? [];
/** Longest item name looked for, in words: names are short, and the scan stays linear. */
const MAX_NAME_WORDS = 12;

/**
 * A finder of the documents a criterion names: information items of the map it mentions by
 * name (word for word, ignoring case and punctuation), or else phrases ending in a document
 * word ("the brief template" → "Brief template"). The names are indexed once per map.
 */
export function documentFinder(itemNames: readonly string[]): (criterion: string) => string[] {
  const byWords = new Map<string, string>();
  let longest = 0;
  for (const name of itemNames) {
    const key = words(name);
    if (key.length === 0 || key.length > MAX_NAME_WORDS) continue;
    if (!byWords.has(key.join(' '))) byWords.set(key.join(' '), name.trim());
    longest = Math.max(longest, key.length);
  }
  return (criterion) => {
    const found: string[] = [];
    const text = words(criterion);
    for (let i = 0; i < text.length; i++) {
      for (let n = 1; n <= longest && i + n <= text.length; n++) {
        const name = byWords.get(text.slice(i, i + n).join(' '));
        if (name !== undefined && !found.includes(name)) found.push(name);
      }
    }
    if (found.length > 0) return found;
    for (const match of criterion.matchAll(DOCUMENT)) {
      const phrase = match[1]!.replace(LEADING_FILLER, '').trim();
      if (phrase === '' || GENERIC.has(phrase.toLowerCase())) continue;
      found.push(phrase.charAt(0).toUpperCase() + phrase.slice(1));
    }
    return found;
  };
}

/** The documents one criterion names; see `documentFinder`. */
export function documentsNamed(criterion: string, itemNames: readonly string[]): string[] {
  return documentFinder(itemNames)(criterion);
}

/** "Brief review → Creative" when the arrow has neither question nor label. */
function decisionName(t: Transition, ctx: RuleContext): string {
  return (
    t.decision.question.trim() ||
    t.label.trim() ||
    `${ctx.stepLabel(t.from)} → ${ctx.stepLabel(t.to)}`
  );
}

function description(t: Transition, ctx: RuleContext, unreleased: readonly string[]): string {
  const d = t.decision;
  const parts: string[] = [`${ctx.stepLabel(t.from)} → ${ctx.stepLabel(t.to)}`];
  const criteria = d.criteria.map((c) => c.trim()).filter((c) => c !== '');
  if (criteria.length > 0)
    parts.push(`What good looks like:\n${criteria.map((c) => `- ${c}`).join('\n')}`);
  if (d.ifNotMet.trim()) parts.push(`If not met: ${d.ifNotMet.trim()}`);
  if (d.onChange.trim()) parts.push(`When something changes: ${d.onChange.trim()}`);
  // Who, in words too: a tool that drops the organisation units (dmn-moddle, so Camunda
  // Modeler on saving) keeps the description.
  const names = (ids: readonly string[]) =>
    [...new Set(ids)].map((r) => ctx.roleName(r)).join(', ');
  if (d.deciders.length > 0) parts.push(`Decided by: ${names(d.deciders)}`);
  if (d.approvers.length > 0) parts.push(`Approvers (veto): ${names(d.approvers)}`);
  if (d.consulted.length > 0) parts.push(`Consulted: ${names(d.consulted)}`);
  if (unreleased.length > 0)
    parts.push(`Also needs (no earlier decision releases it): ${unreleased.join(', ')}`);
  return parts.join('\n\n');
}

/**
 * Builds the requirements graph of a map's decisions (every arrow not marked automatic), in
 * flow order. An item made by a step is released by the decisions on the progress arrows
 * (forward, escalation) leaving that step; a decision requires those of them that come
 * before it in flow order. Every requirement so points from an earlier decision to a later
 * one, so the graph has no cycle: a loop's back edge (an item that only exists once work
 * was sent back, or is made downstream) is dropped and the item named in the description.
 */
export function dmnModel(doc: MapDocument): DmnModel {
  const ctx = createContext(doc);
  const arrows = flowOrder(doc, ctx.graph).transitions;
  const order = arrows.map((id) => doc.transitions[id]!).filter((t) => !t.decision.automatic);
  const decisionId = new Map<string, string>();
  const rank = new Map<string, number>();
  order.forEach((t, i) => {
    decisionId.set(t.id, `Decision_${i + 1}`);
    rank.set(t.id, i);
  });

  // What leaves each step, in flow order: the answers and the releasing decisions.
  const leaving = new Map<string, Transition[]>();
  for (const id of arrows) {
    const t = doc.transitions[id]!;
    const list = leaving.get(t.from) ?? [];
    list.push(t);
    leaving.set(t.from, list);
  }

  const inputs = new Map<string, DmnNamed>();
  const sources = new Map<string, DmnNamed>();
  const units = new Map<string, { id: string; name: string; made: string[]; owned: string[] }>();
  const unit = (roleId: string) => {
    let u = units.get(roleId);
    if (!u) {
      u = { id: `Unit_${units.size + 1}`, name: ctx.roleName(roleId), made: [], owned: [] };
      units.set(roleId, u);
    }
    return u;
  };
  const documentsIn = documentFinder(Object.values(doc.information).map((i) => i.name));

  const decisions = order.map((t): DmnDecision => {
    const id = decisionId.get(t.id)!;
    const own = rank.get(t.id)!;
    const requiredDecisions = new Set<string>();
    const requiredInputs = new Set<string>();
    const unreleased: string[] = [];
    for (const { item } of ctx.requirements(t)) {
      const info = doc.information[item];
      if (info?.external) {
        let input = inputs.get(item);
        if (!input) {
          input = { id: `InputData_${inputs.size + 1}`, name: ctx.itemName(item) };
          inputs.set(item, input);
        }
        requiredInputs.add(input.id);
        continue;
      }
      let released = false;
      for (const producer of ctx.producersOf(item)) {
        for (const out of leaving.get(producer) ?? []) {
          const r = rank.get(out.id);
          if (out.kind === 'send-back' || r === undefined || r >= own) continue;
          requiredDecisions.add(decisionId.get(out.id)!);
          released = true;
        }
      }
      if (!released) unreleased.push(ctx.itemName(item));
    }
    const requiredSources = new Set<string>();
    for (const criterion of t.decision.criteria) {
      for (const name of documentsIn(criterion)) {
        const key = name.toLowerCase();
        let source = sources.get(key);
        if (!source) {
          source = { id: `KnowledgeSource_${sources.size + 1}`, name };
          sources.set(key, source);
        }
        requiredSources.add(source.id);
      }
    }
    const makers = [...new Set(t.decision.deciders)].map((r) => {
      const u = unit(r);
      u.made.push(id);
      return u.id;
    });
    const owners = [...new Set(t.decision.approvers)].map((r) => {
      const u = unit(r);
      u.owned.push(id);
      return u.id;
    });
    const answers = (leaving.get(t.from) ?? []).map(
      (out) => out.label.trim() || ctx.stepLabel(out.to),
    );
    return {
      id,
      transition: t,
      name: decisionName(t, ctx),
      question: t.decision.question.trim(),
      allowedAnswers: [...new Set(answers)],
      description: description(t, ctx, unreleased),
      requiredDecisions: [...requiredDecisions],
      requiredInputs: [...requiredInputs],
      requiredSources: [...requiredSources],
      makers,
      owners,
    };
  });
  return {
    decisions,
    inputs: [...inputs.values()],
    sources: [...sources.values()],
    units: [...units.values()],
  };
}
