import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { KeyResolver } from '../signing/verify-record.js';
import { groupLedgerLayout } from './group-ledger-layout.js';
import { mapConcurrently } from './map-concurrently.internal.js';
import { getGroup } from '../records/types/group.js';
import { getLedgerWorkflow, requestLifetimeMsOf, type LedgerWorkflow } from './ledger-workflow.js';
import type { PaymentRequest } from './payment-requests.js';
import { createProfileKeyResolver } from './profile-key-resolver.js';
import { readRequestAt } from './read-request.internal.js';
import { transitionTransfer } from './transfer-workflow.js';

/** Options for listing pending requests. */
export interface PendingRequestOptions extends PodRequestOptions {
  readonly resolveKey?: KeyResolver;
  readonly now?: Date;
  /** The group's settings (`getLedgerRules(…).workflow`); read from the group's profile when absent. */
  readonly workflow?: LedgerWorkflow;
  /** Overrides the workflow's lifetime. */
  readonly requestLifetimeMs?: number;
}

/**
 * The undecided payment requests (and payments awaiting acknowledgement) of a group that `member` is party to (as payer or payee),
 * oldest first; status `pending`, or `expired` once past the group's lifetime. One whose
 * initiator's signature does not verify is left out: it is not a request anyone made.
 */
export async function getPendingRequests(groupUrl: string, member: string, options: PendingRequestOptions = {}): Promise<PaymentRequest[]> {
  const layout = groupLedgerLayout(groupUrl);
  const [requests, outcomes, lifetimeMs] = await Promise.all([
    getContainedResourceUrlsOrNone(layout.requests, options),
    getContainedResourceUrlsOrNone(layout.outcomes, options),
    lifetimeOf(groupUrl, options),
  ]);
  const decided = new Set(outcomes.map((url) => url.slice(layout.outcomes.length)));
  const open = requests.filter((url) => !decided.has(url.slice(layout.requests.length)));
  const resolveKey = options.resolveKey ?? createProfileKeyResolver(options);
  const at = (options.now ?? new Date()).toISOString();
  const read = await mapConcurrently(open, 8, async (url): Promise<PaymentRequest | undefined> => {
    const request = await readRequestAt(url, groupUrl, member, resolveKey, options);
    if (!request) return undefined;
    const expired = transitionTransfer(request.transfer, { type: 'expire', at }, { requestLifetimeMs: lifetimeMs });
    return expired.ok ? { ...request, transfer: expired.transfer } : request;
  });
  return read.filter((r): r is PaymentRequest => r !== undefined).sort((a, b) => a.transfer.time.localeCompare(b.transfer.time));
}

async function lifetimeOf(groupUrl: string, options: PendingRequestOptions): Promise<number> {
  if (options.requestLifetimeMs !== undefined) return options.requestLifetimeMs;
  return requestLifetimeMsOf(options.workflow ?? getLedgerWorkflow(await getGroup(groupUrl, options)));
}
