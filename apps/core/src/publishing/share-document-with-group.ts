import { DataFactory, type Quad } from 'n3';
import { updateAclDocument } from '../access/acl-document.internal.js';
import { ACL, ACL_ACCESS_TO, ACL_AGENT, ACL_AGENT_GROUP, ACL_AUTHORIZATION, ACL_MODE, RDF_TYPE } from '../access/acl-terms.internal.js';
import { AccessDeniedError } from '../errors/access-denied-error.js';
import { ConflictError } from '../errors/conflict-error.js';
import { groupRootOf } from '../groups/group-layout.js';
import type { LoadOptions } from '../loader/load-options.js';
import { deleteResource } from '../pod/delete-resource.js';
import { getAclUrl } from '../pod/grant-public-read.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveGroupDocument, type GroupDocument } from '../records/types/group-document.js';
import { authorSlug } from './author-posts-container.js';
import { findReadersRoster } from './group-readers.js';
import { getDocumentHistory } from './group-library.js';
import { publishingLayout } from './publishing-layout.js';

const { namedNode, quad } = DataFactory;

/** The text of the version a member appends to their link when they stop sharing. */
const WITHDRAWN = 'No longer shared with the group.';

/** Who shares, and what the group's library calls the shared document. */
export interface ShareDocumentOptions extends PodRequestOptions {
  /** The sharing member's WebID: they keep full control if the resource had no ACL yet. */
  readonly ownerWebId: string;
  readonly title: string;
}

/** The name of the rule that lets one group read a shared resource: one rule per group. */
export function shareRuleName(groupUrl: string): string {
  let hash = 0;
  for (const char of groupUrl) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `mutua-group-${hash.toString(36)}`;
}

/**
 * The ACL quads with the group's read rule replaced by one for the group's readers roster
 * (`acl:agentGroup`), or removed when `roster` is null; other rules untouched.
 */
export function withGroupReadRule(current: readonly Quad[], aclUrl: string, resourceUrl: string, groupUrl: string, roster: string | null): Quad[] {
  const subject = namedNode(`${aclUrl}#${shareRuleName(groupUrl)}`);
  const kept = current.filter((q) => !q.subject.equals(subject));
  if (roster === null) return kept;
  return [
    ...kept,
    quad(subject, namedNode(RDF_TYPE), namedNode(ACL_AUTHORIZATION)),
    quad(subject, namedNode(ACL_ACCESS_TO), namedNode(resourceUrl)),
    quad(subject, namedNode(ACL_MODE), namedNode(`${ACL}Read`)),
    quad(subject, namedNode(ACL_AGENT_GROUP), namedNode(`${roster}#readers`)),
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

/** The container of the link document for `resourceUrl` in a group's shared documents: one per resource, named by a hash of its URL. */
export async function sharedLinkContainer(root: string, resourceUrl: string): Promise<string> {
  return `${publishingLayout(root).sharedDocuments}${await authorSlug(resourceUrl)}/`;
}

/**
 * Shares a member's own resource with a group without copying it (decision 0080): the resource's
 * ACL gets one rule giving Read to the group's readers roster (`acl:agentGroup`), which every
 * membership change rewrites, so members approved later read it and removed ones no longer do;
 * then a members-only link document is appended to the group's `documents/shared/`. Any member
 * may share (members append there); the sharer must control the resource. Sharing again
 * reuses the link. Fails with NotFoundError when an admin has not set sharing up yet.
 */
export async function shareDocumentWithGroup(resourceUrl: string, groupUrl: string, options: ShareDocumentOptions): Promise<GroupDocument> {
  const root = groupRootOf(groupUrl);
  const roster = await findReadersRoster(root, options);
  if (!roster) throw new ConflictError('Sharing a document with', groupUrl, 'an admin has not set up document sharing in this group yet');
  const aclUrl = await getAclUrl(resourceUrl, options);
  await updateAclDocument(aclUrl, (current) => withGroupReadRule(current ?? ownerRule(aclUrl, resourceUrl, options.ownerWebId), aclUrl, resourceUrl, groupUrl, roster), options);
  const container = await sharedLinkContainer(root, resourceUrl);
  // Shared before (and perhaps withdrawn since): reuse the link, as a new version if withdrawn.
  // Read first: members may not replace a link, so CSS answers 403, not 412, to a second create.
  const [latest] = await getDocumentHistory(container, options);
  if (latest?.contentUrl === resourceUrl) return latest;
  const now = new Date().toISOString();
  const version = (latest?.version ?? 0) + 1;
  const link: GroupDocument = {
    url: `${container}v${version}#it`,
    title: options.title,
    creator: options.ownerWebId,
    visibility: 'membersOnly',
    version,
    ...(latest ? { replaces: latest.url } : {}),
    created: latest?.created ?? now,
    modified: now,
    contentUrl: resourceUrl,
  };
  return saveGroupDocument(link, options);
}

/**
 * Stops sharing a resource with a group: removes the group's rule from its ACL, so members are
 * refused from the next request, then takes the link out of the library: an admin deletes it;
 * a member, who may only append in `documents/shared/`, appends a version without a link,
 * which the library leaves out (`getGroupDocumentsAll`).
 */
export async function unshareDocumentFromGroup(resourceUrl: string, groupUrl: string, options: LoadOptions = {}): Promise<void> {
  const aclUrl = await getAclUrl(resourceUrl, options);
  await updateAclDocument(aclUrl, (current) => (current ? withGroupReadRule(current, aclUrl, resourceUrl, groupUrl, null) : null), options);
  const container = await sharedLinkContainer(groupRootOf(groupUrl), resourceUrl);
  const versions = await getDocumentHistory(container, options);
  const latest = versions[0];
  if (!latest?.contentUrl) return;
  try {
    for (const version of versions) await deleteResource(version.url.replace(/#.*$/, ''), options);
    await deleteResource(container, options);
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    // The shape wants text or a file link: a withdrawn link keeps a note and no link.
    const { contentUrl: _shared, ...kept } = latest;
    const withdrawn: GroupDocument = { ...kept, text: WITHDRAWN, url: `${container}v${latest.version + 1}#it`, version: latest.version + 1, replaces: latest.url, modified: new Date().toISOString() };
    await saveGroupDocument(withdrawn, options);
  }
}
