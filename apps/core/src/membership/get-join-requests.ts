import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import { loadResources } from '../loader/load-resources.js';
import type { LoadFailure, LoadOptions } from '../loader/load-options.js';
import { recordFromResource } from '../records/get-record.js';
import { getGroup } from '../records/types/group.js';
import { joinRequestType, type JoinRequest } from '../records/types/join-request.js';
import { RDF } from '../vocab/terms.generated.js';

/** Join requests found in a group's inbox, and the documents that could not be read as one. */
export interface JoinRequests {
  readonly requests: readonly JoinRequest[];
  readonly errors: readonly LoadFailure[];
}

/**
 * The join requests in a group's inbox, oldest first; by default only pending ones. Other
 * notifications in the inbox are skipped. Admins only: the server refuses anyone else.
 */
export async function getJoinRequests(groupUrl: string, options: LoadOptions & { readonly status?: JoinRequest['status'] | 'all' } = {}): Promise<JoinRequests> {
  const group = await getGroup(groupUrl, options);
  if (!group.inbox) return { requests: [], errors: [] };
  const urls = await getContainedResourceUrls(group.inbox, options);
  const { results, errors } = await loadResources(urls, options);
  const requests: JoinRequest[] = [];
  const failures: LoadFailure[] = [...errors];
  for (const resource of results) {
    if (!resource.quads.some((q) => q.predicate.value === RDF.type && q.object.value === joinRequestType.classIri)) continue;
    try {
      const request = recordFromResource(joinRequestType, resource);
      if (request.group === group.url) requests.push(request);
    } catch (error) {
      failures.push({ url: resource.url, error: error as Error });
    }
  }
  const wanted = options.status ?? 'pending';
  const filtered = wanted === 'all' ? requests : requests.filter((r) => r.status === wanted);
  return { requests: filtered.sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0)), errors: failures };
}
