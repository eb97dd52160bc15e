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

// pod layer: proposals, ballots and discussions in the group pod
export { proposalLayout, proposalLayoutOf, newProposalContainer, type ProposalLayout } from './proposal-layout.js';
export { rollToQuads, rollFromQuads, rollKeyResolver, rollAdmins, type DecisionRoll, type RollMember, type RollKey } from './decision-roll.js';
export { readDecisionRoll, type ReadRoll } from './read-decision-roll.js';
export { openProposalInGroup, type NewProposal, type OpenProposalOptions, type ProposalOpeners } from './open-proposal-in-group.js';
export { getProposalOpeners, decisionsAclQuads, setProposalOpeners } from './proposal-opening-rule.js';
export { publishDraft, withdrawProposalInGroup, closeProposalInGroup, type ProposalStatusOptions } from './proposal-status-in-group.js';
export { listProposals, type ProposalList } from './list-proposals.js';
export { loadProposalPage, type ProposalPage, type LoadProposalPageOptions } from './load-proposal-page.js';
export { castVote, type CastVoteOptions } from './cast-vote.js';
export type { VoteInput } from './vote-input.js';
export { voteQuads, type VoteHeader } from './vote-quads.js';
export { readVoteQuads, type VoteClaim } from './read-vote-quads.js';
export { createBallotVerifier, type BallotVerifier, type CheckedBallot } from './verify-ballots.js';
export { commentQuads, readCommentQuads, type CommentRevision } from './comment-quads.js';
export { readDiscussion, type Discussion, type DiscussionComment } from './read-discussion.js';
export { postComment, editComment, setCommentHidden, type CommentOptions, type CommentTarget } from './post-comment.js';
export { notifyMembers, isClosingSoon, type ProposalNews, type NotifyReport } from './notify-members.js';
export { announceClosingSoon, closingSoonMarkerUrl, type AnnounceClosingSoonOptions } from './announce-closing-soon.js';
export { readRecordedOutcome, recordedOutcomeQuads, outcomeResult, type RecordedOutcome } from './recorded-outcome.js';
export { toTallyProposal, optionsOf, methodOf } from './to-tally-proposal.js';
export {
  checkResolutionAction,
  resolutionActionOf,
  resolutionActionNode,
  GROUP_RULE_NAMES,
  type GroupRule,
  type ResolutionAction,
  type ResolutionActionNode,
} from './resolution-action.js';
export { actionToApply, type ActionToApply } from './action-to-apply.js';
export { applyResolutionAction } from './apply-resolution-action.js';
export { applyResolution, STALE_CLAIM_MS, type ApplyResolutionOptions, type ApplyResolutionReport } from './apply-resolution.js';
export {
  readResolutionApplication,
  resolutionApplicationQuads,
  applicationNodeOf,
  type ApplicationStatus,
  type ResolutionApplication,
} from './resolution-application.js';
export { DecisionPermissionError } from './decision-permission-error.js';
export type { Signer } from './signer.js';
