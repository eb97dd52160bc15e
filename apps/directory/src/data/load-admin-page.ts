import { getCurrency, getGroup, type Currency, type Group, type JoinRequest, type LoadFailure } from '@mutua/core';
import { getJoinRequests, getMemberDetails, processLeaveRequests, type LeaveRequest } from '../core-api.internal.js';
import { loadGroupPage, type GroupMemberRow } from './load-group-page.js';
import type { DirectoryGroup } from './directory-group.js';
import { mapLimited } from './map-limited.js';

/** A pending request with the applicant's name, for the admin screen. */
export interface PendingRequest {
  readonly request: JoinRequest;
  readonly name: string;
}

/** A Leave the admin's app could not act on alone (unsigned), with the member's name. */
export interface PendingLeave {
  readonly leave: LeaveRequest;
  readonly name: string;
}

/** What the admin screen shows: pending requests, members with roles and limits, the currency for amounts. */
export interface AdminPage {
  readonly group: Group;
  readonly currency: Currency;
  readonly requests: readonly PendingRequest[];
  /** Members whose signed Leave was just carried out by opening this screen (their WebIDs and names). */
  readonly departed: readonly { readonly webId: string; readonly name: string }[];
  /** Unsigned Leaves, for the admin to confirm. */
  readonly leaves: readonly PendingLeave[];
  readonly members: readonly GroupMemberRow[];
  readonly errors: readonly LoadFailure[];
}

/**
 * Opening the admin screen first carries out the Leaves their members signed (ACLs, record,
 * notification: no click needed), then reads the pending join requests and remaining Leaves
 * (admins only, from the inbox) and the members with their limits.
 */
export async function loadAdminPage(known: DirectoryGroup, options: { fetch: typeof globalThis.fetch; signal?: AbortSignal }): Promise<AdminPage> {
  const group = await getGroup(known.group.url, options);
  // A failure here must not hide the join requests: it is reported and retried on the next load.
  const processed = await processLeaveRequests(group.url, options).catch((error: unknown) => ({ removed: [], unconfirmed: [], errors: [{ url: group.url, error: error as Error }] }));
  const [currency, inbox, page] = await Promise.all([getCurrency(group.currency, options), getJoinRequests(group.url, options), loadGroupPage(group.url, known, options)]);
  const people = [...inbox.requests.map((r) => r.applicant), ...processed.unconfirmed.map((l) => l.member), ...processed.removed];
  const found = await mapLimited(people, 6, (webId) => getMemberDetails(webId, options));
  const nameOf = (index: number, webId: string): string => {
    const result = found[index]!;
    return result.status === 'fulfilled' && result.value.name ? result.value.name : webId;
  };
  const requests = inbox.requests.map((request, index): PendingRequest => ({ request, name: nameOf(index, request.applicant) }));
  const offset = inbox.requests.length;
  const leaves = processed.unconfirmed.map((leave, index): PendingLeave => ({ leave, name: nameOf(offset + index, leave.member) }));
  const departed = processed.removed.map((webId, index) => ({ webId, name: nameOf(offset + leaves.length + index, webId) }));
  return { group, currency, requests, departed, leaves, members: page.members ?? [], errors: [...processed.errors, ...inbox.errors, ...page.errors] };
}
