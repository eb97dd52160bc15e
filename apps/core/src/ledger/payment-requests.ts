import type { Quad } from '@rdfjs/types';
import { ConflictError } from '../errors/conflict-error.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getGroup } from '../records/types/group.js';
import { signRecord } from '../signing/sign-record.js';
import { DCTERMS, MUTUA } from '../vocab/terms.generated.js';
import { applyTransfer } from './apply-transfer.js';
import { commitTransfer, type CommitOptions, type CommittedTransfer } from './commit-transfer.js';
import { draftTransfer } from './draft-transfer.js';
import { groupLedgerLayout } from './group-ledger-layout.js';
import { refreshGroupLedger, type GroupLedger } from './group-ledger.js';
import type { LedgerActor } from './ledger-actor.js';
import { DEFAULT_REQUEST_LIFETIME_DAYS, getLedgerWorkflow, requestLifetimeMsOf, type LedgerWorkflow } from './ledger-workflow.js';
import { PaymentRequestsClosedError } from './payment-requests-closed-error.js';
import { createOnce, outcomeQuads, readQuads, uuidOf, type Outcome } from './request-documents.internal.js';
import { signTransfer } from './sign-transfer.js';
import { TransferRefusedError } from './transfer-refused-error.js';
import { transitionTransfer, type TransferEvent } from './transfer-workflow.js';
import type { LedgerTransfer } from './transfer.js';

/**
 * A pending transfer and its place in the group pod: a payee's request (signed by the payee), or
 * a payment waiting for the payee's acknowledgement (signed by the payer; see `offerPayment`).
 */
export interface PaymentRequest {
  readonly transfer: LedgerTransfer;
  /** The record with the initiator's proof; the other party adds theirs when accepting. */
  readonly record: readonly Quad[];
  readonly url: string;
  readonly outcomeUrl: string;
  /** Set when the decider already accepted but the transfer never reached the ledger (see getUnfinishedAcceptances). */
  readonly acceptedAt?: string;
}

/** What the payee asks for; amount in whole minor units. */
export interface RequestInput {
  readonly payer: string;
  readonly amount: number;
  readonly description?: string;
  readonly offer?: string;
  readonly time?: Date;
  readonly id?: string;
}

/** Requests for payments stay open this long unless the group says otherwise (30 days). */
export const REQUEST_LIFETIME_MS = requestLifetimeMsOf({ requestLifetimeDays: DEFAULT_REQUEST_LIFETIME_DAYS });

/** Options of the request workflow functions. */
export interface RequestOptions extends PodRequestOptions {
  readonly actor: LedgerActor;
  /** The group's settings (`getLedgerRules(…).workflow`); `requestPayment` reads them from the group's profile when absent. */
  readonly workflow?: LedgerWorkflow;
  /** Overrides the workflow's lifetime. */
  readonly requestLifetimeMs?: number;
  readonly now?: Date;
}

/**
 * The payee asks a member to pay: the signed request is filed in the group's `ledger/requests/`,
 * pending until the payer decides. Refused with PaymentRequestsClosedError when the group does
 * not let members request payments (the server refuses it too once `setLedgerWorkflow` wrote the
 * requests container's ACL).
 */
export async function requestPayment(groupUrl: string, input: RequestInput, options: RequestOptions & { readonly currency?: string }): Promise<PaymentRequest> {
  const { actor } = options;
  const workflow = options.workflow ?? getLedgerWorkflow(await getGroup(groupUrl, options));
  if (!workflow.membersMayRequestPayments) throw new PaymentRequestsClosedError(`Requesting a payment from ${input.payer}`, groupUrl);
  const terms = draftTransfer({ ...input, group: groupUrl, payee: actor.webId, initiator: actor.webId, ...(options.currency ? { currency: options.currency } : {}) });
  const record = await signTransfer(terms, actor.signer, 'payee');
  const urls = requestUrls(groupUrl, terms.iri);
  await createOnce('Filing the payment request at', urls.url, record, options);
  return { transfer: { ...terms, status: 'pending' }, record, ...urls };
}

/**
 * The deciding party accepts (the payer a request, the payee a payment awaiting acknowledgement):
 * the decision is claimed first (so a cancel cannot cross it), then the transfer is countersigned
 * and appended. Accepting again after the append failed finishes the transfer: the decision
 * already recorded by the same party is kept, and the record (deterministic) is appended.
 */
export async function acceptPaymentRequest(ledger: GroupLedger, request: PaymentRequest, options: CommitOptions & { readonly requestLifetimeMs?: number; readonly now?: Date }): Promise<CommittedTransfer> {
  // The lifetime is the group's as this reader opened it, so a shortened lifetime applies at once;
  // a decision already recorded is judged at the time it was made.
  checkTransition(request, { type: 'accept', by: options.actor.webId, at: request.acceptedAt ?? stamp(options.now) }, { workflow: ledger.rules.workflow, ...options });
  // Check the rules before claiming, so a request the ledger would refuse is not marked completed.
  const checked = applyTransfer(ledger.replay.state, request.transfer, ledger.rules, 'latest');
  if (!checked.ok) throw new TransferRefusedError(`Accepting payment request ${request.transfer.id}`, checked.rejection);
  let current = ledger;
  const resumed = request.acceptedAt !== undefined || (await claimOutcome(request, 'completed', options)) === 'resumed';
  if (resumed) {
    // The earlier attempt may have appended after all (only its answer was lost): never twice.
    current = await refreshGroupLedger(ledger, options);
    const placed = current.entries.find((e) => e.transfer === request.transfer.iri);
    if (placed) throw new ConflictError('Accepting the payment request', request.url, `it is already in the ledger at position ${placed.sequence}; reload the pending requests`, 412);
  }
  const role = request.transfer.initiator === request.transfer.payer ? 'payee' : 'payer';
  const record = await signTransfer(request.transfer, options.actor.signer, role, request.record);
  return commitTransfer(current, request.transfer, record, options);
}

/** The deciding party (payer of a request, payee of a payment awaiting acknowledgement) declines it. */
export async function declinePaymentRequest(request: PaymentRequest, options: RequestOptions): Promise<LedgerTransfer> {
  const next = checkTransition(request, { type: 'decline', by: options.actor.webId, at: stamp(options.now) }, options);
  await claimOutcome(request, 'declined', options);
  return next;
}

/** The initiator withdraws a pending request or payment. */
export async function cancelPaymentRequest(request: PaymentRequest, options: RequestOptions): Promise<LedgerTransfer> {
  const next = checkTransition(request, { type: 'cancel', by: options.actor.webId, at: stamp(options.now) }, options);
  await claimOutcome(request, 'cancelled', options);
  return next;
}

/** The request and outcome documents of a transfer IRI. */
export function requestUrls(groupUrl: string, transferIri: string): { readonly url: string; readonly outcomeUrl: string } {
  const layout = groupLedgerLayout(groupUrl);
  const uuid = uuidOf(transferIri);
  return { url: `${layout.requests}${uuid}`, outcomeUrl: `${layout.outcomes}${uuid}` };
}

function checkTransition(request: PaymentRequest, event: TransferEvent, options: Pick<RequestOptions, 'requestLifetimeMs' | 'workflow'>): LedgerTransfer {
  const lifetime = options.requestLifetimeMs ?? (options.workflow ? requestLifetimeMsOf(options.workflow) : REQUEST_LIFETIME_MS);
  const result = transitionTransfer(request.transfer, event, { requestLifetimeMs: lifetime });
  if (!result.ok) throw new ConflictError('Deciding the payment request', request.url, result.reason);
  return result.transfer;
}

// The outcome is signed so readers can tell who decided; the conditional create means the
// first decision wins and every later one gets a ConflictError naming what happened.
async function claimOutcome(request: PaymentRequest, outcome: Outcome, options: RequestOptions | CommitOptions): Promise<'claimed' | 'resumed'> {
  const at = stamp(undefined);
  const quads = outcomeQuads(request.outcomeUrl, request.transfer.iri, outcome, options.actor.webId, at);
  const proof = await signRecord(quads, { privateKey: options.actor.signer.privateKey, verificationMethod: options.actor.signer.keyId, proofId: `${request.outcomeUrl}#proof`, subject: `${request.outcomeUrl}#it` });
  try {
    await createOnce('Recording the decision on the payment request at', request.outcomeUrl, [...quads, ...proof], options);
    return 'claimed';
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const existing = await readQuads('Reading the decision already made at', request.outcomeUrl, options);
    const said = (p: string) => existing?.find((q) => q.subject.value === `${request.outcomeUrl}#it` && q.predicate.value === p)?.object.value;
    // Our own acceptance from an earlier attempt whose append never happened: carry on with it.
    if (outcome === 'completed' && said(MUTUA.status) === MUTUA.Completed && said(DCTERMS.creator) === options.actor.webId) return 'resumed';
    const status = said(MUTUA.status)?.replace(/^.*#/, '').toLowerCase() ?? 'decided';
    throw new ConflictError('Deciding the payment request', request.url, `it was already ${status}; reload the pending requests`, 412);
  }
}

function stamp(now: Date | undefined): string {
  return (now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
