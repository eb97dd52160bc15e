import { DataFactory, type Quad } from 'n3';
import {
  ACL,
  ACL_ACCESS_TO,
  ACL_AGENT,
  ACL_AUTHORIZATION,
  ACL_DEFAULT,
  ACL_MODE,
  RDF_TYPE,
  RULE,
} from '../access/acl-terms.internal.js';
import type { GroupAgents } from '../access/group-agents.js';

const { namedNode, quad } = DataFactory;

/**
 * The ACL of `ledger/requests/`: owner and admins control it; members read it, and append to
 * it (file a pending transfer) only when `membersMayFile`. The rule names are the
 * group's usual ones, so membership changes (`setAgentAccess`) keep the lists current.
 */
export function requestsAclQuads(aclUrl: string, target: string, agents: GroupAgents, membersMayFile: boolean): Quad[] {
  const authorization = (name: string, modes: readonly string[], who: readonly string[]): Quad[] => {
    const subject = namedNode(`${aclUrl}#${name}`);
    return [
      quad(subject, namedNode(RDF_TYPE), namedNode(ACL_AUTHORIZATION)),
      quad(subject, namedNode(ACL_ACCESS_TO), namedNode(target)),
      quad(subject, namedNode(ACL_DEFAULT), namedNode(target)),
      ...modes.map((mode) => quad(subject, namedNode(ACL_MODE), namedNode(`${ACL}${mode}`))),
      ...who.map((agent) => quad(subject, namedNode(ACL_AGENT), namedNode(agent))),
    ];
  };
  const control = ['Read', 'Write', 'Control'];
  return [
    ...authorization(RULE.owner, control, [agents.owner]),
    ...authorization(RULE.admin, control, agents.admins),
    ...authorization(RULE.member, membersMayFile ? ['Read', 'Append'] : ['Read'], agents.members),
  ];
}
