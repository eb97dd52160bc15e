import { getLedgerActor, type LedgerActor } from '../../../apps/core/src/ledger/ledger-actor.js';
import { openGroupLedger, type GroupLedger } from '../../../apps/core/src/ledger/group-ledger.js';
import { approveJoinRequest } from '../../../apps/core/src/membership/decide-join-request.js';
import { requestToJoin } from '../../../apps/core/src/membership/request-to-join.js';
import { onboardMember } from '../../../apps/core/src/onboarding/onboard-member.js';
import { getAccount, getAuthenticatedFetch, getPodServer } from '../../support/pod.js';
import { createTestAccount } from '../groups/create-test-account.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from '../groups/test-group.js';

/** A seeded demo member (onboarded, so with a signing key and an inbox) acting in a test group. */
export interface LedgerMember {
  readonly name: string;
  readonly webId: string;
  readonly fetch: typeof fetch;
  readonly actor: LedgerActor;
}

/** A fresh group pod whose ledger is empty, its admin and some members, all logged in as themselves. */
export interface LedgerGroup {
  readonly group: TestGroup;
  readonly url: string;
  readonly admin: LedgerMember;
  readonly members: Readonly<Record<string, LedgerMember>>;
}

/** A seeded account as a ledger actor (key read from its own pod). */
export async function ledgerMember(name: string): Promise<LedgerMember> {
  const fetch = await getAuthenticatedFetch(name);
  const { webId } = getAccount(name);
  return { name, webId, fetch, actor: await getLedgerActor(webId, { fetch }) };
}

/** Creates a test group administered by `adminName` with `memberNames` joined through the real request flow. */
export async function createLedgerGroup(
  prefix: string,
  adminName: string,
  memberNames: readonly string[],
): Promise<LedgerGroup> {
  const group = await createTestGroup(prefix, adminName);
  for (const name of memberNames) await joinThroughRequest(group, name);
  const [admin, ...members] = await Promise.all([adminName, ...memberNames].map(ledgerMember));
  return {
    group,
    url: group.layout.group,
    admin: admin as LedgerMember,
    members: Object.fromEntries(members.map((m) => [m.name, m])),
  };
}

/**
 * A new account made for the test, onboarded (signing key, inbox) and joined to `group` through
 * the real request flow: for runs that need more members than the demo seed has.
 */
export async function newLedgerMember(group: LedgerGroup, prefix: string): Promise<LedgerMember> {
  const account = await createTestAccount(getPodServer().baseUrl, prefix);
  const { fetch } = account.agent;
  await onboardMember(account.webId, { name: account.name, note: 'Made by a ledger test.', skills: [] }, { fetch });
  const request = await requestToJoin(group.url, { applicant: account.webId, message: 'Hello' }, { fetch });
  await approveJoinRequest(request.url, { fetch: group.group.admin.fetch });
  return { name: account.name, webId: account.webId, fetch, actor: await getLedgerActor(account.webId, { fetch }) };
}

/** The ledger as `member` reads it now. */
export function openAs(group: LedgerGroup, member: LedgerMember): Promise<GroupLedger> {
  return openGroupLedger(group.url, { fetch: member.fetch });
}

/** A fetch that counts the requests it sends (to measure what one operation costs). */
export function countingFetch(inner: typeof fetch): { fetch: typeof fetch; count: () => number; urls: string[] } {
  const urls: string[] = [];
  const counted = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(`${init?.method ?? 'GET'} ${input instanceof Request ? input.url : String(input)}`);
    return inner(input, init);
  }) as typeof fetch;
  return { fetch: counted, count: () => urls.length, urls };
}
