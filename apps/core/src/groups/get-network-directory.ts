import { loadEach } from '../loader/load-each.internal.js';
import type { LoadFailure, LoadOptions } from '../loader/load-options.js';
import { getGroup, type Group } from '../records/types/group.js';

/** The groups reachable from one group through partner links, and the ones that could not be read. */
export interface NetworkDirectory {
  readonly groups: readonly Group[];
  readonly errors: readonly LoadFailure[];
}

/** Options for walking the network: how many partner hops to follow (default 2) and at most how many groups. */
export interface NetworkDirectoryOptions extends LoadOptions {
  readonly depth?: number;
  readonly maxGroups?: number;
}

/**
 * The network directory: starting at a group, reads the public cards of its partner groups,
 * their partners, and so on, breadth first, in parallel. A group that is down or serves a
 * bad card is reported in `errors`, never fatal.
 */
export async function getNetworkDirectory(groupUrl: string, options: NetworkDirectoryOptions = {}): Promise<NetworkDirectory> {
  const depth = options.depth ?? 2;
  const maxGroups = options.maxGroups ?? 500;
  const seen = new Set<string>([groupUrl]);
  const groups: Group[] = [];
  const errors: LoadFailure[] = [];
  let frontier = [groupUrl];
  for (let hop = 0; hop <= depth && frontier.length > 0; hop += 1) {
    const { results, errors: failed } = await loadEach(frontier, (url, taskOptions) => getGroup(url, taskOptions), options);
    groups.push(...results);
    errors.push(...failed);
    frontier = [];
    for (const group of results) {
      for (const partner of group.partnerGroups) {
        if (seen.has(partner) || seen.size >= maxGroups) continue;
        seen.add(partner);
        frontier.push(partner);
      }
    }
  }
  return { groups, errors };
}
