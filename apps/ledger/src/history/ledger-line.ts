import type { TransferTerms } from '../data/core-api.internal.js';

/** A completed transfer at its position in the group ledger. */
export interface LedgerLine {
  readonly sequence: number;
  readonly transfer: TransferTerms;
}
