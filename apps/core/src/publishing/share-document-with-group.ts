import { DataFactory, type Quad } from 'n3';
import { updateAclDocument } from '../access/acl-document.internal.js';
import { ACL, ACL_ACCESS_TO, ACL_AGENT, ACL_AUTHORIZATION, ACL_MODE, RDF_TYPE } from '../access/acl-terms.internal.js';
import { groupRootOf } from '../groups/group-layout.js';
import { getMembers } from '../membership/get-members.js';
import { getAclUrl } from '../pod/grant-public-read.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { GroupDocument } from '../records/types/group-document.js';
import { addDocumentToGroup } from './group-library.js';

const { namedNode, quad } = DataFactory;

/** Who shares, and what the group's library calls the shared document. */
export interface ShareDocumentOptions extends PodRequestOptions {
  /** The sharing member's WebID: they keep full control if the resource had no ACL yet. */
  readonly ownerWebId: string;
  readonly title: string;
}

/** The name of the rule that lets one group read a shared resource: one rule per group, rewritten on each share. */
export function shareRuleName(groupUrl: string): string {
  let hash = 0;
  for (const char of groupUrl) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `mutua-group-${hash.toString(36)}`;
}

/** The ACL quads with the group's read rule replaced by one for `readers` (other rules untouched). */
export function withGroupReadRule(current: readonly Quad[], aclUrl: string, resourceUrl: string, groupUrl: string, readers: readonly string[]): Quad[] {
  const subject = namedNode(`${aclUrl}#${shareRuleName(groupUrl)}`);
  const kept = current.filter((q) => !q.subject.equals(subject));
  if (readers.length === 0) return kept;
  return [
    ...kept,
    quad(subject, namedNode(RDF_TYPE), namedNode(ACL_AUTHORIZATION)),
    quad(subject, namedNode(ACL_ACCESS_TO), namedNode(resourceUrl)),
    quad(subject, namedNode(ACL_MODE), namedNode(`${ACL}Read`)),
    ...readers.map((webId) => quad(subject, namedNode(ACL_AGENT), namedNode(webId))),
  ];
}

function ownerRule(aclUrl: string, resourceUrl: string, owner: string): Quad[] {
  const subject = namedNode(`${aclUrl}#owner`);
  return [
    quad(subject, namedNode(RDF_TYPE), namedNode(ACL_AUTHORIZATION)),
    quad(subject, namedNode(ACL_ACCESS_TO), namedNode(resourceUrl)),
    ...['Read', 'Write', 'Control'].map((mode) => quad(subject, namedNode(ACL_MODE), namedNode(`${ACL}${mode}`))),
    quad(subject, namedNode(ACL_AGENT), namedNode(owner)),
  ];
}

/**
 * Shares a member's own resource with a group without copying it: the group's current members
 * get Read on the resource (a rule in its ACL, rewritten on each share so it can be refreshed),
 * and the group's library gets a members-only link document pointing at it. The sharer must
 * control the resource and be able to write the group's library (today: an admin).
 */
export async function shareDocumentWithGroup(resourceUrl: string, groupUrl: string, options: ShareDocumentOptions): Promise<GroupDocument> {
  const { members } = await getMembers(groupUrl, options);
  const readers = [...new Set(members.map((m) => m.member))].sort();
  const aclUrl = await getAclUrl(resourceUrl, options);
  await updateAclDocument(aclUrl, (current) => withGroupReadRule(current ?? ownerRule(aclUrl, resourceUrl, options.ownerWebId), aclUrl, resourceUrl, groupUrl, readers), options);
  return addDocumentToGroup(groupRootOf(groupUrl), { title: options.title, creator: options.ownerWebId, visibility: 'membersOnly', content: { contentUrl: resourceUrl } }, options);
}
