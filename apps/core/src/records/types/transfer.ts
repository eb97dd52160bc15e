import { dateTime, integer, text } from '../literal-codecs.js';
import { iri, oneOf } from '../iri-codecs.js';
import { many, one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { DCTERMS, MUTUA, SEC } from '../../vocab/terms.generated.js';
import { proofNode } from './proof-node.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

/** A mutual-credit payment, signed by the payer (and the payee for requests). */
export const transferType = defineRecordType({
  name: 'transfer',
  classIri: MUTUA.Transfer,
  fields: {
    /** `urn:uuid:…`, unique across the group's ledger. */
    identifier: one(DCTERMS.identifier, text),
    payer: one(MUTUA.payer, iri),
    payee: one(MUTUA.payee, iri),
    /** Integer minor units of `currency`. */
    amount: one(MUTUA.amount, integer),
    currency: one(MUTUA.currency, iri),
    group: one(MUTUA.group, iri),
    description: optional(DCTERMS.description, text),
    offer: optional(MUTUA.offer, iri),
    created: one(DCTERMS.created, dateTime),
    initiator: one(MUTUA.initiator, iri),
    status: one(
      MUTUA.status,
      oneOf({ pending: MUTUA.Pending, completed: MUTUA.Completed, declined: MUTUA.Declined, cancelled: MUTUA.Cancelled, reversed: MUTUA.Reversed }),
    ),
    reverses: optional(MUTUA.reverses, iri),
    proofs: many(SEC.proof, proofNode),
  },
});

export type Transfer = RecordOf<typeof transferType>;
export type TransferInit = RecordInit<typeof transferType>;

/** A new transfer in `containerUrl`, not saved yet (pure). */
export function createTransfer(containerUrl: string, init: TransferInit): Transfer {
  return createRecord(transferType, containerUrl, init);
}

/** Reads the transfer at `url`, validated against its shape; throws a typed error otherwise. */
export function getTransfer(url: string, options?: PodRequestOptions): Promise<Transfer> {
  return getRecord(transferType, url, options);
}

/** Validates the transfer, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveTransfer(transfer: Transfer, options?: PodRequestOptions): Promise<Transfer> {
  return saveRecord(transferType, transfer, options);
}

/** Deletes the transfer's document if unchanged since read. */
export function deleteTransfer(transfer: Transfer, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(transferType, transfer, options);
}
