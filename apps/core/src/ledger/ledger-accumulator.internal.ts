import { accepted } from './apply-transfer.js';
import type { LedgerView } from './check-transfer.internal.js';
import type { AcceptedTransfer, LedgerState } from './ledger-state.js';
import type { TransferTerms } from './transfer.js';

/** Replay's private, mutable fold: the same bookkeeping as applyTransfer without copying maps each step. */
export class LedgerAccumulator implements LedgerView {
  private readonly balances: Map<string, number>;
  private readonly transfers: Map<string, AcceptedTransfer>;
  private readonly idsByIri: Map<string, string>;

  /** Empty, or going on from a finished fold, which it copies (states are shared by immutable ledgers). */
  constructor(from?: LedgerState) {
    this.balances = new Map(from?.balances);
    this.transfers = new Map(from?.transfers);
    this.idsByIri = new Map(from?.idsByIri);
  }

  balanceOf(member: string): number {
    return this.balances.get(member) ?? 0;
  }

  transferById(id: string): AcceptedTransfer | undefined {
    return this.transfers.get(id);
  }

  transferByIri(iri: string): AcceptedTransfer | undefined {
    const id = this.idsByIri.get(iri);
    return id === undefined ? undefined : this.transfers.get(id);
  }

  /** Record a transfer that passed checkTransfer. */
  apply(t: TransferTerms): void {
    this.balances.set(t.payer, this.balanceOf(t.payer) - t.amount);
    this.balances.set(t.payee, this.balanceOf(t.payee) + t.amount);
    this.transfers.set(t.id, accepted(t));
    this.idsByIri.set(t.iri, t.id);
    const original = t.reverses === undefined ? undefined : this.transferByIri(t.reverses);
    if (original) this.transfers.set(original.id, { ...original, reversedBy: t.iri });
  }

  /** The fold so far; the accumulator must not be used afterwards. */
  toState(): LedgerState {
    return { balances: this.balances, transfers: this.transfers, idsByIri: this.idsByIri };
  }
}
