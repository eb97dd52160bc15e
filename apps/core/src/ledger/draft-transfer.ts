import { groupLedgerLayout } from './group-ledger-layout.js';
import type { TransferTerms } from './transfer.js';

/** What a member types to pay or to ask for payment; amounts in whole minor units. */
export interface TransferDraft {
  readonly group: string;
  readonly payer: string;
  readonly payee: string;
  readonly amount: number;
  readonly description?: string;
  readonly offer?: string;
  readonly currency?: string;
  /** The payer for a payment, the payee for a request (an admin for a correction). */
  readonly initiator: string;
  readonly reverses?: string;
  /** Defaults to now. */
  readonly time?: Date;
  /** A fixed id (urn:uuid:…) for idempotent writers such as the demo seed; random when absent. */
  readonly id?: string;
}

/** The terms of a new transfer: a fresh `urn:uuid:` id and an IRI under the group's `ledger/transfers/`. */
export function draftTransfer(draft: TransferDraft): TransferTerms {
  const uuid = draft.id?.replace(/^urn:uuid:/, '') ?? globalThis.crypto.randomUUID();
  const time = (draft.time ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    id: `urn:uuid:${uuid}`,
    iri: `${groupLedgerLayout(draft.group).container}transfers/${uuid}#it`,
    payer: draft.payer,
    payee: draft.payee,
    amount: draft.amount,
    group: draft.group,
    time,
    initiator: draft.initiator,
    ...(draft.currency !== undefined ? { currency: draft.currency } : {}),
    ...(draft.description !== undefined && draft.description !== '' ? { description: draft.description } : {}),
    ...(draft.offer !== undefined ? { offer: draft.offer } : {}),
    ...(draft.reverses !== undefined ? { reverses: draft.reverses } : {}),
  };
}
