import type { Quad } from '@rdfjs/types';
import { getContainedResourceUrls } from '../pod/get-contained-resource-urls.js';
import { createProfileKeyResolver } from '../ledger/profile-key-resolver.js';
import { loadResources } from '../loader/load-resources.js';
import type { LoadOptions } from '../loader/load-options.js';
import { getGroup } from '../records/types/group.js';
import { verifyRecord, type KeyResolver } from '../signing/verify-record.js';
import { AS, RDF } from '../vocab/terms.generated.js';
import { AS_LEAVE } from './activity-terms.internal.js';

/** A Leave notification found in a group's inbox. */
export interface LeaveRequest {
  readonly url: string;
  readonly member: string;
  readonly published: string | null;
  /** True when the Leave carries a valid signature by a key the member's own profile lists: only they can have sent it. */
  readonly verified: boolean;
}

/**
 * The Leave notifications in a group's inbox (admins only), oldest first. The server does
 * not record who appended a document, so each Leave is checked against its signature: a
 * verified one was sent by the member and may be acted on without asking (see
 * `processLeaveRequests`); an unsigned one waits for an admin to confirm it.
 */
export async function getLeaveRequests(groupUrl: string, options: LoadOptions & { readonly resolveKey?: KeyResolver } = {}): Promise<LeaveRequest[]> {
  const group = await getGroup(groupUrl, options);
  if (!group.inbox) return [];
  const { results } = await loadResources(await getContainedResourceUrls(group.inbox, options), options);
  const resolveKey = options.resolveKey ?? createProfileKeyResolver(options);
  const leaves: LeaveRequest[] = [];
  for (const resource of results) {
    const subject = resource.quads.find((q) => q.predicate.value === RDF.type && q.object.value === AS_LEAVE)?.subject.value;
    if (!subject) continue;
    const value = (predicate: string) => resource.quads.find((q) => q.subject.value === subject && q.predicate.value === predicate)?.object.value ?? null;
    const member = value(AS.actor);
    if (!member || value(AS.object) !== group.url) continue;
    const verification = await verifyRecord(resource.quads as readonly Quad[], { resolveKey, subject });
    const verified = verification.verified && verification.proofs.every((p) => p.controller === member);
    leaves.push({ url: resource.url, member, published: value(AS.published), verified });
  }
  return leaves.sort((a, b) => ((a.published ?? '') < (b.published ?? '') ? -1 : 1));
}
