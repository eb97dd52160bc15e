import { setAgentAccess } from '../access/set-agent-access.js';
import type { GroupRole } from '../access/group-agents.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveMembership, type Membership } from '../records/types/membership.js';
import { assertNotLastAdmin, readMembership } from './member-changes.internal.js';

/**
 * Promotes a member to admin or demotes an admin to member (admins only): the server-side
 * access changes first, then the membership record. The last admin cannot be demoted.
 */
export async function setMemberRole(groupUrl: string, memberWebId: string, role: GroupRole, options: PodRequestOptions = {}): Promise<Membership> {
  const { root, membership } = await readMembership(groupUrl, memberWebId, options);
  if (membership.status !== 'active') throw new TypeError(`${memberWebId} is not an active member of ${groupUrl}`);
  if (membership.role === 'admin' && role === 'member') await assertNotLastAdmin(root, memberWebId, 'Demoting an admin of', options);
  await setAgentAccess(root, memberWebId, role, options);
  return membership.role === role ? membership : saveMembership({ ...membership, role }, options);
}
