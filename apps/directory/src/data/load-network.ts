import { AccessDeniedError, getMembership, NotFoundError, type Group, type LoadFailure, type Membership } from '@mutua/core';
import { getNetworkDirectory, groupRootOf, membershipUrlFor } from '../core-api.internal.js';
import type { DirectoryGroup } from './directory-group.js';

/** The network as the viewer sees it, and the groups that could not be read. */
export interface LoadedNetwork {
  readonly groups: readonly DirectoryGroup[];
  readonly errors: readonly LoadFailure[];
}

/** Options for loading the network: the viewer's fetch and a progress callback. */
export interface LoadNetworkOptions {
  readonly fetch: typeof globalThis.fetch;
  readonly signal?: AbortSignal;
}

/**
 * Reads the network directory from each entry group (partners of partners, in parallel) and
 * checks the viewer's membership in each group by reading their own membership record: the
 * server answers 403 or 404 to anyone who is not an active member, so this also reflects a
 * removal at once. Entry groups that do not exist (404) are skipped silently.
 */
export async function loadNetwork(webId: string, entries: readonly string[], options: LoadNetworkOptions): Promise<LoadedNetwork> {
  const directories = await Promise.all(entries.map((entry) => getNetworkDirectory(entry, { ...options, depth: 2 })));
  const byUrl = new Map<string, Group>();
  const errors: LoadFailure[] = [];
  for (const directory of directories) {
    for (const group of directory.groups) if (!byUrl.has(group.url)) byUrl.set(group.url, group);
    errors.push(...directory.errors.filter((failure) => !(failure.error instanceof NotFoundError && entries.includes(failure.url))));
  }
  const groups = await Promise.all(
    [...byUrl.values()].map(async (group): Promise<DirectoryGroup> => {
      const membership = await activeMembership(group.url, webId, options);
      return membership ? { group, membership } : { group };
    }),
  );
  return { groups: groups.sort((a, b) => a.group.name.localeCompare(b.group.name)), errors: dedupe(errors) };
}

async function activeMembership(groupUrl: string, webId: string, options: LoadNetworkOptions): Promise<Membership | undefined> {
  try {
    const membership = await getMembership(await membershipUrlFor(groupRootOf(groupUrl), webId), options);
    return membership.status === 'active' && membership.member === webId ? membership : undefined;
  } catch (error) {
    if (error instanceof AccessDeniedError || error instanceof NotFoundError) return undefined;
    // A group outside Mutua's layout cannot hold a membership of ours.
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

function dedupe(errors: readonly LoadFailure[]): LoadFailure[] {
  const seen = new Set<string>();
  return errors.filter((failure) => !seen.has(failure.url) && seen.add(failure.url));
}
