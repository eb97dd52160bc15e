import { AccessDeniedError, NotFoundError } from '@mutua/core';
import { getMembership, getNetworkDirectory, getProfile, groupRootOf, membershipUrlFor, type Group } from './core-api.internal.js';
import type { ReadOptions } from './load-group-context.js';

/** The bundled demo network's entry group, relative to the member's own pod server. */
const BUNDLED_ENTRY_PATH = '/sel-val-de-saone/profile/card#group';

/**
 * The groups the member is an active member of: the groups their profile lists, plus the network
 * reachable from `extraGroups` and from the bundled entry group on their own server, each checked
 * by reading the member's membership record (the server refuses anyone who is not a member).
 */
export async function findMyGroups(webId: string, extraGroups: readonly string[], options: ReadOptions): Promise<Group[]> {
  const listed = await getProfile(webId, options).then((p) => p.memberOf, () => [] as readonly string[]);
  const entries = [...new Set([...listed, ...extraGroups, new URL(BUNDLED_ENTRY_PATH, new URL(webId).origin).href])];
  const directories = await Promise.all(entries.map((entry) => getNetworkDirectory(entry, { ...options, depth: 1 }).catch(() => ({ groups: [] as Group[] }))));
  const byUrl = new Map<string, Group>();
  for (const directory of directories) for (const group of directory.groups) if (!byUrl.has(group.url)) byUrl.set(group.url, group);
  const checked = await Promise.all([...byUrl.values()].map(async (group) => ((await isActiveMember(group.url, webId, options)) ? group : undefined)));
  return checked.filter((g): g is Group => g !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}

async function isActiveMember(groupUrl: string, webId: string, options: ReadOptions): Promise<boolean> {
  try {
    const membership = await getMembership(await membershipUrlFor(groupRootOf(groupUrl), webId), options);
    return membership.status === 'active' && membership.member === webId;
  } catch (error) {
    // Not a member (refused or absent), or a group outside Mutua's layout.
    if (error instanceof AccessDeniedError || error instanceof NotFoundError || error instanceof TypeError) return false;
    throw error;
  }
}
