import { getGroupAgents } from '../access/get-group-agents.js';
import { ConflictError } from '../errors/conflict-error.js';
import { groupRootOf } from '../groups/group-layout.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getMembership, type Membership } from '../records/types/membership.js';
import { membershipUrlFor } from './membership-url.js';

/** The membership record of a member of a group, read fresh with its ETag. */
export async function readMembership(groupUrl: string, memberWebId: string, options: PodRequestOptions): Promise<{ root: string; membership: Membership }> {
  const root = groupRootOf(groupUrl);
  return { root, membership: await getMembership(await membershipUrlFor(root, memberWebId), options) };
}

/** Refuses a change that would leave the group without any admin (nobody could manage it any more). */
export async function assertNotLastAdmin(root: string, memberWebId: string, attempted: string, options: PodRequestOptions): Promise<void> {
  const { admins } = await getGroupAgents(root, options);
  if (admins.length === 1 && admins[0] === memberWebId) {
    throw new ConflictError(attempted, root, `${memberWebId} is the group's last admin; promote another member first`);
  }
}
