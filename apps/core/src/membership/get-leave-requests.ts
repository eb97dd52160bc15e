import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import { loadResources } from '../loader/load-resources.js';
import type { LoadOptions } from '../loader/load-options.js';
import { getGroup } from '../records/types/group.js';
import { AS, RDF } from '../vocab/terms.generated.js';
import { AS_LEAVE } from './activity-terms.internal.js';

/** A Leave notification found in a group's inbox. */
export interface LeaveRequest {
  readonly url: string;
  readonly member: string;
  readonly published: string | null;
}

/**
 * The Leave notifications in a group's inbox (admins only). The server does not record who
 * appended a document, so an admin confirms each one before calling `removeMember`.
 */
export async function getLeaveRequests(groupUrl: string, options: LoadOptions = {}): Promise<LeaveRequest[]> {
  const group = await getGroup(groupUrl, options);
  if (!group.inbox) return [];
  const { results } = await loadResources(await getContainedResourceUrls(group.inbox, options), options);
  const leaves: LeaveRequest[] = [];
  for (const resource of results) {
    const subject = resource.quads.find((q) => q.predicate.value === RDF.type && q.object.value === AS_LEAVE)?.subject.value;
    if (!subject) continue;
    const value = (predicate: string) => resource.quads.find((q) => q.subject.value === subject && q.predicate.value === predicate)?.object.value ?? null;
    const member = value(AS.actor);
    if (member && value(AS.object) === group.url) leaves.push({ url: resource.url, member, published: value(AS.published) });
  }
  return leaves;
}
