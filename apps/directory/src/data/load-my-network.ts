import { getProfile, saveProfile } from '@mutua/core';
import { loadNetwork, type LoadedNetwork, type LoadNetworkOptions } from './load-network.js';
import { leftGroups, networkEntries } from './network-entries.js';
import { reconcileMemberOf } from './reconcile-member-of.js';
import { processLeaveRequests } from '../core-api.internal.js';

/**
 * The network as the logged-in member sees it, starting from the groups their profile lists
 * (so groups on any server are found), those remembered on this device and the bundled entry
 * group. Afterwards the profile's schema:memberOf is brought in line with the memberships
 * found: only the member can write their own card, so their app does it, not the admin's.
 * Groups the member left on this device count as left (see `markGroupLeft`).
 * A profile that cannot be read or saved leaves the list alone and is reported, never fatal.
 */
export async function loadMyNetwork(webId: string, options: LoadNetworkOptions): Promise<LoadedNetwork> {
  const profile = await getProfile(webId, options).catch(() => undefined);
  const listed = profile?.memberOf ?? [];
  const loaded = await loadNetwork(webId, [...new Set([...listed, ...networkEntries(webId)])], options);
  // A group the member left stops counting at once, even while its record still says active.
  const left = leftGroups();
  const network = { ...loaded, groups: loaded.groups.map((g) => (left.has(g.group.url) ? { group: g.group } : g)) };
  processLeavesInBackground(network.groups, options);
  const next = profile ? reconcileMemberOf(listed, network.groups) : undefined;
  if (!profile || !next) return network;
  try {
    await saveProfile({ ...profile, memberOf: next }, options);
    return network;
  } catch (error) {
    return { ...network, errors: [...network.errors, { url: webId, error: error as Error }] };
  }
}

/**
 * In the groups the viewer administers, carries out the Leaves members signed (see
 * docs/decisions/0070-leaving-a-group.md): every app load of an admin ends a leaver's access,
 * without waiting for the admin screen. Runs beside the page; failures are retried next load.
 */
function processLeavesInBackground(groups: LoadedNetwork['groups'], options: LoadNetworkOptions): void {
  for (const { group, membership } of groups) {
    if (membership?.role === 'admin') void processLeaveRequests(group.url, { fetch: options.fetch }).catch(() => undefined);
  }
}
