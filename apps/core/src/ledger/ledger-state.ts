/** What the ledger remembers of an accepted transfer, for duplicate ids and reversals. */
export interface AcceptedTransfer {
  readonly id: string;
  readonly iri: string;
  readonly payer: string;
  readonly payee: string;
  readonly amount: number;
  /** IRI of the accepted transfer that reversed this one. */
  readonly reversedBy?: string;
}

/** The result of folding accepted transfers: balances and the transfers seen (immutable). */
export interface LedgerState {
  /** Balance per WebID in minor units; members without transfers are absent (balance 0). */
  readonly balances: ReadonlyMap<string, number>;
  /** Accepted transfers by id. */
  readonly transfers: ReadonlyMap<string, AcceptedTransfer>;
  /** Accepted transfer ids by record IRI. */
  readonly idsByIri: ReadonlyMap<string, string>;
}

/** The state before any transfer. */
export function emptyLedgerState(): LedgerState {
  return { balances: new Map(), transfers: new Map(), idsByIri: new Map() };
}

/** A member's balance, 0 when they have none yet. */
export function balanceOf(state: LedgerState, member: string): number {
  return state.balances.get(member) ?? 0;
}
