import { DataFactory, type Quad } from 'n3';
import { GROUP_ACCESS_POLICY, type AccessMode, type GroupResourceKind, type PolicyAudience } from './group-access-policy.js';
import type { GroupAgents } from './group-agents.js';
import {
  ACL,
  ACL_ACCESS_TO,
  ACL_AGENT,
  ACL_AGENT_CLASS,
  ACL_AUTHENTICATED_AGENT,
  ACL_AUTHORIZATION,
  ACL_DEFAULT,
  ACL_MODE,
  FOAF_AGENT,
  RDF_TYPE,
  RULE,
} from './acl-terms.internal.js';

const { namedNode, quad } = DataFactory;

/** One named authorization: `who` gets `modes` on `target` and, for a container, everything in it. */
export function authorizationQuads(aclUrl: string, name: string, target: string, who: Quad[] | ((subject: ReturnType<typeof namedNode>) => Quad[]), modes: readonly AccessMode[]): Quad[] {
  const subject = namedNode(`${aclUrl}#${name}`);
  const quads = [quad(subject, namedNode(RDF_TYPE), namedNode(ACL_AUTHORIZATION)), quad(subject, namedNode(ACL_ACCESS_TO), namedNode(target))];
  // acl:default makes the rule apply to everything in a container that has no ACL of its own.
  if (target.endsWith('/')) quads.push(quad(subject, namedNode(ACL_DEFAULT), namedNode(target)));
  for (const mode of modes) quads.push(quad(subject, namedNode(ACL_MODE), namedNode(`${ACL}${mode}`)));
  return [...quads, ...(typeof who === 'function' ? who(subject) : who)];
}

/**
 * The full ACL document for one group resource: the owner's rule, then one rule per audience
 * of the policy row. Admins and members are listed one by one as acl:agent (not acl:agentGroup),
 * so that revoking is a rewrite of this document and takes effect on the next request.
 */
export function groupAclQuads(aclUrl: string, target: string, kind: GroupResourceKind, agents: GroupAgents): Quad[] {
  const policy = GROUP_ACCESS_POLICY[kind];
  const agentsOf = (list: readonly string[]) => (subject: ReturnType<typeof namedNode>) => list.map((webId) => quad(subject, namedNode(ACL_AGENT), namedNode(webId)));
  const quads = authorizationQuads(aclUrl, RULE.owner, target, agentsOf([agents.owner]), ['Read', 'Write', 'Control']);
  const audiences: [PolicyAudience, (subject: ReturnType<typeof namedNode>) => Quad[]][] = [
    ['admin', agentsOf(agents.admins)],
    ['member', agentsOf(agents.members)],
    ['authenticated', (s) => [quad(s, namedNode(ACL_AGENT_CLASS), namedNode(ACL_AUTHENTICATED_AGENT))]],
    ['public', (s) => [quad(s, namedNode(ACL_AGENT_CLASS), namedNode(FOAF_AGENT))]],
  ];
  for (const [audience, who] of audiences) {
    const modes = policy[audience];
    if (modes) quads.push(...authorizationQuads(aclUrl, RULE[audience], target, who, modes));
  }
  return quads;
}
