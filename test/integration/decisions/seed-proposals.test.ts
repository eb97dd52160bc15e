import { describe, expect, it } from 'vitest';
import { listProposals } from '../../../apps/core/src/decisions/list-proposals.js';
import { loadProposalPage } from '../../../apps/core/src/decisions/load-proposal-page.js';
import { groupLayout } from '../../../apps/core/src/groups/group-layout.js';
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
