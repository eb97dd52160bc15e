import { createGroup, type GroupSetup } from '../../../apps/core/src/groups/create-group.js';
import { approveJoinRequest } from '../../../apps/core/src/membership/decide-join-request.js';
import { requestToJoin } from '../../../apps/core/src/membership/request-to-join.js';
import { groupLayout, type GroupLayout } from '../../../apps/core/src/groups/group-layout.js';
import { getAccount, getAuthenticatedFetch, getPodServer } from '../../support/pod.js';
import { createTestAccount, type TestAccount } from './create-test-account.js';

/** A fresh group on its own pod, created through Mutua's code, with an admin logged in as themselves. */
export interface TestGroup {
  pod: TestAccount;
  layout: GroupLayout;
  admin: { webId: string; fetch: typeof fetch };
}

/** The setup every test group starts from. */
export function testGroupSetup(owner: string, creator: string): GroupSetup {
  return {
    owner,
    creator,
    profile: { name: 'Test exchange', description: 'A group made by a test.', languages: ['en', 'fr'], defaultVotingMethod: 'consent', defaultQuorum: '0.3' },
    currency: { name: 'Test hours', symbol: 'TH', decimals: 2, defaultMinimumBalance: -5000, defaultMaximumBalance: 20000, referenceRate: '1.0' },
    categories: { labels: { en: 'Categories' }, categories: [{ id: 'food', labels: { en: 'Food', fr: 'Alimentation' } }, { id: 'bread', labels: { en: 'Bread' }, broader: 'food' }] },
  };
}

/** Creates a group pod and a group in it, with `adminName` (a seeded account) as its creator and admin. */
export async function createTestGroup(prefix: string, adminName: string): Promise<TestGroup> {
  const pod = await createTestAccount(getPodServer().baseUrl, prefix);
  const admin = { webId: getAccount(adminName).webId, fetch: await getAuthenticatedFetch(adminName) };
  await createGroup(pod.podUrl, testGroupSetup(pod.webId, admin.webId), { fetch: pod.agent.fetch });
  return { pod, layout: groupLayout(pod.podUrl), admin };
}

/** Makes a seeded account a member through the real flow: their own join request, approved by the admin. */
export async function joinThroughRequest(group: TestGroup, name: string): Promise<void> {
  const request = await requestToJoin(group.layout.group, { applicant: getAccount(name).webId, message: 'Hello' }, { fetch: await getAuthenticatedFetch(name) });
  await approveJoinRequest(request.url, { fetch: group.admin.fetch });
}
