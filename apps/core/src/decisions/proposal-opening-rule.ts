import { DataFactory, type Quad } from 'n3';
import { updateAclDocument } from '../access/acl-document.internal.js';
import {
  ACL,
  ACL_AGENT,
  ACL_AUTHORIZATION,
  ACL_DEFAULT,
  ACL_MODE,
  RDF_TYPE,
  RULE,
} from '../access/acl-terms.internal.js';
import { getGroupAgents } from '../access/get-group-agents.js';
import { groupAclQuads } from '../access/group-acl-quads.js';
import { aclUrlOf } from '../access/group-acl-targets.js';
import type { GroupAgents } from '../access/group-agents.js';
import { groupLayout } from '../groups/group-layout.js';
import { saveGroupProfile } from '../groups/save-group-profile.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { Group } from '../records/types/group.js';
import type { ProposalOpeners } from './open-proposal-in-group.js';

const { namedNode, quad } = DataFactory;

/** The group's rule for who opens proposals, from its profile (absent: every member). */
export function getProposalOpeners(group: Pick<Group, 'onlyAdminsOpenProposals'>): ProposalOpeners {
  return group.onlyAdminsOpenProposals === true ? 'admins' : 'members';
}

/**
 * The ACL of a group's `decisions/` container under a rule. Under 'members' it is the shared
 * policy's (members read and append everywhere, so anyone opens a proposal). Under 'admins'
 * members keep Read on the container but Append only inside it (acl:default without
 * acl:accessTo): creating `decisions/<id>/` needs Append on `decisions/` itself, so the server
 * refuses a member's new proposal while their votes and comments on existing ones still land.
 */
export function decisionsAclQuads(
  aclUrl: string,
  target: string,
  agents: GroupAgents,
  openers: ProposalOpeners,
): Quad[] {
  const base = groupAclQuads(aclUrl, target, 'decisions', agents);
  if (openers === 'members') return base;
  const members = namedNode(`${aclUrl}#${RULE.member}`);
  const appendMode = namedNode(`${ACL}Append`);
  const readOnly = base.filter(
    (q) => !(q.subject.equals(members) && q.predicate.value === ACL_MODE && q.object.equals(appendMode)),
  );
  const within = namedNode(`${aclUrl}#${RULE.memberWithin}`);
  return [
    ...readOnly,
    quad(within, namedNode(RDF_TYPE), namedNode(ACL_AUTHORIZATION)),
    quad(within, namedNode(ACL_DEFAULT), namedNode(target)),
    quad(within, namedNode(ACL_MODE), appendMode),
    ...agents.members.map((webId) => quad(within, namedNode(ACL_AGENT), namedNode(webId))),
  ];
}

/**
 * Sets who may open proposals in a group: rewrites the ACL of `decisions/` so the server
 * enforces it, then stores the rule in the group's profile. Needs acl:Control (an admin or the
 * group's account). The rule names are the usual ones, so membership changes
 * (`setAgentAccess`) keep both member rules current.
 */
export async function setProposalOpeners(
  root: string,
  openers: ProposalOpeners,
  options: PodRequestOptions = {},
): Promise<Group> {
  const layout = groupLayout(root);
  const agents = await getGroupAgents(root, options);
  const aclUrl = aclUrlOf(layout.decisions);
  await updateAclDocument(aclUrl, () => decisionsAclQuads(aclUrl, layout.decisions, agents, openers), options);
  return saveGroupProfile(layout.group, { onlyAdminsOpenProposals: openers === 'admins' }, options);
}
