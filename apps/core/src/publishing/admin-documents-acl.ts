import { DataFactory, type Quad } from 'n3';
import { updateAclDocument } from '../access/acl-document.internal.js';
import { ACL, ACL_ACCESS_TO, ACL_AGENT, ACL_AUTHORIZATION, ACL_DEFAULT, ACL_MODE, RDF_TYPE, RULE } from '../access/acl-terms.internal.js';
import { getGroupAgents } from '../access/get-group-agents.js';
import { aclUrlOf } from '../access/group-acl-targets.js';
import { ensureContainer } from '../pod/create-container.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { publishingLayout } from './publishing-layout.js';

const { namedNode, quad } = DataFactory;

/** The ACL of the admins-only documents container: the pod owner and the admins, nobody else. */
export function adminDocumentsAclQuads(aclUrl: string, target: string, owner: string, admins: readonly string[]): Quad[] {
  const rule = (name: string, agents: readonly string[]): Quad[] => {
    const subject = namedNode(`${aclUrl}#${name}`);
    return [
      quad(subject, namedNode(RDF_TYPE), namedNode(ACL_AUTHORIZATION)),
      quad(subject, namedNode(ACL_ACCESS_TO), namedNode(target)),
      quad(subject, namedNode(ACL_DEFAULT), namedNode(target)),
      ...['Read', 'Write', 'Control'].map((mode) => quad(subject, namedNode(ACL_MODE), namedNode(`${ACL}${mode}`))),
      ...agents.map((agent) => quad(subject, namedNode(ACL_AGENT), namedNode(agent))),
    ];
  };
  // Same rule names as the group's other ACLs, so membership changes that rewrite #admins can include it.
  return [...rule(RULE.owner, [owner]), ...rule(RULE.admin, admins)];
}

/**
 * Makes `documents/admins/` exist and readable only by the group's owner and current admins
 * (read from the root ACL, so it needs Control: the group account or an admin). Without its
 * own ACL it would inherit the members' read access from `documents/`.
 */
export async function ensureAdminDocumentsAcl(root: string, options: PodRequestOptions = {}): Promise<void> {
  const target = publishingLayout(root).adminDocuments;
  const [agents] = await Promise.all([getGroupAgents(root, options), ensureContainer(target, options)]);
  const aclUrl = aclUrlOf(target);
  const wanted = adminDocumentsAclQuads(aclUrl, target, agents.owner, agents.admins);
  await updateAclDocument(
    aclUrl,
    (current) => (current && current.length === wanted.length && wanted.every((q) => current.some((c) => c.equals(q))) ? null : wanted),
    options,
  );
}
