import type { ProposalStatus } from './proposal.js';

/** A lifecycle change was asked for that the proposal's current state does not allow. */
export class ProposalTransitionError extends Error {
  override readonly name = 'ProposalTransitionError';

  constructor(
    readonly proposalId: string,
    readonly from: ProposalStatus,
    readonly to: ProposalStatus,
    readonly reason: string,
  ) {
    super(`Cannot move proposal ${proposalId} from ${from} to ${to}: ${reason}`);
  }
}
