import { watchLeaveRequests } from '@mutua/core';

/** Options of `runStewards`: the agent's fetch, the pause between looks, where to report, when to stop. */
export interface RunStewardsOptions {
  readonly fetch: typeof fetch;
  readonly intervalMs?: number;
  readonly say: (line: string) => void;
  readonly signal: AbortSignal;
}

/**
 * Runs one steward per group (see `watchLeaveRequests`) until the signal aborts, reporting each
 * member removed on their signed Leave, each Leave that could not be carried out, and each failed
 * look. The agent needs acl:Control on the groups: the group's own account or an admin.
 */
export async function runStewards(groups: readonly string[], options: RunStewardsOptions): Promise<void> {
  const { say } = options;
  await Promise.all(
    groups.map((group) =>
      watchLeaveRequests(group, {
        fetch: options.fetch,
        signal: options.signal,
        ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
        onProcessed: (result) => {
          for (const member of result.removed)
            say(`steward: ${member} left ${group} (signed Leave); their access has ended on the server`);
          for (const failure of result.errors)
            say(
              `steward: could not carry out ${failure.url} for ${group}: ${failure.error.message} (retried in a minute)`,
            );
        },
        onError: (error) => say(`steward: could not look at ${group}'s inbox: ${error.message} (trying again)`),
      }),
    ),
  );
}
