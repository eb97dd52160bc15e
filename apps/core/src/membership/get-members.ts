import { loadEach } from '../loader/load-each.internal.js';
import type { LoadFailure, LoadOptions } from '../loader/load-options.js';
import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import { groupLayout, groupRootOf } from '../groups/group-layout.js';
import { getMembership, type Membership } from '../records/types/membership.js';

/** A group's membership records, and the documents that could not be read as one. */
export interface Members {
  readonly members: readonly Membership[];
  readonly errors: readonly LoadFailure[];
}

/**
 * The group's membership records, read in parallel; by default only active ones. Members and
 * admins may read them; the server refuses everyone else.
 */
export async function getMembers(groupUrl: string, options: LoadOptions & { readonly includeRemoved?: boolean } = {}): Promise<Members> {
  const container = groupLayout(groupRootOf(groupUrl)).members;
  const urls = await getContainedResourceUrls(container, options);
  const { results, errors } = await loadEach(urls, (url, taskOptions) => getMembership(url, taskOptions), options);
  const members = results.filter((m) => m.group === groupUrl && (options.includeRemoved || m.status === 'active'));
  return { members: [...members].sort((a, b) => (a.member < b.member ? -1 : 1)), errors };
}
