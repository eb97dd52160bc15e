import { DCTERMS, MUTUA, RDF, XSD } from '../vocab/terms.generated.js';

// The vocabulary terms the ledger reads and writes, taken from the generated constants so a
// rename in vocab/mutua.ttl shows up here as a type error.

export const T = {
  type: RDF.type,
  Transfer: MUTUA.Transfer,
  LedgerEntry: MUTUA.LedgerEntry,
  identifier: DCTERMS.identifier,
  description: DCTERMS.description,
  created: DCTERMS.created,
  payer: MUTUA.payer,
  payee: MUTUA.payee,
  amount: MUTUA.amount,
  currency: MUTUA.currency,
  group: MUTUA.group,
  offer: MUTUA.offer,
  initiator: MUTUA.initiator,
  reverses: MUTUA.reverses,
  sequence: MUTUA.sequence,
  previousHash: MUTUA.previousHash,
  transfer: MUTUA.transfer,
  transferHash: MUTUA.transferHash,
  entryHash: MUTUA.entryHash,
  integer: XSD.integer,
  dateTime: XSD.dateTime,
} as const;
