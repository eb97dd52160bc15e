import { getProfile, saveProfile } from '@mutua/core';
import { loadNetwork, type LoadedNetwork, type LoadNetworkOptions } from './load-network.js';
import { networkEntries } from './network-entries.js';
import { reconcileMemberOf } from './reconcile-member-of.js';

/**
 * The network as the logged-in member sees it, starting from the groups their profile lists
 * (so groups on any server are found), those remembered on this device and the bundled entry
 * group. Afterwards the profile's schema:memberOf is brought in line with the memberships
 * found: only the member can write their own card, so their app does it, not the admin's.
 * A profile that cannot be read or saved leaves the list alone and is reported, never fatal.
 */
export async function loadMyNetwork(webId: string, options: LoadNetworkOptions): Promise<LoadedNetwork> {
  const profile = await getProfile(webId, options).catch(() => undefined);
  const listed = profile?.memberOf ?? [];
  const network = await loadNetwork(webId, [...new Set([...listed, ...networkEntries(webId)])], options);
  const next = profile ? reconcileMemberOf(listed, network.groups) : undefined;
  if (!profile || !next) return network;
  try {
    await saveProfile({ ...profile, memberOf: next }, options);
    return network;
  } catch (error) {
    return { ...network, errors: [...network.errors, { url: webId, error: error as Error }] };
  }
}
