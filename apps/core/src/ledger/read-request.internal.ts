import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { verifyRecord, type KeyResolver } from '../signing/verify-record.js';
import { requestUrls, type PaymentRequest } from './payment-requests.js';
import { readTransfer } from './read-transfer.js';
import { readQuads } from './request-documents.internal.js';

/**
 * Reads the request (or payment awaiting acknowledgement) at `url` as `member` sees it: undefined
 * unless it is of this group, `member` is party to it and its initiator's signature verifies —
 * anything else is not a request anyone made.
 */
export async function readRequestAt(url: string, groupUrl: string, member: string, resolveKey: KeyResolver, options: PodRequestOptions): Promise<PaymentRequest | undefined> {
  const record = await readQuads('Reading the payment request', url, options);
  const terms = record && readTransfer(record);
  if (!record || !terms || 'problem' in terms || terms.group !== groupUrl || (terms.payer !== member && terms.payee !== member)) return undefined;
  const check = await verifyRecord(record, { resolveKey, subject: terms.iri });
  // A request is signed by its payee, a payment awaiting acknowledgement by its payer.
  const byParty = terms.initiator === terms.payee || terms.initiator === terms.payer;
  if (!check.verified || !byParty || !check.proofs.some((p) => p.controller === terms.initiator)) return undefined;
  return { transfer: { ...terms, status: 'pending' }, record, ...requestUrls(groupUrl, terms.iri) };
}
