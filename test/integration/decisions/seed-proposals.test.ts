import { describe, expect, it } from 'vitest';
import { listProposals } from '../../../apps/core/src/decisions/list-proposals.js';
import { loadProposalPage } from '../../../apps/core/src/decisions/load-proposal-page.js';
import { groupLayout } from '../../../apps/core/src/groups/group-layout.js';
import { getLedgerRules } from '../../../apps/core/src/ledger/get-ledger-rules.js';
import { createSeedContext } from '../../../pod-server/src/seed-demo-network.js';
import { seedProposals } from '../../../pod-server/src/seed-proposals.js';
import { getAccount, getAuthenticatedFetch, getPodServer } from '../../support/pod.js';

const groupUrl = (pod: string) => groupLayout(getAccount(pod).podUrl.replace(/\/?$/, '/')).group;

describe('seed step "proposals"', () => {
  it('leaves open and closed proposals with verified votes, comments and recorded outcomes in both groups', async () => {
    const fetch = await getAuthenticatedFetch('fatima'); // member of both groups
    for (const pod of ['sel-val-de-saone', 'banco-tiempo-lavapies']) {
      const { proposals, errors } = await listProposals(groupUrl(pod), { fetch });
      expect(errors).toEqual([]);
      expect(proposals.some((p) => p.status === 'closed')).toBe(true);
      expect(proposals.some((p) => p.status === 'open')).toBe(true);
      for (const p of proposals.filter((x) => x.status === 'closed')) {
        const page = await loadProposalPage(p.url, { fetch });
        expect(page.ballots.length).toBeGreaterThan(0);
        expect(page.ballots.every((b) => b.vote.verified)).toBe(true);
        expect(page.discussion.comments.length).toBeGreaterThan(0);
        expect(page.outcome?.result).toBe(typeof page.tally.outcome === 'string' ? page.tally.outcome : page.tally.outcome.winner);
      }
    }
  });

  it('applied the passed "-800 grains" decision and left an open proposal with an action', async () => {
    const fetch = await getAuthenticatedFetch('fatima');
    const sel = (await listProposals(groupUrl('sel-val-de-saone'), { fetch })).proposals.find((p) => p.decides?.kind === 'default-minimum');
    const page = await loadProposalPage(sel!.url, { fetch });
    expect(page.outcome?.result).toBe('passed');
    expect(page.application).toMatchObject({ status: 'applied', resultingValue: -800, agent: getAccount('alice').webId });
    expect((await getLedgerRules(groupUrl('sel-val-de-saone'), { fetch })).limits.defaults.minimum).toBe(-800);
    const banco = (await listProposals(groupUrl('banco-tiempo-lavapies'), { fetch })).proposals;
    expect(banco.filter((p) => p.status === 'open' && p.decides !== undefined).map((p) => p.decides)).toEqual([{ kind: 'default-maximum', balanceLimit: 6000 }]);
  });

  it('changes nothing when it runs again', async () => {
    const fetch = await getAuthenticatedFetch('fatima');
    const before = (await listProposals(groupUrl('sel-val-de-saone'), { fetch })).proposals.length;
    const context = createSeedContext(getPodServer().baseUrl, () => {});
    try {
      await seedProposals(context);
    } finally {
      await context.close();
    }
    expect((await listProposals(groupUrl('sel-val-de-saone'), { fetch })).proposals.length).toBe(before);
  });
});
