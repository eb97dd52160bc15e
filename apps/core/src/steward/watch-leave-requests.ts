import type { LoadOptions } from '../loader/load-options.js';
import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import { getGroup } from '../records/types/group.js';
import { processLeaveRequests, type ProcessedLeaves } from '../membership/process-leave-requests.js';
import { pause } from './pause.internal.js';

const RETRY_MS = 60_000;

/** Options of a group steward: how often to look, when to stop, whom to tell. */
export interface WatchLeaveRequestsOptions extends LoadOptions {
  /** Pause between two looks at the inbox; defaults to 2 s. */
  readonly intervalMs?: number;
  /** Stops the watch; the returned promise then settles. */
  readonly signal?: AbortSignal;
  /** Called after each run that found something to do. */
  readonly onProcessed?: (result: ProcessedLeaves) => void;
  /** Called when a look fails (server down, token expired); the watch goes on. */
  readonly onError?: (error: Error) => void;
}

/**
 * The group steward: a loop, run with the credentials of the group's account or an admin,
 * that carries out signed Leaves within seconds instead of at the next admin's visit
 * (docs/decisions/0070-leaving-a-group.md). Each look is one listing of the inbox;
 * `processLeaveRequests` runs only when the listing changed, or a minute after a run that left errors.
 * Resolves when `signal` aborts.
 */
export async function watchLeaveRequests(groupUrl: string, options: WatchLeaveRequestsOptions = {}): Promise<void> {
  const intervalMs = options.intervalMs ?? 2000;
  let inbox: string | undefined;
  let seen = '';
  // A Leave that cannot be carried out (the last admin leaving, say) is retried now and then, not on every look.
  let retryAt = Number.POSITIVE_INFINITY;
  while (!options.signal?.aborted) {
    try {
      inbox ??= (await getGroup(groupUrl, options)).inbox;
      if (inbox) {
        const listing = (await getContainedResourceUrls(inbox, options)).sort().join('\n');
        if (listing !== seen || Date.now() >= retryAt) {
          const result = await processLeaveRequests(groupUrl, options);
          // The Leaves just carried out were deleted: list again next time rather than trust this one.
          seen = result.removed.length > 0 ? '' : listing;
          retryAt = result.errors.length > 0 ? Date.now() + RETRY_MS : Number.POSITIVE_INFINITY;
          if (result.removed.length > 0 || result.errors.length > 0) options.onProcessed?.(result);
        }
      }
    } catch (error) {
      options.onError?.(error as Error);
    }
    await pause(intervalMs, options.signal);
  }
}
