import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../apps/cli/src/cli/run-cli.js';
import { leaveGroup } from '../../../apps/core/src/membership/leave-group.js';
import { membershipUrlFor } from '../../../apps/core/src/membership/membership-url.js';
import { getMembership } from '../../../apps/core/src/records/types/membership.js';
import { waitForAccessEnd } from '../../../apps/directory/src/data/wait-for-access-end.js';
import { createClientCredentials } from '../../../pod-server/src/client-credentials.js';
import { waitUntil } from '../../support/wait-until.js';
import { getAccount, getAuthenticatedFetch, getPodServer } from '../../support/pod.js';
import { createTestGroup, joinThroughRequest, type TestGroup } from './test-group.js';

// A host runs `mutua steward` with the group account's own credentials: signed Leaves are
// carried out within seconds, with no admin's app open (decision 0070).
let group: TestGroup;
const stop = new AbortController();
const lines: string[] = [];
let steward: Promise<number>;

const membersOnly = () => [group.layout.members, group.layout.ledger, group.layout.decisions];
const statuses = async (as: typeof fetch) =>
  Promise.all(membersOnly().map(async (url) => (await as(url, { headers: { accept: 'text/turtle' } })).status));


beforeAll(async () => {
  group = await createTestGroup('steward', 'jonas');
  await Promise.all([joinThroughRequest(group, 'hana'), joinThroughRequest(group, 'gael')]);
  const baseUrl = getPodServer().baseUrl;
  const { id, secret } = await createClientCredentials({
    baseUrl,
    email: `${group.pod.name}@mutua.example`,
    password: 'mutua-test',
    webId: group.pod.webId,
  });
  steward = runCli(
    [
      'steward',
      '--from',
      group.layout.group,
      '--client-id',
      id,
      '--client-secret',
      secret,
      '--issuer',
      baseUrl,
      '--interval',
      '0.5',
    ],
    {
      out: (text) => lines.push(text),
      err: (text) => lines.push(text),
      env: {},
      signal: stop.signal,
    },
  );
}, 120_000);

afterAll(async () => {
  stop.abort();
  await steward;
  await group.pod.agent.logout();
});

describe('mutua steward', () => {
  it('ends a leaving member’s access on the server within seconds, with no admin’s app open', async () => {
    const hana = { webId: getAccount('hana').webId, fetch: await getAuthenticatedFetch('hana') };
    expect(await statuses(hana.fetch)).toEqual([200, 200, 200]);
    const sent = performance.now();
    await leaveGroup(group.layout.group, hana.webId, { fetch: hana.fetch });
    // What the directory app does after leaving: ask the server until it no longer lets the member in.
    expect(await waitForAccessEnd(group.layout.group, hana.fetch, { timeoutMs: 20_000, intervalMs: 200 })).toBe(true);
    const waited = performance.now() - sent;
    expect(await statuses(hana.fetch)).toEqual([403, 403, 403]);
    console.log(`steward: access ended ${Math.round(waited)} ms after the Leave was sent`);
    // ACLs first, then the record: the record says "removed" a moment after access ends.
    const membershipUrl = await membershipUrlFor(group.layout.root, hana.webId);
    await waitUntil(
      async () => (await getMembership(membershipUrl, { fetch: group.admin.fetch })).status === 'removed',
      5_000,
    );
    await waitUntil(async () => lines.some((l) => l.includes(`steward: ${hana.webId} left`)), 5_000);
  });

  it('does not act on a Leave its member did not sign', async () => {
    const gael = { webId: getAccount('gael').webId, fetch: await getAuthenticatedFetch('gael') };
    await leaveGroup(group.layout.group, gael.webId, { fetch: gael.fetch, signer: null });
    // Several looks at the inbox go by; the unsigned Leave waits for an admin, and the app says so.
    expect(await waitForAccessEnd(group.layout.group, gael.fetch, { timeoutMs: 2_500, intervalMs: 500 })).toBe(false);
    expect(await statuses(gael.fetch)).toEqual([200, 200, 200]);
    expect(
      (await getMembership(await membershipUrlFor(group.layout.root, gael.webId), { fetch: group.admin.fetch })).status,
    ).toBe('active');
  });

  it('stops cleanly when told to, and refuses to start without credentials or groups', async () => {
    const io = { out: () => {}, err: (text: string) => lines.push(text), env: {} };
    expect(await runCli(['steward', '--from', group.layout.group], io)).toBe(2);
    expect(lines.join('')).toContain('steward needs the client credentials');
    stop.abort();
    expect(await steward).toBe(0);
  });
});
