import type { Proposal, ProposalStatus } from './proposal.js';
import { votingWindowOf } from './proposal-window.internal.js';

/** The effective state at `now`: an open proposal counts as closed once its closing time has come. */
export function proposalState(proposal: Proposal, now: Date): ProposalStatus {
  if (proposal.status !== 'open') return proposal.status;
  return now.getTime() >= votingWindowOf(proposal).closes ? 'closed' : 'open';
}

/** Whether a vote cast at `now` would be on time: the proposal is open and now is in [opensAt, closesAt). */
export function canVote(proposal: Proposal, now: Date): boolean {
  if (proposalState(proposal, now) !== 'open') return false;
  return now.getTime() >= votingWindowOf(proposal).opens;
}
