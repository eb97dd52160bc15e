import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { ACL_AGENT, RULE } from './acl-terms.internal.js';
import { aclUrlOf } from './group-acl-targets.js';
import type { GroupAgents } from './group-agents.js';

/** Who the server currently lets in as owner, admin and member, read from the group root's ACL (needs Control). */
export async function getGroupAgents(root: string, options: PodRequestOptions = {}): Promise<GroupAgents> {
  const aclUrl = aclUrlOf(root);
  const { quads } = await getRdfResource(aclUrl, options);
  const agentsOf = (rule: string): string[] =>
    quads
      .filter((q) => q.subject.value === `${aclUrl}#${rule}` && q.predicate.value === ACL_AGENT)
      .map((q) => q.object.value)
      .sort();
  const owner = agentsOf(RULE.owner)[0];
  if (!owner) throw new TypeError(`The ACL ${aclUrl} has no #${RULE.owner} rule: it was not written by Mutua`);
  return { owner, admins: agentsOf(RULE.admin), members: agentsOf(RULE.member) };
}
