/** Why a transfer cannot be applied to a ledger. */
export type TransferRejectionKind =
  | 'invalid-amount'
  | 'self-payment'
  | 'invalid-initiator'
  | 'wrong-group'
  | 'unknown-member'
  | 'duplicate-id'
  | 'below-minimum'
  | 'above-maximum'
  | 'invalid-reversal';

/** A typed refusal with a message a member can act on. */
export interface TransferRejection {
  readonly kind: TransferRejectionKind;
  readonly message: string;
}
