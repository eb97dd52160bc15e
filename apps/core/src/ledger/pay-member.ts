import { commitTransfer, type CommitOptions, type CommittedTransfer } from './commit-transfer.js';
import { draftTransfer } from './draft-transfer.js';
import type { GroupLedger } from './group-ledger.js';
import { AcknowledgementRequiredError } from './acknowledgement-required-error.js';
import { signTransfer } from './sign-transfer.js';

/** A payment as the payer enters it; amount in whole minor units. */
export interface PaymentInput {
  readonly payee: string;
  readonly amount: number;
  readonly description?: string;
  readonly offer?: string;
  /** Defaults to now. */
  readonly time?: Date;
  /** A fixed `urn:uuid:` id, for idempotent writers; random when absent. */
  readonly id?: string;
}

/**
 * The actor pays a member: signs the transfer, appends it (it completes at once) and delivers the
 * copies. Refused with AcknowledgementRequiredError when the group asks payees to acknowledge
 * payments (use `offerPayment` there).
 */
export async function payMember(ledger: GroupLedger, payment: PaymentInput, options: CommitOptions): Promise<CommittedTransfer> {
  const { actor } = options;
  if (ledger.rules.workflow.payeeMustAcknowledge) throw new AcknowledgementRequiredError(`Paying ${payment.payee}`, ledger.group);
  const terms = draftTransfer({ ...payment, group: ledger.group, payer: actor.webId, initiator: actor.webId, currency: ledger.rules.currency });
  const record = await signTransfer(terms, actor.signer, 'payer');
  return commitTransfer(ledger, terms, record, options);
}
