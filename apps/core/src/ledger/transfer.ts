/** What a transfer record says and its signers sign: amounts in integer minor units. */
export interface TransferTerms {
  /** Unique id, `urn:uuid:…` (dcterms:identifier); never reused in a group. */
  readonly id: string;
  /** IRI of the record's subject, e.g. `https://group.pod/ledger/transfers/<uuid>#it`. */
  readonly iri: string;
  readonly payer: string;
  readonly payee: string;
  /** Whole minor units, at least 1 (1250 is 12.50 with two decimals). */
  readonly amount: number;
  readonly currency?: string;
  readonly group: string;
  readonly description?: string;
  readonly offer?: string;
  /** xsd:dateTime with a time zone: when the initiator created the transfer. */
  readonly time: string;
  /** The payer for a payment, the payee for a request. */
  readonly initiator: string;
  /** IRI of the transfer this one reverses. */
  readonly reverses?: string;
}

/** Where a transfer stands in its workflow; only `completed` transfers enter the ledger. */
export type TransferStatus = 'pending' | 'completed' | 'declined' | 'cancelled' | 'expired';

/** A transfer with its workflow status (the status is not part of what is signed; decision 0023). */
export interface LedgerTransfer extends TransferTerms {
  readonly status: TransferStatus;
}
