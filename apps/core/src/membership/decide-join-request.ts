import { setAgentAccess } from '../access/set-agent-access.js';
import { ConflictError } from '../errors/conflict-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { groupRootOf } from '../groups/group-layout.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { getJoinRequest, saveJoinRequest, type JoinRequest } from '../records/types/join-request.js';
import { getMembership, saveMembership, type Membership } from '../records/types/membership.js';
import { AS_ACCEPT, AS_REJECT } from './activity-terms.internal.js';
import { membershipUrlFor } from './membership-url.js';
import { notify, timestamp } from './notify.js';

/** Options for deciding on a join request. */
export interface DecideOptions extends PodRequestOptions {
  readonly now?: Date;
}

/** What approving did: the active membership, and where the applicant was notified (null: no inbox). */
export interface Approval {
  readonly membership: Membership;
  readonly request: JoinRequest;
  readonly notification: string | null;
}

async function pending(request: JoinRequest | string, options: PodRequestOptions): Promise<JoinRequest> {
  const current = await getJoinRequest(typeof request === 'string' ? request : request.url, options);
  if (current.status !== 'pending')
    throw new ConflictError('Deciding on join request', current.url, `it is already ${current.status}`);
  return current;
}

/**
 * Approves a join request (admins, with their own WebID): writes the membership record
 * (active, role member), grants the member access in every ACL of the group, marks the request
 * accepted and notifies the member's inbox with an ActivityStreams Accept. A previously
 * removed member is reactivated in the same record: the end date goes and the first start
 * stays, so the ledger keeps counting the transfers of their earlier membership.
 */
export async function approveJoinRequest(
  request: JoinRequest | string,
  options: DecideOptions = {},
): Promise<Approval> {
  const current = await pending(request, options);
  const root = groupRootOf(current.group);
  const url = await membershipUrlFor(root, current.applicant);
  let existing: Membership | undefined;
  try {
    existing = await getMembership(url, options);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const base = {
    url,
    group: current.group,
    member: current.applicant,
    role: 'member' as const,
    status: 'active' as const,
    startDate: timestamp(options.now),
  };
  const membership = await saveMembership(existing ? rejoined(existing, base) : base, options);
  await setAgentAccess(root, current.applicant, membership.role, options);
  const decided = await saveJoinRequest({ ...current, status: 'accepted' }, options);
  const notification = await notify(
    current.applicant,
    {
      type: AS_ACCEPT,
      actor: current.group,
      object: current.url,
      target: current.group,
      summary: 'Your request to join was accepted.',
      published: timestamp(options.now),
    },
    options,
  );
  return { membership, request: decided, notification };
}

/** Declines a join request (admins): marks it declined and notifies the applicant with an ActivityStreams Reject. */
export async function declineJoinRequest(
  request: JoinRequest | string,
  options: DecideOptions = {},
): Promise<{ request: JoinRequest; notification: string | null }> {
  const current = await pending(request, options);
  const decided = await saveJoinRequest({ ...current, status: 'declined' }, options);
  const notification = await notify(
    current.applicant,
    {
      type: AS_REJECT,
      actor: current.group,
      object: current.url,
      target: current.group,
      summary: 'Your request to join was declined.',
      published: timestamp(options.now),
    },
    options,
  );
  return { request: decided, notification };
}

/** A removed member's record, active again: same role and first start, no end. */
function rejoined(existing: Membership, base: Omit<Membership, 'etag'>): Membership {
  const { endDate: _ended, ...kept } = existing;
  return { ...kept, ...base, role: existing.role, startDate: existing.startDate };
}
