/**
 * The analysis engine's public face: what the analysis pane, the inspector, the PDF and the
 * command line use.
 */
export { analyzeMap, analyzeWith } from './engine';
export { availabilityOf, createContext, type RuleContext } from './context';
export { isCheckable, vagueCriterion, vagueWordsIn, type VagueMatch } from './vague';
export { fixLabel, fixOperations } from './fixes';
export { RULES } from './rules';
export type { DecisionRule, MapRule, Rule } from './rule';
export type { GraphIndex } from './graph';
export * from './types';
