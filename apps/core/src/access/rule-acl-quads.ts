import { DataFactory, type Quad } from 'n3';
import type { AccessMode } from './group-access-policy.js';
import type { GroupAgents } from './group-agents.js';
import {
  ACL,
  ACL_ACCESS_TO,
  ACL_AGENT,
  ACL_AGENT_CLASS,
  ACL_AUTHORIZATION,
  ACL_DEFAULT,
  ACL_MODE,
  FOAF_AGENT,
  RDF_TYPE,
  RULE,
} from './acl-terms.internal.js';

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
  const authorization = (
    name: string,
    modes: readonly AccessMode[],
    who: Quad['object'][],
    predicate = ACL_AGENT,
  ): Quad[] => {
    const subject = namedNode(`${aclUrl}#${name}`);
    return [
      quad(subject, namedNode(RDF_TYPE), namedNode(ACL_AUTHORIZATION)),
      quad(subject, namedNode(ACL_ACCESS_TO), namedNode(target)),
      quad(subject, namedNode(ACL_DEFAULT), namedNode(target)),
      ...modes.map((mode) => quad(subject, namedNode(ACL_MODE), namedNode(`${ACL}${mode}`))),
      ...who.map((agent) => quad(subject, namedNode(predicate), agent)),
    ];
  };
  const control: AccessMode[] = ['Read', 'Write', 'Control'];
  return [
    ...authorization(RULE.owner, control, [namedNode(agents.owner)]),
    ...authorization(
      RULE.admin,
      control,
      agents.admins.map((a) => namedNode(a)),
    ),
    ...authorization(
      RULE.member,
      memberModes,
      agents.members.map((a) => namedNode(a)),
    ),
    ...(isPublic ? authorization(RULE.public, ['Read'], [namedNode(FOAF_AGENT)], ACL_AGENT_CLASS) : []),
  ];
}
