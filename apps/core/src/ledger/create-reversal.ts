import type { LedgerTransfer, TransferTerms } from './transfer.js';

/** Identity and wording of the reversing transfer. */
export interface ReversalOptions {
  readonly id: string;
  readonly iri: string;
  readonly time: string;
  /** Either party: the original payee pays back at once, or the original payer requests it back. */
  readonly initiator: string;
  readonly description?: string;
}

/** The transfer that cancels out a completed one: same amount, parties swapped, linked by `reverses`. */
export function createReversal(original: LedgerTransfer, options: ReversalOptions): TransferTerms {
  if (original.status !== 'completed') throw new TypeError(`Only a completed transfer can be reversed; ${original.id} is ${original.status}`);
  if (options.initiator !== original.payer && options.initiator !== original.payee) {
    throw new TypeError(`Only ${original.payer} or ${original.payee} can reverse transfer ${original.id}`);
  }
  return {
    id: options.id,
    iri: options.iri,
    payer: original.payee,
    payee: original.payer,
    amount: original.amount,
    group: original.group,
    time: options.time,
    initiator: options.initiator,
    reverses: original.iri,
    ...(original.currency !== undefined ? { currency: original.currency } : {}),
    ...(options.description !== undefined ? { description: options.description } : {}),
  };
}
