import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGroupAgents } from '../../../apps/core/src/access/get-group-agents.js';
import { AccessDeniedError } from '../../../apps/core/src/errors/access-denied-error.js';
import { ConflictError } from '../../../apps/core/src/errors/conflict-error.js';
import { approveJoinRequest, declineJoinRequest } from '../../../apps/core/src/membership/decide-join-request.js';
import { ensureMemberInbox } from '../../../apps/core/src/membership/ensure-member-inbox.js';
import { getJoinRequests } from '../../../apps/core/src/membership/get-join-requests.js';
import { getLeaveRequests } from '../../../apps/core/src/membership/get-leave-requests.js';
import { getMembers } from '../../../apps/core/src/membership/get-members.js';
import { leaveGroup } from '../../../apps/core/src/membership/leave-group.js';
import { effectiveLimits, setMemberLimits } from '../../../apps/core/src/membership/member-limits.js';
import { removeMember } from '../../../apps/core/src/membership/remove-member.js';
import { requestToJoin } from '../../../apps/core/src/membership/request-to-join.js';
import { setMemberRole } from '../../../apps/core/src/membership/set-member-role.js';
import { getCurrency } from '../../../apps/core/src/records/types/currency.js';
import { getPodServer } from '../../support/pod.js';
import { createTestAccount, type TestAccount } from './create-test-account.js';
import { createTestGroup, type TestGroup } from './test-group.js';

let group: TestGroup;
let applicant: TestAccount;
let other: TestAccount;

const read = async (as: typeof fetch, url: string): Promise<number> =>
  (await as(url, { headers: { accept: 'text/turtle' } })).status;

/** The rdf:type of the activity in a notification document. */
async function activityType(as: typeof fetch, url: string): Promise<string | undefined> {
  const quads = new Parser({ baseIRI: url }).parse(
    await (await as(url, { headers: { accept: 'text/turtle' } })).text(),
  );
  return quads.find(
    (q) => q.subject.value === `${url}#it` && q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
  )?.object.value;
}

beforeAll(async () => {
  group = await createTestGroup('membership', 'dolores');
  applicant = await createTestAccount(getPodServer().baseUrl, 'applicant');
  other = await createTestAccount(getPodServer().baseUrl, 'other');
  await ensureMemberInbox(applicant.webId, { fetch: applicant.agent.fetch });
});

afterAll(async () => {
  await Promise.all([group.pod.agent.logout(), applicant.agent.logout(), other.agent.logout()]);
});

describe('membership of a group', () => {
  it('runs join request → approval → access to private parts → removal → refused at once', async () => {
    const as = applicant.agent.fetch;
    expect(await read(as, group.layout.marketplace)).toBe(403);
    const request = await requestToJoin(
      group.layout.group,
      { applicant: applicant.webId, message: 'I bake bread.' },
      { fetch: as },
    );
    // The applicant may drop the request but not read the inbox back.
    expect(await read(as, request.url)).toBe(403);

    const { requests } = await getJoinRequests(group.layout.group, { fetch: group.admin.fetch });
    expect(requests.map((r) => [r.applicant, r.message, r.status])).toEqual([
      [applicant.webId, 'I bake bread.', 'pending'],
    ]);

    const approval = await approveJoinRequest(requests[0]!, { fetch: group.admin.fetch });
    expect(approval.membership).toMatchObject({
      member: applicant.webId,
      role: 'member',
      status: 'active',
      group: group.layout.group,
    });
    expect(approval.request.status).toBe('accepted');
    expect(approval.notification).not.toBeNull();
    expect(await activityType(as, approval.notification!)).toBe('https://www.w3.org/ns/activitystreams#Accept');

    expect(await read(as, group.layout.marketplace)).toBe(200);
    expect(await read(as, group.layout.members)).toBe(200);
    const { members } = await getMembers(group.layout.group, { fetch: as });
    expect(members.map((m) => m.member).sort()).toEqual([group.admin.webId, applicant.webId].sort());

    await removeMember(group.layout.group, applicant.webId, { fetch: group.admin.fetch });
    expect(await read(as, group.layout.marketplace)).toBe(403);
    expect(await read(as, group.layout.members)).toBe(403);
    const { members: after } = await getMembers(group.layout.group, { fetch: group.admin.fetch, includeRemoved: true });
    const removed = after.find((m) => m.member === applicant.webId);
    expect(removed?.status).toBe('removed');
    // The end date bounds the membership for the ledger (transfers after it are not theirs to make).
    expect(Date.parse(removed!.endDate!)).toBeGreaterThanOrEqual(Date.parse(removed!.startDate));

    // Joining again reactivates the same record: no end date, and the first start kept, so the
    // ledger still counts what they traded during their first membership.
    const again = await requestToJoin(
      group.layout.group,
      { applicant: applicant.webId, message: 'Back again.' },
      { fetch: as },
    );
    const rejoined = await approveJoinRequest(again.url, { fetch: group.admin.fetch });
    expect(rejoined.membership).toMatchObject({ url: removed!.url, status: 'active', startDate: removed!.startDate });
    expect(rejoined.membership.endDate).toBeUndefined();
    const { members: back } = await getMembers(group.layout.group, { fetch: group.admin.fetch });
    expect(back.find((m) => m.member === applicant.webId)?.endDate).toBeUndefined();
    expect(await read(as, group.layout.marketplace)).toBe(200);
    await removeMember(group.layout.group, applicant.webId, { fetch: group.admin.fetch, notify: false });
  });

  it('refuses a non-admin who tries to approve: the server denies reading the request and writing the ACL', async () => {
    const request = await requestToJoin(group.layout.group, { applicant: other.webId }, { fetch: other.agent.fetch });
    const member = await createTestAccount(getPodServer().baseUrl, 'member');
    try {
      const first = await requestToJoin(group.layout.group, { applicant: member.webId }, { fetch: member.agent.fetch });
      await approveJoinRequest(first.url, { fetch: group.admin.fetch });
      await expect(approveJoinRequest(request.url, { fetch: member.agent.fetch })).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
      const acl = await member.agent.fetch(`${group.layout.root}.acl`, {
        method: 'PUT',
        headers: { 'content-type': 'text/turtle' },
        body: '',
      });
      expect(acl.status).toBe(403);
      expect(await read(other.agent.fetch, group.layout.marketplace)).toBe(403);
    } finally {
      await member.agent.logout();
    }
  });

  it('declines a request and tells the applicant', async () => {
    const request = await requestToJoin(
      group.layout.group,
      { applicant: applicant.webId, message: 'Again?' },
      { fetch: applicant.agent.fetch },
    );
    const result = await declineJoinRequest(request.url, { fetch: group.admin.fetch });
    expect(result.request.status).toBe('declined');
    expect(await activityType(applicant.agent.fetch, result.notification!)).toBe(
      'https://www.w3.org/ns/activitystreams#Reject',
    );
    await expect(approveJoinRequest(request.url, { fetch: group.admin.fetch })).rejects.toBeInstanceOf(ConflictError);
    expect(await read(applicant.agent.fetch, group.layout.marketplace)).toBe(403);
  });

  it('promotes a member to admin, who can then manage the group, and demotes them again', async () => {
    const { requests } = await getJoinRequests(group.layout.group, { fetch: group.admin.fetch });
    const pending = requests.find((r) => r.applicant === other.webId)!;
    await approveJoinRequest(pending, { fetch: group.admin.fetch });
    expect(await read(other.agent.fetch, `${group.layout.root}.acl`)).toBe(403);

    const started = performance.now();
    await setMemberRole(group.layout.group, other.webId, 'admin', { fetch: group.admin.fetch });
    console.log(`promotion (12 ACL documents rewritten) took ${Math.round(performance.now() - started)} ms`);
    expect(await read(other.agent.fetch, `${group.layout.root}.acl`)).toBe(200);
    expect((await getGroupAgents(group.layout.root, { fetch: other.agent.fetch })).admins).toContain(other.webId);
    // The new admin sets a personal credit limit with their own WebID.
    const limited = await setMemberLimits(
      group.layout.group,
      other.webId,
      { minimumBalance: -9000 },
      { fetch: other.agent.fetch },
    );
    const currency = await getCurrency(group.layout.currency);
    expect(effectiveLimits(limited, currency)).toEqual({ minimumBalance: -9000, maximumBalance: 20000 });

    await setMemberRole(group.layout.group, other.webId, 'member', { fetch: group.admin.fetch });
    expect(await read(other.agent.fetch, `${group.layout.root}.acl`)).toBe(403);
    expect(await read(other.agent.fetch, group.layout.marketplace)).toBe(200);
  });

  it('never demotes or removes the last admin', async () => {
    await expect(
      setMemberRole(group.layout.group, group.admin.webId, 'member', { fetch: group.admin.fetch }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      removeMember(group.layout.group, group.admin.webId, { fetch: group.admin.fetch }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('turns a Leave sent by a member into a removal by an admin', async () => {
    await leaveGroup(group.layout.group, other.webId, { fetch: other.agent.fetch });
    const leaves = await getLeaveRequests(group.layout.group, { fetch: group.admin.fetch });
    expect(leaves.map((l) => l.member)).toEqual([other.webId]);
    await removeMember(group.layout.group, other.webId, { fetch: group.admin.fetch });
    expect(await read(other.agent.fetch, group.layout.marketplace)).toBe(403);
  });
});

describe('container listings of a group', () => {
  it('show outsiders and the public nothing private', async () => {
    const containers = [
      group.layout.root,
      group.layout.profileContainer,
      group.layout.members,
      group.layout.inbox,
      group.layout.marketplace,
      group.layout.ledger,
      group.layout.decisions,
      group.layout.documents,
      group.layout.publicDocuments,
      group.layout.news,
      group.layout.publicNews,
    ];
    for (const [who, as] of [
      ['anonymous', globalThis.fetch],
      ['outsider', other.agent.fetch],
    ] as const) {
      for (const container of containers) {
        const response = await as(container, { headers: { accept: 'text/turtle' } });
        if (response.status !== 200) {
          expect([401, 403], `${who} listing ${container}`).toContain(response.status);
          continue;
        }
        // A listing the public may read must only name resources the public may read too.
        const listed = [...(await response.text()).matchAll(/<([^>]+)>/g)]
          .map((m) => new URL(m[1]!, container).href)
          .filter((url) => url.startsWith(container) && url !== container);
        for (const url of listed) expect(await read(globalThis.fetch, url), `${url} listed to ${who}`).toBe(200);
      }
    }
  });
});
