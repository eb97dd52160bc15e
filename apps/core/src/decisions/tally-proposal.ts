import { parseApprovalChoice, tallyApproval } from './approval.js';
import { assertValidProposal } from './assert-valid-proposal.js';
import { parseConsentChoice, tallyConsent } from './consent.js';
import { countVotes, type CountedAndRejected } from './count-votes.js';
import { DEFAULT_MAX_SCORE, SIMPLE_MAJORITY, type Proposal, type Ratio } from './proposal.js';
import { checkQuorum, type QuorumReport } from './quorum.js';
import { parseRankedChoice, tallyRankedChoice } from './ranked-choice.js';
import { parseScoreChoice, tallyScore } from './score.js';
import type { MethodOutcome, Tally, TallyTotals } from './tally.js';
import type { CountedVote, RejectedVote, Vote } from './vote.js';
import { parseYesNoChoice, tallyYesNo } from './yes-no.js';

/**
 * Counts a proposal's votes: one per eligible member (their last verified, on-time, valid vote),
 * checks the quorum, and applies the proposal's method. Pure and deterministic: the same votes
 * in any order give the same result. Throws InvalidProposalError for a malformed proposal.
 */
export function tallyProposal(proposal: Proposal, votes: readonly Vote[], eligibleMembers: Iterable<string>): Tally {
  assertValidProposal(proposal);
  const eligible = new Set(eligibleMembers);
  const context = { received: votes.length, eligible: eligible.size, quorum: proposal.quorum };
  switch (proposal.method) {
    case 'yes-no': {
      const threshold = proposal.threshold ?? SIMPLE_MAJORITY;
      const sorted = countVotes(proposal, votes, eligible, parseYesNoChoice);
      return { method: 'yes-no', threshold, ...settle(sorted, tallyYesNo(sorted.counted, threshold), context) };
    }
    case 'consent': {
      const sorted = countVotes(proposal, votes, eligible, parseConsentChoice);
      return { method: 'consent', ...settle(sorted, tallyConsent(sorted.counted), context) };
    }
    case 'approval': {
      const { options } = proposal;
      const sorted = countVotes(proposal, votes, eligible, (raw) => parseApprovalChoice(raw, options));
      return { method: 'approval', ...settle(sorted, tallyApproval(sorted.counted, options), context) };
    }
    case 'score': {
      const { options, maxScore = DEFAULT_MAX_SCORE } = proposal;
      const sorted = countVotes(proposal, votes, eligible, (raw) => parseScoreChoice(raw, options, maxScore));
      return { method: 'score', maxScore, ...settle(sorted, tallyScore(sorted.counted, options), context) };
    }
    case 'ranked-choice': {
      const { options } = proposal;
      const sorted = countVotes(proposal, votes, eligible, (raw) => parseRankedChoice(raw, options));
      return { method: 'ranked-choice', ...settle(sorted, tallyRankedChoice(sorted.counted, options), context) };
    }
  }
}

interface Settled<C> {
  readonly counted: readonly CountedVote<C>[];
  readonly rejected: readonly RejectedVote[];
  readonly quorum: QuorumReport;
  readonly quorumMet: boolean;
  readonly totals: TallyTotals;
}

// The quorum is applied last so the per-option counts stay visible even without a quorum.
function settle<C, R extends MethodOutcome>(
  { counted, rejected }: CountedAndRejected<C>,
  result: R,
  context: { received: number; eligible: number; quorum: Ratio },
): R & Settled<C> {
  const quorum = checkQuorum(counted.length, context.eligible, context.quorum);
  const totals = {
    eligible: context.eligible,
    received: context.received,
    counted: counted.length,
    rejected: rejected.length,
  };
  return {
    ...result,
    outcome: quorum.met ? result.outcome : 'no-quorum',
    tiedOptions: quorum.met ? result.tiedOptions : [],
    counted,
    rejected,
    quorum,
    quorumMet: quorum.met,
    totals,
  };
}
