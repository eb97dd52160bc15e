import { boolean, dateTime, integer } from '../literal-codecs.js';
import { iri } from '../iri-codecs.js';
import { one, optional } from '../field.js';
import { defineRecordType, type RecordInit, type RecordOf } from '../record-type.js';
import { DCTERMS, MUTUA } from '../../vocab/terms.generated.js';

/**
 * One dated change of a group's ledger workflow, record `sequence` of `ledger-settings/`
 * (decision 0079). Stored once as N-Quads (`text/plain`) and never rewritten; see
 * `addLedgerSettings` and `getLedgerSettingsHistory` for the pod I/O.
 */
export const ledgerSettingsType = defineRecordType({
  name: 'ledger-settings',
  classIri: MUTUA.LedgerSettings,
  fields: {
    group: one(MUTUA.group, iri),
    sequence: one(MUTUA.sequence, integer),
    created: one(DCTERMS.created, dateTime),
    creator: optional(DCTERMS.creator, iri),
    membersMayRequestPayments: one(MUTUA.membersMayRequestPayments, boolean),
    paymentRequestLifetimeDays: one(MUTUA.paymentRequestLifetimeDays, integer),
    payeeMustAcknowledge: one(MUTUA.payeeMustAcknowledge, boolean),
  },
});

export type LedgerSettings = RecordOf<typeof ledgerSettingsType>;
export type LedgerSettingsInit = RecordInit<typeof ledgerSettingsType>;
