import { createMarkdownRenderer, groupRootOf, watchLeaveRequests, watchPassedProposals, watchPublicNews } from '@mutua/core';
import { JSDOM } from 'jsdom';
import { setMaxListeners } from 'node:events';

/** Options of `runStewards`: the agent's fetch, the pause between looks, where to report, when to stop. */
export interface RunStewardsOptions {
  readonly fetch: typeof fetch;
  /** WebID of the logged-in agent, recorded as the applier of the decisions it applies. */
  readonly webId: string;
  /** Pause between two looks at a group's inbox; the public news is looked at every 2.5 times that. */
  readonly intervalMs?: number;
  readonly say: (line: string) => void;
  readonly signal: AbortSignal;
}

/**
 * Runs the stewards of each group until the signal aborts: one carries out signed Leaves
 * (`watchLeaveRequests`), one regenerates the public feed, page and calendar when public news
 * or events change (`watchPublicNews`), so that members' public posts reach them too, and one
 * applies the decisions of closed, passed proposals nobody applied yet (`watchPassedProposals`).
 * Reports each member removed, each Leave that could not be carried out, each regeneration,
 * each decision applied or failed, and each failed look. The agent needs acl:Control on the groups: the group's own account or an admin.
 */
export async function runStewards(groups: readonly string[], options: RunStewardsOptions): Promise<void> {
  const { say, fetch, signal } = options;
  const intervalMs = options.intervalMs ?? 2000;
  // One stop signal serves three loops per group and their requests in flight: more than
  // Node's default of ten listeners, all removed as each wait or request ends, so no leak.
  setMaxListeners(Math.max(10, groups.length * 3 * 16), signal);
  // The sanitiser needs a DOM; the steward renders Markdown exactly as the apps do.
  const render = createMarkdownRenderer(
    new JSDOM('').window as unknown as Parameters<typeof createMarkdownRenderer>[0],
  );
  await Promise.all(
    groups.flatMap((group) => [
      watchLeaveRequests(group, {
        fetch,
        signal,
        intervalMs,
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
      watchPublicNews(groupRootOf(group), {
        fetch,
        signal,
        render,
        intervalMs: intervalMs * 2.5,
        onPublished: (outputs) =>
          say(
            `steward: published ${group}'s feed, page and calendar (${outputs.newsCount} news, ${outputs.eventCount} events${outputs.skipped.length > 0 ? `, ${outputs.skipped.length} items left out: invalid` : ''})`,
          ),
        onError: (error) => say(`steward: could not publish ${group}'s news: ${error.message} (trying again)`),
      }),
      watchPassedProposals(group, {
        fetch,
        signal,
        agent: options.webId,
        intervalMs: intervalMs * 1.5,
        onApplied: (proposal, report) =>
          say(
            report.state === 'applied'
              ? `steward: applied the decision of ${proposal} (now ${String(report.application.resultingValue)})`
              : `steward: could not apply the decision of ${proposal}: ${'application' in report ? (report.application.failureReason ?? '') : ''} (recorded on the proposal)`,
          ),
        onError: (error) => say(`steward: could not look at ${group}'s decisions: ${error.message} (trying again)`),
      }),
    ]),
  );
}
