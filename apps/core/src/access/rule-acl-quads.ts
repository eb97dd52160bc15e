import { DataFactory, type Quad } from 'n3';
import { ACL_AGENT, ACL_AGENT_CLASS, FOAF_AGENT, RULE } from './acl-terms.internal.js';
import type { AccessMode } from './group-access-policy.js';
import { authorizationQuads } from './group-acl-quads.js';
import type { GroupAgents } from './group-agents.js';

const { namedNode, quad } = DataFactory;

/**
 * The ACL of a container whose members' modes follow a group rule (news posts, payment
 * requests): owner and admins control it, members get `memberModes`, anyone reads it when
 * `isPublic`. The rule names are the group's usual ones, so membership changes
 * (`setAgentAccess`) keep the lists current.
 */
export function ruleAclQuads(
  aclUrl: string,
  target: string,
  agents: GroupAgents,
  memberModes: readonly AccessMode[],
  isPublic = false,
): Quad[] {
  const agentsOf = (list: readonly string[]) => (subject: ReturnType<typeof namedNode>) =>
    list.map((webId) => quad(subject, namedNode(ACL_AGENT), namedNode(webId)));
  const control: AccessMode[] = ['Read', 'Write', 'Control'];
  return [
    ...authorizationQuads(aclUrl, RULE.owner, target, agentsOf([agents.owner]), control),
    ...authorizationQuads(aclUrl, RULE.admin, target, agentsOf(agents.admins), control),
    ...authorizationQuads(aclUrl, RULE.member, target, agentsOf(agents.members), memberModes),
    ...(isPublic
      ? authorizationQuads(
          aclUrl,
          RULE.public,
          target,
          (s) => [quad(s, namedNode(ACL_AGENT_CLASS), namedNode(FOAF_AGENT))],
          ['Read'],
        )
      : []),
  ];
}
