import { draftTransfer } from './draft-transfer.js';
import type { GroupLedger } from './group-ledger.js';
import type { PaymentInput } from './pay-member.js';
import { requestUrls, type PaymentRequest, type RequestOptions } from './payment-requests.js';
import { createOnce } from './request-documents.internal.js';
import { signTransfer } from './sign-transfer.js';

/**
 * The payer signs a payment and files it in the group's `ledger/requests/`, pending until the
 * payee acknowledges it (`acceptPaymentRequest` by the payee countersigns `#proof-payee` and
 * appends it), declines it, or the payer cancels it. For groups whose workflow sets
 * `payeeMustAcknowledge`; the limits are checked again when the payee accepts.
 */
export async function offerPayment(
  ledger: GroupLedger,
  payment: PaymentInput,
  options: RequestOptions,
): Promise<PaymentRequest> {
  const { actor } = options;
  const terms = draftTransfer({
    ...payment,
    group: ledger.group,
    payer: actor.webId,
    initiator: actor.webId,
    currency: ledger.rules.currency,
  });
  const record = await signTransfer(terms, actor.signer, 'payer');
  const urls = requestUrls(ledger.group, terms.iri);
  await createOnce('Filing the payment for the payee to acknowledge at', urls.url, record, options);
  return { transfer: { ...terms, status: 'pending' }, record, ...urls };
}
