/**
 * Wording that sounds like a criterion but cannot be checked. Data, so it is easy to grow:
 * add a phrase (lower case; a space or hyphen in it also matches "onbrand", "on-brand",
 * "on  brand"). Matched case-insensitively, on whole words.
 */
export const VAGUE_PHRASES: readonly string[] = [
  'looks good',
  'look good',
  'looks great',
  'looks right',
  'feels right',
  'on brand',
  'as needed',
  'as required',
  'if needed',
  'asap',
  'as soon as possible',
  'tbd',
  'tbc',
  'high quality',
  'good quality',
  'final sign-off',
  'good enough',
  'appropriate',
  'appropriately',
  'when ready',
  'etc',
  'properly',
  'nice',
  'clean',
  'polished',
  'approved by stakeholders',
  'stakeholders are happy',
  'happy with it',
  'makes sense',
  'reasonable',
  'sufficient',
  'adequate',
  'best practice',
  'in a timely manner',
  'timely',
  'quickly',
  'fit for purpose',
  'compelling',
  'engaging',
  'professional',
  'impactful',
  'ok',
  'okay',
];

/**
 * Words that make a criterion checkable because they name something to check against:
 * "per the brand checklist", "matches the legal claims list v3". Numbers, percentages and
 * dates are recognised separately (see `isCheckable`).
 */
export const CHECKABLE_REFERENCES: readonly string[] = [
  'checklist',
  'check list',
  'document',
  'doc',
  'template',
  'guide',
  'guidelines',
  'style guide',
  'spec',
  'specification',
  'list',
  'policy',
  'playbook',
  'rubric',
  'scorecard',
  'matrix',
];

/** Month and weekday names: "by the end of March", "every Friday" name a date. ("May" is left
 * out: it is far more often the verb.) */
export const DATE_WORDS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
