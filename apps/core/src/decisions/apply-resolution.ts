import { ConflictError } from '../errors/conflict-error.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { RdfResource } from '../pod/rdf-resource.js';
import { saveRdfResource } from '../pod/save-rdf-resource.js';
import { recordFromResource } from '../records/get-record.js';
import { proposalType } from '../records/types/proposal.js';
import { actionToApply } from './action-to-apply.js';
import { applyResolutionAction } from './apply-resolution-action.js';
import { failureReasonOf } from './failure-reason.internal.js';
import { readRecordedOutcome } from './recorded-outcome.js';
import {
  readResolutionApplication,
  resolutionApplicationQuads,
  withoutApplication,
  type ResolutionApplication,
} from './resolution-application.js';
import { timestampOf } from './timestamp.internal.js';

/** A claim older than this is taken to be abandoned (its applier crashed) and may be taken over. */
export const STALE_CLAIM_MS = 5 * 60_000;

/** Options for applying a proposal's decision: who applies it (recorded), and the clock. */
export interface ApplyResolutionOptions extends PodRequestOptions {
  /** WebID of the agent whose fetch this is; recorded as the applier. */
  readonly agent: string;
  readonly now?: () => Date;
  /** Try again after a recorded failure (an admin who fixed the cause); otherwise a failure is final. */
  readonly retryFailed?: boolean;
}

/** What applyResolution found or did. */
export type ApplyResolutionReport =
  | { readonly state: 'nothing-to-apply'; readonly reason: 'not-closed' | 'nothing-decided' }
  | { readonly state: 'in-progress' | 'already-done'; readonly application: ResolutionApplication }
  | { readonly state: 'applied' | 'failed'; readonly application: ResolutionApplication };

/**
 * Applies the decision of a closed proposal whose outcome calls for an action (see actionToApply)
 * and records it in the proposal's document. Exactly once, whoever races: the applier first
 * claims the proposal with a conditional PUT (If-Match on the ETag it read), so of two appliers
 * only one gets past the claim; the other sees 'in-progress' or 'already-done'. Then it carries
 * out the action and replaces the claim with 'applied' (the value read back) or 'failed' (a reason
 * a person can act on), again conditionally. Needs Write on the proposal (admins, the group
 * account): anyone else is refused by the server (AccessDeniedError) before anything changes.
 */
export async function applyResolution(
  proposalUrl: string,
  options: ApplyResolutionOptions,
): Promise<ApplyResolutionReport> {
  const now = options.now ?? (() => new Date());
  const doc = await getRdfResource(proposalUrl, options);
  const proposal = recordFromResource(proposalType, doc, proposalUrl);
  const toApply = actionToApply(proposal, readRecordedOutcome(proposal.url, doc.quads));
  if (!toApply)
    return { state: 'nothing-to-apply', reason: proposal.status === 'closed' ? 'nothing-decided' : 'not-closed' };
  const existing = readResolutionApplication(proposal.url, doc.quads);
  if (existing && !mayTakeOver(existing, now(), options.retryFailed === true)) {
    return { state: existing.status === 'applying' ? 'in-progress' : 'already-done', application: existing };
  }
  const claim: ResolutionApplication = {
    action: toApply.iri,
    status: 'applying',
    agent: options.agent,
    startedAt: timestampOf(now()),
  };
  let claimed: RdfResource;
  try {
    claimed = await writeApplication(doc, proposal.url, claim, options);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // Someone else changed the document first: most likely another applier's claim.
    const current = readResolutionApplication(proposal.url, (await getRdfResource(proposalUrl, options)).quads);
    if (current) return { state: current.status === 'applying' ? 'in-progress' : 'already-done', application: current };
    throw error;
  }
  let finished: ResolutionApplication;
  if (typeof toApply.action === 'string') {
    finished = { ...claim, status: 'failed', endedAt: timestampOf(now()), failureReason: toApply.action };
  } else {
    try {
      // The settings histories date the change by the applier's clock and name the applier; their
      // `now` is a Date, not this function.
      const value = await applyResolutionAction(proposal.group, toApply.action, { ...options, now: now(), by: options.agent });
      finished = { ...claim, status: 'applied', endedAt: timestampOf(now()), resultingValue: value };
    } catch (error) {
      finished = { ...claim, status: 'failed', endedAt: timestampOf(now()), failureReason: failureReasonOf(error) };
    }
  }
  await writeApplication(claimed, proposal.url, finished, options);
  return { state: finished.status === 'applied' ? 'applied' : 'failed', application: finished };
}

function mayTakeOver(existing: ResolutionApplication, now: Date, retryFailed: boolean): boolean {
  if (existing.status === 'failed') return retryFailed;
  if (existing.status === 'applying') return now.getTime() - Date.parse(existing.startedAt) > STALE_CLAIM_MS;
  return false;
}

async function writeApplication(
  doc: RdfResource,
  proposalUrl: string,
  application: ResolutionApplication,
  options: PodRequestOptions,
): Promise<RdfResource> {
  if (!doc.etag)
    throw new TypeError(`Applying the decision of ${proposalUrl} needs the ETag it was read with; read it again`);
  const quads = [
    ...withoutApplication(proposalUrl, doc.quads),
    ...resolutionApplicationQuads(proposalUrl, application),
  ];
  return saveRdfResource(proposalUrl, quads, { ...options, etag: doc.etag });
}
