import { NotFoundError } from '../errors/not-found-error.js';
import type { LoadFailure, LoadOptions } from '../loader/load-options.js';
import { deleteResource } from '../pod/delete-resource.js';
import { getLeaveRequests, type LeaveRequest } from './get-leave-requests.js';
import { readMembership } from './member-changes.internal.js';
import { removeMember } from './remove-member.js';

/** What handling the Leave requests did. */
export interface ProcessedLeaves {
  /** Members whose access was revoked (their Leave was signed by them). */
  readonly removed: readonly string[];
  /** Unsigned Leaves, kept for an admin to confirm (`confirmLeaveRequest`) or dismiss. */
  readonly unconfirmed: readonly LeaveRequest[];
  /** Leaves that could not be acted on (e.g. the group's last admin leaving), kept in the inbox for the next run. */
  readonly errors: readonly LoadFailure[];
}

/**
 * Acts on a Leave (admins): removes the member with `removeMember` semantics (ACLs first,
 * then the membership record marked removed, then a notification), then deletes the Leave
 * from the inbox. A Leave from someone who is no longer an active member, or one sent before
 * their current membership started, is just deleted. Returns whether a member was removed.
 */
export async function confirmLeaveRequest(leave: LeaveRequest, groupUrl: string, options: LoadOptions & { readonly now?: Date } = {}): Promise<boolean> {
  let active = false;
  try {
    const { membership } = await readMembership(groupUrl, leave.member, options);
    // A Leave older than the membership (sent before the member rejoined) is stale.
    active = membership.status === 'active' && (leave.published === null || leave.published >= membership.startDate);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  if (active) await removeMember(groupUrl, leave.member, options);
  await deleteResource(leave.url, options).catch((error: unknown) => {
    if (!(error instanceof NotFoundError)) throw error;
  });
  return active;
}

/**
 * Runs in every admin's app whenever it reads the group's pending requests, so that a Leave
 * takes effect without anyone clicking: each Leave signed by the leaving member's own key is
 * carried out (`confirmLeaveRequest`); unsigned ones are returned for an admin to confirm.
 * Access therefore ends the next time any admin's app opens the group: with no server-side
 * agent, nobody else holds the acl:Control that revoking needs.
 */
export async function processLeaveRequests(groupUrl: string, options: LoadOptions & { readonly now?: Date } = {}): Promise<ProcessedLeaves> {
  const leaves = await getLeaveRequests(groupUrl, options);
  const removed: string[] = [];
  const errors: LoadFailure[] = [];
  for (const leave of leaves.filter((l) => l.verified)) {
    try {
      if (await confirmLeaveRequest(leave, groupUrl, options)) removed.push(leave.member);
    } catch (error) {
      // E.g. the last admin cannot leave before promoting someone (ConflictError), or another
      // admin's app handled the same Leave at once: keep the Leave, say why, try the rest.
      errors.push({ url: leave.url, error: error as Error });
    }
  }
  return { removed, unconfirmed: leaves.filter((l) => !l.verified), errors };
}

/** Deletes a Leave without acting on it (admins), e.g. one the member says they never sent. */
export async function dismissLeaveRequest(leave: LeaveRequest, options: LoadOptions = {}): Promise<void> {
  await deleteResource(leave.url, options).catch((error: unknown) => {
    if (!(error instanceof NotFoundError)) throw error;
  });
}
