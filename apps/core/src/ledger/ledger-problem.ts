/** What can be wrong with one ledger entry. */
export type LedgerProblemKind =
  | 'bad-signature'
  | 'broken-chain'
  | 'over-limit'
  | 'unknown-member'
  | 'duplicate-id'
  | 'altered'
  | 'out-of-order'
  | 'invalid-transfer'
  | 'request-expired'
  | 'payee-acknowledgement-missing'
  | 'requests-closed';

/** One problem found while replaying a ledger; an entry with any problem moves no balance. */
export interface LedgerProblem {
  /** The sequence number the entry claims. */
  readonly sequence: number;
  /** The transfer id, when the record could be read. */
  readonly id?: string;
  readonly kind: LedgerProblemKind;
  readonly message: string;
}

/** The signature check of one entry's record, done by the caller (e.g. with verifyRecord). */
export interface EntryVerification {
  /** True when every proof on the record verified. */
  readonly verified: boolean;
  /** Controllers (WebIDs) of the proofs that verified. */
  readonly signers: readonly string[];
  readonly reason?: string;
}
