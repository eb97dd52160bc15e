import { DataFactory, type Quad } from 'n3';
import { ACL_AGENT, RULE } from '../access/acl-terms.internal.js';
import { authorizationQuads } from '../access/group-acl-quads.js';
import type { GroupAgents } from '../access/group-agents.js';

const { namedNode, quad } = DataFactory;

/**
 * The ACL of `ledger-settings/`: members read; admins read and append (add a record) but hold no
 * Write, so the server refuses anyone's PUT over, PATCH or DELETE of a past record. Admins keep
 * Control because approving and removing members rewrites this document (memberListAclUrls).
 */
export function settingsAclQuads(aclUrl: string, target: string, agents: GroupAgents): Quad[] {
  const agentsOf = (list: readonly string[]) => (subject: ReturnType<typeof namedNode>) =>
    list.map((webId) => quad(subject, namedNode(ACL_AGENT), namedNode(webId)));
  return [
    ...authorizationQuads(aclUrl, RULE.owner, target, agentsOf([agents.owner]), ['Read', 'Write', 'Control']),
    ...authorizationQuads(aclUrl, RULE.admin, target, agentsOf(agents.admins), ['Read', 'Append', 'Control']),
    ...authorizationQuads(aclUrl, RULE.member, target, agentsOf(agents.members), ['Read']),
  ];
}
