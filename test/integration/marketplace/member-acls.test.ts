import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactMarketplace } from '../../../apps/core/src/marketplace/compact-marketplace.js';
import { marketplaceLayout } from '../../../apps/core/src/marketplace/marketplace-layout.js';
import { removeMember } from '../../../apps/core/src/membership/remove-member.js';
import { setMemberRole } from '../../../apps/core/src/membership/set-member-role.js';
import { toN3Patch } from '../../../apps/core/src/pod/patch-rdf-resource.js';
import { getAccount, getAuthenticatedFetch } from '../../support/pod.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from '../groups/test-group.js';
import { namedNode, quad, literal } from './market-fixture.js';

let group: TestGroup;
let market: ReturnType<typeof marketplaceLayout>;
let jonas: { webId: string; fetch: typeof fetch };

const status = async (as: typeof fetch, url: string): Promise<number> => (await as(url, { headers: { accept: 'text/turtle' } })).status;
const appendStatus = async (as: typeof fetch, url: string): Promise<number> => {
  const subject = namedNode(`${url}#probe-${Math.random().toString(36).slice(2, 8)}`);
  const body = toN3Patch({ deletes: [], inserts: [quad(subject, namedNode('http://purl.org/dc/terms/title'), literal('probe'))] });
  return (await as(url, { method: 'PATCH', headers: { 'content-type': 'text/n3' }, body })).status;
};
const ok = (code: number) => code >= 200 && code < 300;

beforeAll(async () => {
  group = await createTestGroup('market-acl', 'ines');
  market = marketplaceLayout(group.layout.group);
  jonas = { webId: getAccount('jonas').webId, fetch: await getAuthenticatedFetch('jonas') };
}, 120_000);

afterAll(async () => {
  await group.pod.agent.logout();
});

describe('createGroup', () => {
  it('gives the group a public marketplace index that anyone reads and no visitor appends to', async () => {
    expect(await status(globalThis.fetch, market.public.container)).toBe(200);
    expect(await status(globalThis.fetch, market.membersOnly.container)).toBe(401);
    expect(await appendStatus(globalThis.fetch, market.public.journal)).toBe(401);
  });
});

describe('membership changes and the marketplace ACLs that list members', () => {
  it('let an approved member append public entries and read the compacted head, and refuse them after removal', async () => {
    // Compacted before the member joins: the head's and public container's ACLs were written without them.
    await compactMarketplace(group.layout.group, { fetch: group.admin.fetch });
    expect(await appendStatus(jonas.fetch, market.public.journal)).toBe(403);
    expect(await status(jonas.fetch, market.membersOnly.head)).toBe(403);

    await joinThroughRequest(group, 'jonas');
    expect(ok(await appendStatus(jonas.fetch, market.public.journal))).toBe(true);
    expect(await status(jonas.fetch, market.membersOnly.head)).toBe(200);
    expect(await status(jonas.fetch, market.public.head)).toBe(200);

    // Promotion gives control of the compacted documents' ACLs, demotion takes it back.
    await setMemberRole(group.layout.group, jonas.webId, 'admin', { fetch: group.admin.fetch });
    expect(await status(jonas.fetch, `${market.membersOnly.head}.acl`)).toBe(200);
    expect(await status(jonas.fetch, `${market.public.container}.acl`)).toBe(200);
    await setMemberRole(group.layout.group, jonas.webId, 'member', { fetch: group.admin.fetch });
    expect(await status(jonas.fetch, `${market.membersOnly.head}.acl`)).toBe(403);
    expect(await status(jonas.fetch, market.membersOnly.head)).toBe(200);

    await removeMember(group.layout.group, jonas.webId, { fetch: group.admin.fetch, notify: false });
    expect(await appendStatus(jonas.fetch, market.public.journal)).toBe(403);
    expect(await status(jonas.fetch, market.membersOnly.head)).toBe(403);
    // The public head stays public, as it should.
    expect(await status(globalThis.fetch, market.public.head)).toBe(200);
  });
});
