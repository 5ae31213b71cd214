/**
 * Every rule of the catalog, in catalog order. Adding a rule: one file named by its id, one
 * line here.
 */
import type { Rule } from '../rule';
import { rule as changeMissing } from './change.missing';
import { rule as criteriaMissing } from './criteria.missing';
import { rule as criteriaVague } from './criteria.vague';
import { rule as decisionUndefined } from './decision.undefined';
import { rule as flowCheckpointStack } from './flow.checkpoint-stack';
import { rule as flowDeadEnd } from './flow.dead-end';
import { rule as flowInformalChannel } from './flow.informal-channel';
import { rule as flowSilentHandoff } from './flow.silent-handoff';
import { rule as flowReworkLoop } from './flow.rework-loop';
import { rule as flowUnreachable } from './flow.unreachable';
import { rule as gateNoStop } from './gate.no-stop';
import { rule as inputsNotGuaranteed } from './inputs.not-guaranteed';
import { rule as inputsNotProduced } from './inputs.not-produced';
import { rule as inputsNotUpstream } from './inputs.not-upstream';
import { rule as inputsUnspecified } from './inputs.unspecified';
import { rule as loadDeciderBottleneck } from './load.decider-bottleneck';
import { rule as loadVetoBottleneck } from './load.veto-bottleneck';
import { rule as ownerMissing } from './owner.missing';
import { rule as ownerNoRecommender } from './owner.no-recommender';
import { rule as ownerShared } from './owner.shared';
import { rule as ownerVetoStack } from './owner.veto-stack';
import { rule as timeSlowDecision } from './time.slow-decision';

export const RULES: readonly Rule[] = [
  decisionUndefined,
  ownerMissing,
  ownerShared,
  ownerVetoStack,
  ownerNoRecommender,
  inputsUnspecified,
  inputsNotProduced,
  inputsNotUpstream,
  inputsNotGuaranteed,
  criteriaMissing,
  criteriaVague,
  changeMissing,
  gateNoStop,
  flowReworkLoop,
  flowInformalChannel,
  flowSilentHandoff,
  flowCheckpointStack,
  flowUnreachable,
  flowDeadEnd,
  loadDeciderBottleneck,
  loadVetoBottleneck,
  timeSlowDecision,
];
