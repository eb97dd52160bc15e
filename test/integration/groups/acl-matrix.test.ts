import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GROUP_RESOURCE_KINDS, containerOfKind, modesFor, type GroupResourceKind, type PolicyAudience } from '../../../apps/core/src/access/group-access-policy.js';
import { removeMember } from '../../../apps/core/src/membership/remove-member.js';
import { getAuthenticatedFetch, getAccount } from '../../support/pod.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from './test-group.js';

type Role = 'admin' | 'member' | 'removed member' | 'member of another group' | 'anonymous';
type Operation = 'read' | 'append' | 'write' | 'delete';

const ROLES: readonly Role[] = ['admin', 'member', 'removed member', 'member of another group', 'anonymous'];
const OPERATIONS: readonly Operation[] = ['read', 'append', 'write', 'delete'];

/** Which audiences of the policy each tested role belongs to. */
const AUDIENCES: Record<Role, readonly PolicyAudience[]> = {
  admin: ['admin', 'authenticated', 'public'],
  member: ['member', 'authenticated', 'public'],
  'removed member': ['authenticated', 'public'],
  'member of another group': ['authenticated', 'public'],
  anonymous: ['public'],
};

/** The answer the policy table predicts: 2xx when allowed, else 401 without a login and 403 with one. */
function expected(kind: GroupResourceKind, role: Role, operation: Operation): 'allowed' | 401 | 403 {
  const modes = modesFor(kind, AUDIENCES[role]);
  const needed = { read: 'Read', append: 'Append', write: 'Write', delete: 'Write' } as const;
  if (modes.has(needed[operation])) return 'allowed';
  return role === 'anonymous' ? 401 : 403;
}

const TURTLE = '<#it> <https://schema.org/name> "matrix fixture".\n';

let group: TestGroup;
const fetchOf = {} as Record<Role, typeof fetch>;

beforeAll(async () => {
  // admin: dolores (own WebID); member: emeka; removed: hana (ASCII profiles: CSS memory-backend truncation, see architecture.md); other group: bruno (SEL member).
  group = await createTestGroup('acl-matrix', 'dolores');
  await joinThroughRequest(group, 'emeka');
  await joinThroughRequest(group, 'hana');
  await removeMember(group.layout.group, getAccount('hana').webId, { fetch: group.admin.fetch });
  fetchOf.admin = group.admin.fetch;
  fetchOf.member = await getAuthenticatedFetch('emeka');
  fetchOf['removed member'] = await getAuthenticatedFetch('hana');
  fetchOf['member of another group'] = await getAuthenticatedFetch('bruno');
  fetchOf.anonymous = globalThis.fetch;
  const owner = group.pod.agent.fetch;
  await Promise.all(
    GROUP_RESOURCE_KINDS.map(async (kind) => {
      const response = await owner(`${containerOfKind(group.layout, kind)}matrix-fixture`, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: TURTLE });
      if (!response.ok) throw new Error(`fixture for ${kind}: ${response.status}`);
    }),
  );
});

afterAll(async () => {
  await group.pod.agent.logout();
});

async function attempt(kind: GroupResourceKind, role: Role, operation: Operation): Promise<number> {
  const container = containerOfKind(group.layout, kind);
  const as = fetchOf[role];
  const fixture = `${container}matrix-fixture`;
  switch (operation) {
    case 'read':
      return (await as(fixture, { headers: { accept: 'text/turtle' } })).status;
    case 'append':
      return (await as(container, { method: 'POST', headers: { 'content-type': 'text/turtle' }, body: TURTLE })).status;
    case 'write':
      return (await as(fixture, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: TURTLE })).status;
    case 'delete': {
      const victim = `${container}matrix-delete-${globalThis.crypto.randomUUID()}`;
      const made = await group.pod.agent.fetch(victim, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: TURTLE });
      if (!made.ok) throw new Error(`could not create ${victim}: ${made.status}`);
      return (await as(victim, { method: 'DELETE' })).status;
    }
  }
}

describe.each(GROUP_RESOURCE_KINDS.map((kind) => [kind]))('the server answer on a group %s', (kind) => {
  const cases = ROLES.flatMap((role) => OPERATIONS.map((operation) => [role, operation, expected(kind, role, operation)] as const));
  it.each(cases)('for a %s trying to %s is %s', async (role, operation, answer) => {
    const status = await attempt(kind, role, operation);
    if (answer === 'allowed') expect(status, `${role} ${operation} ${kind}`).toBeGreaterThanOrEqual(200);
    if (answer === 'allowed') expect(status, `${role} ${operation} ${kind}`).toBeLessThan(300);
    else expect(status, `${role} ${operation} ${kind}`).toBe(answer);
  });
});

/** The resources a container listing names (its direct children), as absolute URLs. */
async function listed(container: string, as: typeof fetch): Promise<string[] | number> {
  const response = await as(container, { headers: { accept: 'application/n-triples' } });
  if (response.status !== 200) return response.status;
  const contains = [...(await response.text()).matchAll(/^<([^>]+)> <http:\/\/www\.w3\.org\/ns\/ldp#contains> <([^>]+)>/gm)];
  return contains.filter((m) => m[1] === container).map((m) => m[2]!);
}

describe('container listings of a group, for those outside it', () => {
  const outsiders: readonly Role[] = ['removed member', 'member of another group', 'anonymous'];
  it.each(outsiders.map((role) => [role]))('name nothing a %s may not read, and the private containers are refused outright', async (role) => {
    const as = fetchOf[role as Role];
    for (const kind of GROUP_RESOURCE_KINDS) {
      const container = containerOfKind(group.layout, kind);
      const names = await listed(container, as);
      const readable = modesFor(kind, AUDIENCES[role as Role]).has('Read');
      if (!readable) {
        expect(names, `${role} listing ${kind}`).toBe(role === 'anonymous' ? 401 : 403);
        continue;
      }
      expect(Array.isArray(names), `${role} listing ${kind}`).toBe(true);
      // Every fixture is in its container, so a readable listing is never trivially empty.
      expect(names as string[]).toContain(`${container}matrix-fixture`);
      for (const url of names as string[]) expect((await as(url, { headers: { accept: 'text/turtle' } })).status, `${url} listed to ${role}`).toBe(200);
    }
  });

  it('shows a member the private listings, which an outsider was refused', async () => {
    const names = await listed(group.layout.members, fetchOf.member);
    expect(Array.isArray(names) && names.some((url) => url.startsWith(group.layout.members))).toBe(true);
  });
});
