import { dateTime, integer, text } from '../literal-codecs.js';
import { iri } from '../iri-codecs.js';
import { one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { DCTERMS, MUTUA } from '../../vocab/terms.generated.js';
import type { PodRequestOptions } from '../../pod/pod-request-options.js';
import { getRecord } from '../get-record.js';
import { saveRecord } from '../save-record.js';
import { createRecord } from '../create-record.js';
import { deleteRecord } from '../delete-record.js';

/** One position of a group's hash-chained ledger, naming the entry before it by hash. */
export const ledgerEntryType = defineRecordType({
  name: 'ledger-entry',
  classIri: MUTUA.LedgerEntry,
  fields: {
    group: one(MUTUA.group, iri),
    sequence: one(MUTUA.sequence, integer),
    previousHash: one(MUTUA.previousHash, text),
    transfer: one(MUTUA.transfer, iri),
    transferHash: optional(MUTUA.transferHash, text),
    entryHash: one(MUTUA.entryHash, text),
    created: optional(DCTERMS.created, dateTime),
  },
});

export type LedgerEntry = RecordOf<typeof ledgerEntryType>;
export type LedgerEntryInit = RecordInit<typeof ledgerEntryType>;

/** A new ledger entry in `containerUrl`, not saved yet (pure). */
export function createLedgerEntry(containerUrl: string, init: LedgerEntryInit): LedgerEntry {
  return createRecord(ledgerEntryType, containerUrl, init);
}

/** Reads the ledger entry at `url`, validated against its shape; throws a typed error otherwise. */
export function getLedgerEntry(url: string, options?: PodRequestOptions): Promise<LedgerEntry> {
  return getRecord(ledgerEntryType, url, options);
}

/** Validates the ledger entry, then creates it or replaces it if unchanged since read; returns it with its new ETag. */
export function saveLedgerEntry(ledgerEntry: LedgerEntry, options?: PodRequestOptions): Promise<LedgerEntry> {
  return saveRecord(ledgerEntryType, ledgerEntry, options);
}

/** Deletes the ledger entry's document if unchanged since read. */
export function deleteLedgerEntry(ledgerEntry: LedgerEntry, options?: PodRequestOptions): Promise<void> {
  return deleteRecord(ledgerEntryType, ledgerEntry, options);
}
