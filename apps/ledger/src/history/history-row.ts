import type { TransferTerms } from '../data/core-api.internal.js';

/** One line of a member's history: the transfer seen from their side, with the balance it left. */
export interface HistoryRow {
  readonly sequence: number;
  readonly transfer: TransferTerms;
  readonly direction: 'in' | 'out';
  /** The other party's WebID. */
  readonly counterparty: string;
  /** Minor units: positive when received, negative when paid. */
  readonly change: number;
  /** The member's balance right after this transfer. */
  readonly balanceAfter: number;
}
