import { InvalidProposalError } from './invalid-proposal-error.js';
import { parseInstant } from './instant.internal.js';
import type { Proposal } from './proposal.js';

/** The voting window [opensAt, closesAt) in epoch milliseconds. */
export interface VotingWindow {
  readonly opens: number;
  readonly closes: number;
}

/** The proposal's voting window; throws InvalidProposalError if its times are unreadable. */
export function votingWindowOf(proposal: Proposal): VotingWindow {
  const opens = parseInstant(proposal.opensAt);
  const closes = parseInstant(proposal.closesAt);
  if (opens === undefined || closes === undefined) {
    throw new InvalidProposalError(
      String(proposal.id),
      `opensAt "${proposal.opensAt}" and closesAt "${proposal.closesAt}" must be date-times with a time zone`,
    );
  }
  return { opens, closes };
}
