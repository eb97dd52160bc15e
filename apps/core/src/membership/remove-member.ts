import { setAgentAccess } from '../access/set-agent-access.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { saveMembership, type Membership } from '../records/types/membership.js';
import { AS_REMOVE } from './activity-terms.internal.js';
import { assertNotLastAdmin, readMembership } from './member-changes.internal.js';
import { notify, timestamp } from './notify.js';

/** Options for removing a member: whether to notify them (default yes). */
export interface RemoveMemberOptions extends PodRequestOptions {
  readonly notify?: boolean;
  readonly now?: Date;
}

/**
 * Removes a member (admins only). Access is revoked on the server first, so the member is
 * refused from the very next request; then the record is marked removed with an end date (kept,
 * because the ledger still refers to the member) and the member is notified with an
 * ActivityStreams Remove.
 */
export async function removeMember(
  groupUrl: string,
  memberWebId: string,
  options: RemoveMemberOptions = {},
): Promise<Membership> {
  const { root, membership } = await readMembership(groupUrl, memberWebId, options);
  if (membership.role === 'admin') await assertNotLastAdmin(root, memberWebId, 'Removing an admin of', options);
  await setAgentAccess(root, memberWebId, null, options);
  // The end date bounds the membership for the ledger: transfers after it are not the member's to make.
  const removed =
    membership.status === 'removed'
      ? membership
      : await saveMembership({ ...membership, status: 'removed', endDate: timestamp(options.now) }, options);
  if (options.notify !== false) {
    await notify(
      memberWebId,
      {
        type: AS_REMOVE,
        actor: groupUrl,
        object: memberWebId,
        target: groupUrl,
        summary: 'You are no longer a member of this group.',
        published: timestamp(options.now),
      },
      options,
    );
  }
  return removed;
}
