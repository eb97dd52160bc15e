import { getCurrency, getGroup, getLedgerRules, getProfile } from './core-api.internal.js';
import type { GroupContext } from './group-context.js';

/** Options for reading a group: the viewer's fetch. */
export interface ReadOptions {
  readonly fetch: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
}

/**
 * Reads a group's card, currency and ledger rules (memberships, limits, admins) and the members'
 * names, in parallel where it can. Only members and admins may list the members; a profile that
 * cannot be read shows the WebID instead of a name.
 */
export async function loadGroupContext(groupUrl: string, viewer: string, options: ReadOptions): Promise<GroupContext> {
  const [group, rules] = await Promise.all([getGroup(groupUrl, options), getLedgerRules(groupUrl, options)]);
  const currency = await getCurrency(group.currency, options);
  const everyone = [...new Set(rules.members.map((m) => m.member))].sort();
  const names = new Map<string, string>();
  await Promise.all(
    everyone.map(async (member) => {
      try {
        names.set(member, (await getProfile(member, options)).name);
      } catch {
        // A member whose profile is down still trades; the WebID stands in for the name.
      }
    }),
  );
  const members = everyone.filter((m) => rules.active.has(m));
  return { group, currency, members, names, limits: rules.limits, isAdmin: (rules.admins ?? []).includes(viewer), rules };
}
