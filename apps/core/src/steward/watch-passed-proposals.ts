import { actionToApply } from '../decisions/action-to-apply.js';
import { applyResolution, STALE_CLAIM_MS, type ApplyResolutionReport } from '../decisions/apply-resolution.js';
import { proposalLayout } from '../decisions/proposal-layout.js';
import { readRecordedOutcome } from '../decisions/recorded-outcome.js';
import { readResolutionApplication } from '../decisions/resolution-application.js';
import { groupLayout, groupRootOf } from '../groups/group-layout.js';
import { ValidationError } from '../errors/validation-error.js';
import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { recordFromResource } from '../records/get-record.js';
import { proposalType } from '../records/types/proposal.js';
import { pause } from './pause.internal.js';

/** Options of the decisions steward: whose credentials (recorded as the applier), how often, when to stop, whom to tell. */
export interface WatchPassedProposalsOptions extends PodRequestOptions {
  /** WebID of the agent whose fetch this is: the group account or an admin. */
  readonly agent: string;
  /** Pause between two looks; defaults to 3 s. */
  readonly intervalMs?: number;
  readonly signal?: AbortSignal;
  /** Called for each proposal whose decision this steward applied, or failed to apply. */
  readonly onApplied?: (proposalUrl: string, report: ApplyResolutionReport) => void;
  readonly onError?: (error: Error) => void;
}

/**
 * The decisions steward: applies the decision of every closed proposal whose outcome calls for
 * an action and that nobody applied yet, within seconds of closing, whoever closed it and
 * whichever app they used (decision 0078). Each look lists `decisions/` and reads the proposals
 * not yet settled; a proposal is settled, and no longer read, once it is withdrawn, closed with
 * nothing to apply, or its application is recorded. Resolves when `signal` aborts.
 */
export async function watchPassedProposals(groupUrl: string, options: WatchPassedProposalsOptions): Promise<void> {
  const decisions = groupLayout(groupRootOf(groupUrl)).decisions;
  const intervalMs = options.intervalMs ?? 3000;
  const settled = new Set<string>();
  while (!options.signal?.aborted) {
    try {
      const containers = (await getContainedResourceUrls(decisions, options)).filter((url) => url.endsWith('/'));
      const pending = containers.map((c) => proposalLayout(c).proposal).filter((url) => !settled.has(url));
      await Promise.all(
        pending.map(async (url) => {
          try {
            const step = await nextStep(url, options);
            if (step === 'settled') settled.add(url);
            if (step !== 'apply') return;
            const report = await applyResolution(url, options);
            if (report.state === 'applied' || report.state === 'failed' || report.state === 'already-done')
              settled.add(url);
            if (report.state === 'applied' || report.state === 'failed') options.onApplied?.(url, report);
          } catch (error) {
            // A document that does not match its shape will not change by itself: report it once.
            if (error instanceof ValidationError) settled.add(url);
            options.onError?.(error as Error);
          }
        }),
      );
    } catch (error) {
      options.onError?.(error as Error);
    }
    await pause(intervalMs, options.signal);
  }
}

/** One read of a proposal: apply it now, look again later, or never again. */
async function nextStep(url: string, options: PodRequestOptions): Promise<'apply' | 'later' | 'settled'> {
  const doc = await getRdfResource(url, options);
  const proposal = recordFromResource(proposalType, doc, url);
  if (proposal.status === 'withdrawn') return 'settled';
  if (proposal.status !== 'closed') return 'later';
  if (!actionToApply(proposal, readRecordedOutcome(proposal.url, doc.quads))) return 'settled';
  const application = readResolutionApplication(proposal.url, doc.quads);
  if (!application) return 'apply';
  if (application.status !== 'applying') return 'settled';
  // Someone is applying it now; take over only if their claim looks abandoned.
  return Date.now() - Date.parse(application.startedAt) > STALE_CLAIM_MS ? 'apply' : 'later';
}
