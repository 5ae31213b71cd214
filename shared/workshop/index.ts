/** Workshop mode's pure parts: walk order, finding keys and votes, the session summary. */
export {
  findingKey,
  votesOf,
  sortByVotes,
  topVoted,
  diffFindings,
  resolvedOrGone,
  type FindingDiff,
} from './findings';
export { walkOrder } from './walkOrder';
export { sessionSummary, type SessionSummary } from './sessionSummary';
