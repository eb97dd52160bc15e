import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGroupAgents } from '../../../apps/core/src/access/get-group-agents.js';
import { AccessDeniedError } from '../../../apps/core/src/errors/access-denied-error.js';
import { createGroup } from '../../../apps/core/src/groups/create-group.js';
import { groupLayout } from '../../../apps/core/src/groups/group-layout.js';
import { getCategoryScheme } from '../../../apps/core/src/groups/set-category-scheme.js';
import { approveJoinRequest } from '../../../apps/core/src/membership/decide-join-request.js';
import { getMembers } from '../../../apps/core/src/membership/get-members.js';
import { requestToJoin } from '../../../apps/core/src/membership/request-to-join.js';
import { getCurrency } from '../../../apps/core/src/records/types/currency.js';
import { getGroup } from '../../../apps/core/src/records/types/group.js';
import { getPodServer } from '../../support/pod.js';
import { createTestAccount, type TestAccount } from './create-test-account.js';
import { createTestGroup, testGroupSetup, type TestGroup } from './test-group.js';

let creator: TestAccount;
let applicant: TestAccount;
let hosted: TestGroup;

const status = async (as: typeof fetch, url: string): Promise<number> => (await as(url, { headers: { accept: 'text/turtle' } })).status;

beforeAll(async () => {
  [creator, applicant, hosted] = await Promise.all([
    createTestAccount(getPodServer().baseUrl, 'creator'),
    createTestAccount(getPodServer().baseUrl, 'joiner'),
    createTestGroup('hosted', 'dolores'),
  ]);
});

afterAll(async () => {
  await Promise.all([creator.agent.logout(), applicant.agent.logout(), hosted.pod.agent.logout()]);
});

describe('createGroup in a container of the creator’s own pod', () => {
  it('makes any account the owner and first admin of a working group', async () => {
    const root = `${creator.podUrl}groups/bakers/`;
    const options = { fetch: creator.agent.fetch };
    const started = performance.now();
    const group = await createGroup(root, testGroupSetup(creator.webId, creator.webId), options);
    console.log(`creating a group in a container took ${Math.round(performance.now() - started)} ms`);
    const layout = groupLayout(root);
    expect(group.url).toBe(layout.group);

    // The public sees the card, currency and categories, nothing else.
    expect((await getGroup(layout.group)).name).toBe('Test exchange');
    expect((await getCurrency(layout.currency)).symbol).toBe('TH');
    expect((await getCategoryScheme(layout.categories)).categories.map((c) => c.id).sort()).toEqual(['bread', 'food']);
    expect(await status(globalThis.fetch, layout.marketplace)).toBe(401);
    expect(await status(globalThis.fetch, layout.members)).toBe(401);
    expect(await status(globalThis.fetch, root)).toBe(401);

    expect(await getGroupAgents(root, options)).toEqual({ owner: creator.webId, admins: [creator.webId], members: [] });
    const { members } = await getMembers(layout.group, options);
    expect(members.map((m) => [m.member, m.role, m.status])).toEqual([[creator.webId, 'admin', 'active']]);

    // The new admin runs the group with their own login: a join request, approved.
    expect(await status(applicant.agent.fetch, layout.marketplace)).toBe(403);
    const request = await requestToJoin(layout.group, { applicant: applicant.webId }, { fetch: applicant.agent.fetch });
    await approveJoinRequest(request.url, options);
    expect(await status(applicant.agent.fetch, layout.marketplace)).toBe(200);
    expect(await status(applicant.agent.fetch, `${root}.acl`)).toBe(403);
  });

  it('refuses to create a group in someone else’s pod', async () => {
    const root = `${creator.podUrl}groups/intruders/`;
    await expect(createGroup(root, testGroupSetup(applicant.webId, applicant.webId), { fetch: applicant.agent.fetch })).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await status(creator.agent.fetch, root)).toBe(404);
  });
});

describe('createGroup in a pod of the group’s own', () => {
  it('keeps the host account as owner and makes the creator the only admin', async () => {
    const agents = await getGroupAgents(hosted.layout.root, { fetch: hosted.admin.fetch });
    expect(agents).toEqual({ owner: hosted.pod.webId, admins: [hosted.admin.webId], members: [] });
    const { members } = await getMembers(hosted.layout.group, { fetch: hosted.admin.fetch });
    expect(members.map((m) => [m.member, m.role])).toEqual([[hosted.admin.webId, 'admin']]);
    // The account's own WebID profile in the same card document survives.
    const card = await (await fetch(hosted.layout.card, { headers: { accept: 'application/n-triples' } })).text();
    expect(card).toContain(`<${hosted.pod.webId}>`);
    expect(card).toContain('<https://w3id.org/mutua/ns#Group>');
  });
});
