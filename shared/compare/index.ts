/** Compare a to-be map with its as-is map: pure, for the Compare view and the PDF. */
export { changedFields, compareMaps, DECISION_FIELDS } from './compare';
export { comparisonMarks, type Mark, type MapMarks } from './marks';
export { mainPath, type MainPath } from './mainPath';
export type * from './types';
