// Public surface of the decisions module; apps/core/src/index.ts re-exports from here.
export { assertValidProposal } from './assert-valid-proposal.js';
export { parseApprovalChoice, tallyApproval } from './approval.js';
export type { ApprovalChoice, OptionApprovals } from './approval.js';
export { parseConsentChoice, tallyConsent } from './consent.js';
export type { ConsentBlock, ConsentChoice, ConsentCounts } from './consent.js';
export { countVotes } from './count-votes.js';
export type { CountedAndRejected } from './count-votes.js';
export { countedVotesDigestInput, hashCountedVotes } from './counted-votes-digest.js';
export { InvalidProposalError } from './invalid-proposal-error.js';
export { DEFAULT_MAX_SCORE, SIMPLE_MAJORITY, TWO_THIRDS } from './proposal.js';
export type {
  ApprovalProposal,
  ConsentProposal,
  Proposal,
  ProposalStatus,
  RankedChoiceProposal,
  Ratio,
  ScoreProposal,
  Threshold,
  ThresholdComparison,
  VotingMethod,
  YesNoProposal,
} from './proposal.js';
export { canVote, proposalState } from './proposal-state.js';
export { ProposalTransitionError } from './proposal-transition-error.js';
export { closeProposal, openProposal, withdrawProposal } from './proposal-transitions.js';
export { checkQuorum } from './quorum.js';
export type { QuorumReport } from './quorum.js';
export { parseRankedChoice, tallyRankedChoice } from './ranked-choice.js';
export type { EliminationTieBreak, IrvRound, OptionVotes, RankedChoice } from './ranked-choice.js';
export { parseScoreChoice, tallyScore } from './score.js';
export type { OptionScore, ScoreChoice } from './score.js';
export type {
  ApprovalTally,
  ConsentTally,
  MethodOutcome,
  Outcome,
  RankedChoiceTally,
  ScoreTally,
  Tally,
  TallyTotals,
  YesNoTally,
} from './tally.js';
export { tallyProposal } from './tally-proposal.js';
export type { CountedVote, ParsedChoice, RejectedVote, RejectionReason, Vote } from './vote.js';
export { parseYesNoChoice, tallyYesNo } from './yes-no.js';
export type { YesNoChoice, YesNoCounts } from './yes-no.js';
