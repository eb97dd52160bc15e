import type { TransferRejection } from './transfer-rejection.js';

/** The ledger's rules refuse a transfer (over a limit, not a member, duplicate…); nothing was written. */
export class TransferRefusedError extends Error {
  override readonly name = 'TransferRefusedError';
  readonly rejection: TransferRejection;

  constructor(attempted: string, rejection: TransferRejection) {
    super(`${attempted} was refused: ${rejection.message}`);
    this.rejection = rejection;
  }
}
