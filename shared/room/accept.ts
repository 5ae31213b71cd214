/**
 * What the facilitator's page does to the map with what the room sent: an accepted answer
 * becomes ordinary edits (one undo step), a parked one a question in the parking lot, and
 * revealed dots the map's votes. Pure: the page applies the operations as its own edits,
 * so the map keeps one writer and the save's revision check never fights the room.
 */
import type { InformationId, MapDocument, RoleId, TransitionId } from '../model';
import { LIMITS } from '../content/limits';
import type { Operation } from '../operations/types';
import { questionWords } from '../questions';
import type { RoomProposal } from './facilitator';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The edits that put an answer from the room into its decision: the question and the change
 * rule are replaced, a criterion is added, and a decider or a needed item is found by name
 * or created (a new role is a role, never guessed to be a person or a group). Empty when
 * the decision is gone or already has this answer.
 */
export function acceptOps(
  doc: MapDocument,
  proposal: RoomProposal,
  newId: (prefix: string) => string,
): Operation[] {
  const id = proposal.transition as TransitionId | null;
  const t = id ? doc.transitions[id] : undefined;
  if (!t || !id || proposal.kind !== 'answer' || !proposal.question) return [];
  const d = t.decision;
  const text = proposal.text.trim();
  // The decision remembers the room answered this question: the PDF's register says so.
  const mark = {
    fromRoom: [...(d.fromRoom ?? []).filter((q) => q !== proposal.question), proposal.question],
  };
  switch (proposal.question) {
    case 'what':
      return [
        { type: 'decision/update', id, patch: { question: text.slice(0, LIMITS.label), ...mark } },
      ];
    case 'change':
      return [
        { type: 'decision/update', id, patch: { onChange: text.slice(0, LIMITS.text), ...mark } },
      ];
    case 'good':
      if (d.criteria.some((c) => same(c, text))) return [];
      return [{ type: 'decision/update', id, patch: { criteria: [...d.criteria, text], ...mark } }];
    case 'who': {
      const found = Object.values(doc.roles).find((r) => same(r.name, text));
      const roleId = (found?.id ?? newId('r')) as RoleId;
      if (d.deciders.includes(roleId)) return [];
      const add: Operation[] = found
        ? []
        : [
            {
              type: 'role/add',
              role: { id: roleId, name: text.slice(0, LIMITS.name), kind: 'role' },
            },
          ];
      return [
        ...add,
        { type: 'decision/update', id, patch: { deciders: [...d.deciders, roleId], ...mark } },
      ];
    }
    case 'information': {
      const found = Object.values(doc.information).find((i) => same(i.name, text));
      const itemId = (found?.id ?? newId('i')) as InformationId;
      if (d.requires.includes(itemId)) return [];
      const add: Operation[] = found
        ? []
        : [
            {
              type: 'information/add',
              item: { id: itemId, name: text.slice(0, LIMITS.name), external: false },
            },
          ];
      return [
        ...add,
        { type: 'decision/update', id, patch: { requires: [...d.requires, itemId], ...mark } },
      ];
    }
  }
}

/** A question from the room, or an answer set aside, as a question in the parking lot. */
export function parkOps(
  doc: MapDocument,
  proposal: RoomProposal,
  newId: (prefix: string) => string,
): Operation[] {
  const target =
    proposal.transition && Object.hasOwn(doc.transitions, proposal.transition)
      ? proposal.transition
      : null;
  const card = proposal.question ? questionWords(proposal.question) : undefined;
  const text =
    proposal.kind === 'answer' && card
      ? `${card.title} The room proposed: “${proposal.text.trim()}”`
      : proposal.text.trim();
  return [
    {
      type: 'parking/add',
      item: { id: newId('p'), text: text.slice(0, LIMITS.parkingText), target },
    },
  ];
}

/** The room's revealed dots added to the votes the map already has, one edit per finding. */
export function revealOps(doc: MapDocument, counts: Readonly<Record<string, number>>): Operation[] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => ({
      type: 'votes/set' as const,
      key,
      count: Math.min(LIMITS.votes, (Object.hasOwn(doc.votes, key) ? doc.votes[key]! : 0) + n),
    }));
}
