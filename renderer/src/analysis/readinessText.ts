import type { DecisionQuestion, Readiness, Severity } from '../../../shared/analysis';
import type { IconName } from '../ui/Icon';

/** Readiness in words and a shape, so colour is never the only signal. */
export const READINESS: Record<Readiness | 'automatic', { label: string; icon: IconName }> = {
  ready: { label: 'Ready', icon: 'ready' },
  'at-risk': { label: 'At risk', icon: 'warning' },
  blocked: { label: 'Blocked', icon: 'blocked' },
  automatic: { label: 'Automatic', icon: 'gear' },
};

export const SEVERITY: Record<Severity, { label: string; plural: string; icon: IconName }> = {
  blocker: { label: 'Blocker', plural: 'Blockers', icon: 'blocked' },
  warning: { label: 'Warning', plural: 'Warnings', icon: 'warning' },
  note: { label: 'Note', plural: 'Notes', icon: 'question' },
};

/** The five questions, short, with the icon the chips use when one is missing. */
export const QUESTION_ICONS: Record<DecisionQuestion, { icon: IconName; missing: string }> = {
  what: { icon: 'question', missing: 'No question' },
  who: { icon: 'person', missing: 'No single decider' },
  information: { icon: 'document', missing: 'Information missing' },
  good: { icon: 'target', missing: 'Criteria unclear' },
  change: { icon: 'refresh', missing: 'No change rule' },
};
