import type { LedgerTransfer, TransferStatus, TransferTerms } from './transfer.js';

/** Something a party (or the clock) does to a pending transfer. */
export type TransferEvent =
  | { readonly type: 'accept'; readonly by: string; readonly at: string }
  | { readonly type: 'decline'; readonly by: string; readonly at: string }
  | { readonly type: 'cancel'; readonly by: string; readonly at: string }
  | { readonly type: 'expire'; readonly at: string };

/** How long a payee's request stays open. */
export interface WorkflowOptions {
  /** Milliseconds after the request's time when it expires; never when absent. */
  readonly requestLifetimeMs?: number;
}

/** The transfer after an event, or why the event does not apply. */
export type TransitionResult = { readonly ok: true; readonly transfer: LedgerTransfer } | { readonly ok: false; readonly reason: string };

/** A new transfer's status: a payment completes at once unless the payee must acknowledge it; a request waits. */
export function startTransfer(terms: TransferTerms, { payeeMustAcknowledge = false }: { readonly payeeMustAcknowledge?: boolean } = {}): LedgerTransfer {
  return { ...terms, status: terms.initiator === terms.payer && !payeeMustAcknowledge ? 'completed' : 'pending' };
}

/** Who decides on a pending transfer: the payer of a request, the payee of a payment awaiting acknowledgement. */
export function deciderOf(transfer: Pick<TransferTerms, 'payer' | 'payee' | 'initiator'>): string {
  return transfer.initiator === transfer.payer ? transfer.payee : transfer.payer;
}

/** Apply an event to a transfer; only pending requests change, and nothing is ever deleted. */
export function transitionTransfer(transfer: LedgerTransfer, event: TransferEvent, options: WorkflowOptions = {}): TransitionResult {
  const fail = (reason: string): TransitionResult => ({ ok: false, reason });
  const to = (status: TransferStatus): TransitionResult => ({ ok: true, transfer: { ...transfer, status } });
  if (transfer.status !== 'pending') return fail(`Transfer ${transfer.id} is ${transfer.status}; only a pending request can change`);
  const expired = isExpired(transfer, event.at, options);
  switch (event.type) {
    case 'expire':
      return expired ? to('expired') : fail(`Request ${transfer.id} has not expired at ${event.at}`);
    case 'accept':
    case 'decline':
      if (event.by !== deciderOf(transfer)) {
        const role = transfer.initiator === transfer.payer ? 'payee' : 'payer';
        return fail(`Only the ${role} ${deciderOf(transfer)} can ${event.type} pending transfer ${transfer.id}`);
      }
      if (expired) return fail(`Request ${transfer.id} expired before ${event.at}`);
      return to(event.type === 'accept' ? 'completed' : 'declined');
    case 'cancel':
      if (event.by !== transfer.initiator) return fail(`Only the initiator ${transfer.initiator} can cancel request ${transfer.id}`);
      return to('cancelled');
  }
}

function isExpired(transfer: LedgerTransfer, at: string, { requestLifetimeMs }: WorkflowOptions): boolean {
  return requestLifetimeMs !== undefined && Date.parse(at) >= Date.parse(transfer.time) + requestLifetimeMs;
}
