import type { Proposal, ProposalStatus } from './proposal.js';
import { ProposalTransitionError } from './proposal-transition-error.js';
import { proposalState } from './proposal-state.js';
import { votingWindowOf } from './proposal-window.internal.js';

/** Moves a draft to open; refuses when the closing time has already passed. */
export function openProposal<P extends Proposal>(proposal: P, now: Date): P {
  const state = proposalState(proposal, now);
  if (state !== 'draft') refuse(proposal, state, 'open', 'only a draft can be opened');
  if (now.getTime() >= votingWindowOf(proposal).closes) {
    refuse(proposal, state, 'open', `its closing time ${proposal.closesAt} has passed`);
  }
  return { ...proposal, status: 'open' };
}

/** Records the close of an open proposal; refuses before closesAt, so nobody is cut off early. */
export function closeProposal<P extends Proposal>(proposal: P, now: Date): P {
  if (proposal.status !== 'open') {
    refuse(proposal, proposal.status, 'closed', 'only an open proposal can be closed');
  }
  if (proposalState(proposal, now) !== 'closed') {
    refuse(proposal, 'open', 'closed', `voting runs until ${proposal.closesAt}`);
  }
  return { ...proposal, status: 'closed' };
}

/** Withdraws a draft or a proposal still open for voting; a closed result stays on record. */
export function withdrawProposal<P extends Proposal>(proposal: P, now: Date): P {
  const state = proposalState(proposal, now);
  if (state !== 'draft' && state !== 'open') {
    refuse(proposal, state, 'withdrawn', 'only a draft or an open proposal can be withdrawn');
  }
  return { ...proposal, status: 'withdrawn' };
}

function refuse(proposal: Proposal, from: ProposalStatus, to: ProposalStatus, reason: string): never {
  throw new ProposalTransitionError(proposal.id, from, to, reason);
}
