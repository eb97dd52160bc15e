import { getCurrency, getGroup, type Currency, type Group, type JoinRequest, type LoadFailure } from '@mutua/core';
import { getJoinRequests, getMemberDetails } from '../core-api.internal.js';
import { loadGroupPage, type GroupMemberRow } from './load-group-page.js';
import type { DirectoryGroup } from './directory-group.js';
import { mapLimited } from './map-limited.js';

/** A pending request with the applicant's name, for the admin screen. */
export interface PendingRequest {
  readonly request: JoinRequest;
  readonly name: string;
}

/** What the admin screen shows: pending requests, members with roles and limits, the currency for amounts. */
export interface AdminPage {
  readonly group: Group;
  readonly currency: Currency;
  readonly requests: readonly PendingRequest[];
  readonly members: readonly GroupMemberRow[];
  readonly errors: readonly LoadFailure[];
}

/** Reads the group's pending join requests (admins only, from its inbox) and its members with their limits. */
export async function loadAdminPage(known: DirectoryGroup, options: { fetch: typeof globalThis.fetch; signal?: AbortSignal }): Promise<AdminPage> {
  const group = await getGroup(known.group.url, options);
  const [currency, inbox, page] = await Promise.all([getCurrency(group.currency, options), getJoinRequests(group.url, options), loadGroupPage(group.url, known, options)]);
  const names = await mapLimited(inbox.requests, 6, (r) => getMemberDetails(r.applicant, options));
  const requests = inbox.requests.map((request, index): PendingRequest => {
    const found = names[index]!;
    return { request, name: found.status === 'fulfilled' && found.value.name ? found.value.name : request.applicant };
  });
  return { group, currency, requests, members: page.members ?? [], errors: [...inbox.errors, ...page.errors] };
}
