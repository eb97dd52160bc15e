/** A proposal cannot be tallied or moved because its own data is malformed. */
export class InvalidProposalError extends Error {
  override readonly name = 'InvalidProposalError';

  constructor(
    readonly proposalId: string,
    readonly problem: string,
  ) {
    super(`Proposal ${proposalId} is invalid: ${problem}`);
  }
}
