import { DataFactory, type Quad } from 'n3';
import { updateAclDocument } from '../access/acl-document.internal.js';
import { ACL_ACCESS_TO, ACL_AGENT, ACL_AGENT_CLASS, ACL_AUTHORIZATION, ACL_MODE, ACL, FOAF_AGENT, RDF_TYPE } from '../access/acl-terms.internal.js';
import { getMembers } from '../membership/get-members.js';
import { getAclUrl } from '../pod/grant-public-read.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';

const { namedNode, quad } = DataFactory;

/** Who may read an offer document besides its author. */
export type OfferReaders = { readonly kind: 'public' } | { readonly kind: 'members'; readonly groups: readonly string[] };

function rule(aclUrl: string, name: string, target: string, who: readonly (readonly [string, string])[], modes: readonly string[]): Quad[] {
  const subject = namedNode(`${aclUrl}#${name}`);
  return [
    quad(subject, namedNode(RDF_TYPE), namedNode(ACL_AUTHORIZATION)),
    quad(subject, namedNode(ACL_ACCESS_TO), namedNode(target)),
    ...who.map(([predicate, agent]) => quad(subject, namedNode(predicate), namedNode(agent))),
    ...modes.map((mode) => quad(subject, namedNode(ACL_MODE), namedNode(`${ACL}${mode}`))),
  ];
}

/**
 * The ACL of one offer document: the author keeps full control; a public offer is readable by
 * anyone; a members-only offer by the active members of the groups it is listed in, as the
 * author can read their lists now. WAC has no "members of this group" the server could check
 * without a public roster (CSS fetches acl:agentGroup documents anonymously), so the readers are
 * listed one by one and refreshed whenever the author saves or renews the offer.
 */
export async function offerReadersAcl(documentUrl: string, aclUrl: string, author: string, readers: OfferReaders, options: PodRequestOptions): Promise<Quad[]> {
  const owner = rule(aclUrl, 'owner', documentUrl, [[ACL_AGENT, author]], ['Read', 'Write', 'Control']);
  if (readers.kind === 'public') return [...owner, ...rule(aclUrl, 'public', documentUrl, [[ACL_AGENT_CLASS, FOAF_AGENT]], ['Read'])];
  const lists = await Promise.all(readers.groups.map((group) => getMembers(group, options).then((m) => m.members.map((x) => x.member)).catch(() => [] as string[])));
  const agents = [...new Set(lists.flat())].filter((agent) => agent !== author).sort();
  return agents.length === 0 ? owner : [...owner, ...rule(aclUrl, 'members', documentUrl, agents.map((a) => [ACL_AGENT, a] as const), ['Read'])];
}

/** Writes the ACL of an offer document for its readers (see offerReadersAcl), replacing what was there. */
export async function setOfferReaders(documentUrl: string, author: string, readers: OfferReaders, options: PodRequestOptions): Promise<void> {
  const aclUrl = await getAclUrl(documentUrl, options);
  const next = await offerReadersAcl(documentUrl, aclUrl, author, readers, options);
  await updateAclDocument(aclUrl, () => next, options);
}
