import type { Quad } from '@rdfjs/types';
import { DCTERMS_CREATED } from '../signing/security-terms.internal.js';
import { splitProofs } from '../signing/split-proofs.internal.js';
import type { EntryVerification, LedgerProblemKind } from './ledger-problem.js';
import type { LedgerRules } from './ledger-rules.js';
import { requestExpiresAt, type LedgerWorkflow } from './ledger-workflow.js';
import type { TransferTerms } from './transfer.js';
import { workflowAt, type DatedWorkflow } from './workflow-at.js';

/** A workflow rule an entry broke. */
export interface WorkflowBreach {
  readonly kind: Extract<LedgerProblemKind, 'request-expired' | 'payee-acknowledgement-missing' | 'requests-closed'>;
  readonly message: string;
}

/**
 * The first workflow rule the transfer breaks under the settings in force at its times, or
 * undefined. Called only for entries whose signatures all verified, so every proof's `created`
 * is the signer's own signed claim. Admin corrections follow the group's authority, not a workflow.
 */
export function checkWorkflow(t: TransferTerms, record: readonly Quad[], verification: EntryVerification, rules: LedgerRules, adminCorrection: boolean): WorkflowBreach | undefined {
  const history = rules.workflowHistory;
  if (adminCorrection || !history || history.length === 0) return undefined;
  const atStart = workflowAt(history, t.time);
  const isRequest = t.initiator === t.payee;
  if (isRequest && atStart && !atStart.membersMayRequestPayments) {
    return { kind: 'requests-closed', message: `${t.payee} requested this payment at ${t.time}, when the group did not allow payment requests` };
  }
  if (!isRequest && atStart?.payeeMustAcknowledge && !verification.signers.includes(t.payee)) {
    return { kind: 'payee-acknowledgement-missing', message: `the payment of ${t.time} has no signature of the payee ${t.payee}, and the group asked payees to acknowledge payments then` };
  }
  // A request waits for the payer; a payment waits for the payee only when acknowledgement was on.
  return isRequest || atStart?.payeeMustAcknowledge ? expiryBreach(t, record, history, atStart) : undefined;
}

function expiryBreach(t: TransferTerms, record: readonly Quad[], history: readonly DatedWorkflow[], atStart: LedgerWorkflow | undefined): WorkflowBreach | undefined {
  const decided = decisionTime(t, record);
  if (decided === null) {
    return atStart ? { kind: 'request-expired', message: `a signature on the transfer of ${t.time} carries no time, so it cannot be shown to be accepted within the group's lifetime` } : undefined;
  }
  // The lifetime in force at the decision counts, as in the apps: a shorter one applies at once to open requests.
  const atDecision = workflowAt(history, decided);
  if (!atDecision) return undefined;
  const expires = requestExpiresAt(t.time, atDecision);
  if (Date.parse(decided) < expires.getTime()) return undefined;
  return { kind: 'request-expired', message: `accepted at ${decided}, after the pending transfer of ${t.time} expired at ${expires.toISOString()} (lifetime ${atDecision.requestLifetimeDays} days)` };
}

// The latest proof is the decision: a pending transfer's record holds the initiator's proof and
// then the decider's. null when some proof is undated (the decision's time is then unknown).
// splitProofs reads both proof shapes (a node in the default graph, or a JSON-LD proof graph).
function decisionTime(t: TransferTerms, record: readonly Quad[]): string | null {
  let latest: string | undefined;
  for (const proof of splitProofs(record, t.iri).proofs) {
    const created = proof.config.find((q) => q.subject.equals(proof.node) && q.predicate.value === DCTERMS_CREATED)?.object.value;
    if (created === undefined || Number.isNaN(Date.parse(created))) return null;
    if (latest === undefined || Date.parse(created) > Date.parse(latest)) latest = created;
  }
  return latest ?? null;
}
