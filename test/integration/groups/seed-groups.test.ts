import { describe, expect, it } from 'vitest';
import { getGroupAgents } from '../../../apps/core/src/access/get-group-agents.js';
import { getProposalOpeners } from '../../../apps/core/src/decisions/proposal-opening-rule.js';
import { getNetworkDirectory } from '../../../apps/core/src/groups/get-network-directory.js';
import { getCategoryScheme } from '../../../apps/core/src/groups/set-category-scheme.js';
import { groupLayout } from '../../../apps/core/src/groups/group-layout.js';
import { getMembers } from '../../../apps/core/src/membership/get-members.js';
import { getAllowedModes } from '../../../apps/core/src/pod/get-allowed-modes.js';
import { getCurrency } from '../../../apps/core/src/records/types/currency.js';
import { getGroup } from '../../../apps/core/src/records/types/group.js';
import { createSeedContext } from '../../../pod-server/src/seed-demo-network.js';
import { seedGroups } from '../../../pod-server/src/seed-groups.js';
import { getAccount, getAuthenticatedFetch, getPodServer } from '../../support/pod.js';

// Runs the seed step on this run's own server (it is idempotent), then checks what it wrote.
describe('the demo groups seed step', () => {
  it('sets up both demo groups with their roles, currency, categories, partners and member inboxes', async () => {
    const context = createSeedContext(getPodServer().baseUrl, () => {});
    try {
      let started = performance.now();
      await seedGroups(context);
      console.log(`seed step: first run ${Math.round(performance.now() - started)} ms`);
      started = performance.now();
      await seedGroups(context);
      console.log(`seed step: second run ${Math.round(performance.now() - started)} ms`);
    } finally {
      await context.close();
    }
    const sel = groupLayout(getAccount('sel-val-de-saone').podUrl);
    const banco = groupLayout(getAccount('banco-tiempo-lavapies').podUrl);
    const alice = await getAuthenticatedFetch('alice');
    const agents = await getGroupAgents(sel.root, { fetch: alice });
    expect(agents.admins).toEqual([getAccount('alice').webId]);
    expect(agents.members).toContain(getAccount('fatima').webId);
    expect(agents.members).toContain(getAccount('lucia').webId);
    const { members } = await getMembers(sel.group, { fetch: await getAuthenticatedFetch('bruno') });
    expect(members).toHaveLength(8);
    expect((await getCurrency(sel.currency)).symbol).toBe('GRN');
    // The timebank shows a non-default workflow: requests stay open 14 days there, 30 in the SEL.
    expect([(await getGroup(banco.group)).paymentRequestLifetimeDays, (await getGroup(sel.group)).paymentRequestLifetimeDays]).toEqual([14, undefined]);
    expect((await getCategoryScheme(banco.categories)).categories.map((c) => c.id)).toContain('woodwork');
    expect((await (await getAuthenticatedFetch('dolores'))(`${banco.root}.acl`)).status).toBe(200);
    expect((await (await getAuthenticatedFetch('emeka'))(`${sel.marketplace}`)).status).toBe(403);
    const directory = await getNetworkDirectory(banco.group);
    expect(directory.groups.map((g) => g.url).sort()).toEqual([banco.group, sel.group].sort());
    expect((await fetch(`${getAccount('emeka').podUrl}inbox/`)).status).toBe(401);
    // The timebank keeps proposals to its admins, on the server; the LETS lets every member open them.
    expect([...(await getAllowedModes(banco.decisions, { fetch: await getAuthenticatedFetch('emeka') }))]).toEqual(['read']);
    expect(getProposalOpeners(await getGroup(banco.group))).toBe('admins');
    expect([...(await getAllowedModes(sel.decisions, { fetch: await getAuthenticatedFetch('fatima') }))].sort()).toEqual(['append', 'read']);
  });
});
