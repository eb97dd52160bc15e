import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLeaveRequests } from '../../../apps/core/src/membership/get-leave-requests.js';
import { leaveGroup } from '../../../apps/core/src/membership/leave-group.js';
import { membershipUrlFor } from '../../../apps/core/src/membership/membership-url.js';
import { confirmLeaveRequest, processLeaveRequests } from '../../../apps/core/src/membership/process-leave-requests.js';
import { getSigningKey } from '../../../apps/core/src/onboarding/signing-key.js';
import { getMembership } from '../../../apps/core/src/records/types/membership.js';
import { getProfile, saveProfile } from '../../../apps/core/src/records/types/profile.js';
import { getAccount, getAuthenticatedFetch } from '../../support/pod.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from './test-group.js';

let group: TestGroup;

const status = async (as: typeof fetch, url: string): Promise<number> => (await as(url, { headers: { accept: 'text/turtle' } })).status;
const membersOnly = () => [group.layout.marketplace, group.layout.members, group.layout.ledger, group.layout.decisions, group.layout.documents];
const statuses = async (as: typeof fetch) => Promise.all(membersOnly().map((url) => status(as, url)));

beforeAll(async () => {
  group = await createTestGroup('leaving', 'ines');
  await Promise.all([joinThroughRequest(group, 'kofi'), joinThroughRequest(group, 'camille')]);
}, 120_000);

afterAll(async () => {
  await group.pod.agent.logout();
});

describe('leaveGroup and processLeaveRequests', () => {
  it('revoke a leaving member’s access as soon as an admin’s app reads the group’s requests', async () => {
    const kofi = { webId: getAccount('kofi').webId, fetch: await getAuthenticatedFetch('kofi') };
    const profile = await getProfile(kofi.webId, { fetch: kofi.fetch });
    await saveProfile({ ...profile, memberOf: [...profile.memberOf, group.layout.group] }, { fetch: kofi.fetch });
    expect(await statuses(kofi.fetch)).toEqual(membersOnly().map(() => 200));

    const left = await leaveGroup(group.layout.group, kofi.webId, { fetch: kofi.fetch });
    expect(left.signed).toBe(true);
    expect(left.profileUpdated).toBe(true);
    // The member's own apps stop using the group at once.
    expect((await getProfile(kofi.webId, { fetch: kofi.fetch })).memberOf).not.toContain(group.layout.group);
    expect((await getLeaveRequests(group.layout.group, { fetch: group.admin.fetch })).map((l) => [l.member, l.verified])).toEqual([[kofi.webId, true]]);

    // What the admin's app does whenever it opens the group: no click needed.
    const processed = await processLeaveRequests(group.layout.group, { fetch: group.admin.fetch });
    expect(processed.removed).toEqual([kofi.webId]);
    expect(await statuses(kofi.fetch)).toEqual(membersOnly().map(() => 403));
    expect((await getMembership(await membershipUrlFor(group.layout.root, kofi.webId), { fetch: group.admin.fetch })).status).toBe('removed');
    expect(await getLeaveRequests(group.layout.group, { fetch: group.admin.fetch })).toEqual([]);
  });

  it('never acts alone on a Leave its member did not sign, but lets an admin confirm it', async () => {
    const camille = { webId: getAccount('camille').webId, fetch: await getAuthenticatedFetch('camille') };
    const gael = { account: getAccount('gael'), fetch: await getAuthenticatedFetch('gael') };
    const gaelKey = await getSigningKey(gael.account.podUrl, { fetch: gael.fetch });
    expect(gaelKey).not.toBeNull();
    // Anyone logged in may append to the inbox: an unsigned Leave, and one signed with someone else's key.
    await leaveGroup(group.layout.group, camille.webId, { fetch: gael.fetch, signer: null });
    await leaveGroup(group.layout.group, camille.webId, { fetch: gael.fetch, signer: { keyId: gaelKey!.keyId, privateKey: gaelKey!.privateKey } });

    const processed = await processLeaveRequests(group.layout.group, { fetch: group.admin.fetch });
    expect(processed.removed).toEqual([]);
    expect(processed.unconfirmed.map((l) => [l.member, l.verified])).toEqual([
      [camille.webId, false],
      [camille.webId, false],
    ]);
    expect(await statuses(camille.fetch)).toEqual(membersOnly().map(() => 200));

    expect(await confirmLeaveRequest(processed.unconfirmed[0]!, group.layout.group, { fetch: group.admin.fetch })).toBe(true);
    expect(await statuses(camille.fetch)).toEqual(membersOnly().map(() => 403));
    // The second Leave is now about someone who is no longer a member: confirming only clears it.
    expect(await confirmLeaveRequest(processed.unconfirmed[1]!, group.layout.group, { fetch: group.admin.fetch })).toBe(false);
    expect(await getLeaveRequests(group.layout.group, { fetch: group.admin.fetch })).toEqual([]);
  });
});
