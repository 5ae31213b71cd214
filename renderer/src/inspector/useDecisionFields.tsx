/**
 * The fields of one decision, wired to the map once, for the two places that ask the five
 * questions: the inspector's form and the workshop's cards. Each lays them out its own way;
 * the labels (from `shared/questions.ts`), placeholders, limits, typing keys and the
 * availability of each required item are the same in both.
 */
import type { Availability } from '../../../shared/analysis';
import type { MapDocument, TransitionId } from '../../../shared/model';
import { LIMITS } from '../../../shared/content/limits';
import type { DecisionPatch } from '../../../shared/operations/types';
import { ANSWER_FIELDS } from '../../../shared/questions';
import { useAppStore } from '../state/store';
import { CriteriaEditor } from './CriteriaEditor';
import { RequiredInformationPicker, RolePicker, type RoleList } from './decisionPickers';
import { TextField } from './fields';

const AVAILABILITY: Record<Availability, { label: string; tone: string }> = {
  external: { label: 'From outside', tone: 'ok' },
  guaranteed: { label: 'Available', tone: 'ok' },
  'some-paths': { label: 'Only on some paths', tone: 'warn' },
  'not-upstream': { label: 'Not upstream', tone: 'bad' },
  'not-produced': { label: 'Not produced', tone: 'bad' },
};

const ROLE_PLACEHOLDERS: Record<RoleList, string> = {
  deciders: 'Type a role or a name',
  consulted: 'Who gives input?',
  approvers: 'Who can block it?',
  recommenders: 'Who brings it to the decider?',
  informed: 'Who must be told?',
};

/**
 * The decision's fields as elements to place: one per answering field, plus `roles(list)`
 * for the five role lists. The transition must exist in `doc`.
 */
export function useDecisionFields(doc: MapDocument, id: TransitionId) {
  const requirements = useAppStore((s) => s.analysis?.readiness[id]?.requirements);
  const decision = doc.transitions[id]!.decision;
  const update = (patch: DecisionPatch, typingKey?: string) =>
    useAppStore
      .getState()
      .edit({ type: 'decision/update', id, patch }, typingKey ? { typingKey } : {});
  const availability = new Map((requirements ?? []).map((r) => [r.item as string, r.availability]));
  const text = (
    field: 'question' | 'ifNotMet' | 'onChange',
    placeholder: string,
    maxLength: number,
  ) => (
    <TextField
      label={ANSWER_FIELDS[field].label}
      field={field}
      value={decision[field]}
      multiline
      rows={2}
      maxLength={maxLength}
      placeholder={placeholder}
      onChange={(value) => update({ [field]: value }, `decision:${id}:${field}`)}
    />
  );
  return {
    update,
    question: text(
      'question',
      'e.g. Is the brief complete enough to start creative?',
      LIMITS.label,
    ),
    roles: (list: RoleList) => (
      <RolePicker
        doc={doc}
        id={id}
        list={list}
        label={ANSWER_FIELDS[list].label}
        placeholder={ROLE_PLACEHOLDERS[list]}
      />
    ),
    requires: (
      <RequiredInformationPicker
        doc={doc}
        id={id}
        label={ANSWER_FIELDS.requires.label}
        placeholder="e.g. Campaign brief"
        chipExtra={(item: string) => {
          const state = availability.get(item);
          if (!state) return null;
          return (
            <span className={`availability tone-${AVAILABILITY[state].tone}`}>
              {AVAILABILITY[state].label}
            </span>
          );
        }}
      />
    ),
    criteria: (
      <CriteriaEditor
        criteria={decision.criteria}
        onChange={(criteria, typing) =>
          update({ criteria }, typing ? `decision:${id}:criteria` : undefined)
        }
      />
    ),
    ifNotMet: text(
      'ifNotMet',
      'e.g. Back to the brief owner with the missing fields listed',
      LIMITS.text,
    ),
    onChange: text('onChange', 'e.g. A budget change over 10% goes back to the CMO', LIMITS.text),
  };
}
