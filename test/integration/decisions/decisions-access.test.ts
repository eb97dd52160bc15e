import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { castVote } from '../../../apps/core/src/decisions/cast-vote.js';
import { loadProposalPage } from '../../../apps/core/src/decisions/load-proposal-page.js';
import { openProposalInGroup } from '../../../apps/core/src/decisions/open-proposal-in-group.js';
import { postComment } from '../../../apps/core/src/decisions/post-comment.js';
import { proposalLayoutOf } from '../../../apps/core/src/decisions/proposal-layout.js';
import type { ProposalRecord } from '../../../apps/core/src/records/types/proposal.js';
import { toN3Patch } from '../../../apps/core/src/pod/patch-rdf-resource.js';
import { getAuthenticatedFetch } from '../../support/pod.js';
import { createDecisionFixture, type DecisionFixture } from './decision-fixture.js';

const { quad, namedNode, literal } = DataFactory;
let f: DecisionFixture;
let proposal: ProposalRecord;
let outsider: typeof fetch;

const status = async (as: typeof fetch, url: string, init: RequestInit = {}): Promise<number> => (await as(url, init)).status;
const n3Patch = (body: string): RequestInit => ({ method: 'PATCH', headers: { 'content-type': 'text/n3' }, body });

beforeAll(async () => {
  f = await createDecisionFixture('decisions-access', 'dolores', ['emeka', 'hana']);
  outsider = await getAuthenticatedFetch('bruno');
  const [, hana] = f.members;
  proposal = await openProposalInGroup(
    f.group.layout.group,
    { title: 'Private question', description: 'Members only.', method: 'consent', quorum: '0.3', closesAt: new Date(Date.now() + 3600_000).toISOString(), runningResultsVisible: false },
    { fetch: f.admin.fetch, actor: f.admin.signer.webId, roll: f.roll },
  );
  await castVote(proposal, { method: 'consent', response: 'block', reason: 'Not before the assembly' }, { fetch: hana!.fetch, signer: hana!.signer, storage: hana!.storage });
  await postComment(proposal.url, { text: 'See the minutes.' }, { fetch: hana!.fetch, signer: hana!.signer, storage: hana!.storage });
});

describe('decisions access on the real server', () => {
  it('lets neither a non-member nor an anonymous visitor read a proposal, its ballots or its discussion', async () => {
    const layout = proposalLayoutOf(proposal.url);
    for (const url of [layout.proposal, layout.ballots, layout.discussion, layout.roll]) {
      expect(await status(outsider, url)).toBe(403);
      expect(await status(fetch, url)).toBe(401);
    }
  });

  it('refuses a vote appended by a non-member', async () => {
    const { ballots } = proposalLayoutOf(proposal.url);
    const forged = quad(namedNode(`${ballots}#s-forged`), namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#value'), literal('x'));
    expect(await status(outsider, ballots, n3Patch(toN3Patch({ deletes: [], inserts: [forged] })))).toBe(403);
    expect(await status(outsider, proposalLayoutOf(proposal.url).container, { method: 'POST', headers: { 'content-type': 'text/turtle' }, body: '<#it> a <https://w3id.org/mutua/ns#Vote>.' })).toBe(403);
  });

  it('does not let a member remove, replace or alter another member\'s vote or comment', async () => {
    const [emeka] = f.members;
    const layout = proposalLayoutOf(proposal.url);
    const ballotsDoc = await f.admin.fetch(layout.ballots, { headers: { accept: 'application/n-triples' } });
    const text = await ballotsDoc.text();
    const line = text.split('\n').find((l) => l.includes('#s-'));
    expect(line).toBeTruthy();
    const subject = /^<([^>]+)>/.exec(line!)![1]!;
    const original = await loadProposalPage(proposal.url, { fetch: emeka!.fetch });
    expect(original.tally.outcome).toBe('blocked');
    expect(original.ballots).toHaveLength(1);

    // Delete, replace, remove: the server refuses (members hold Read and Append only).
    const deletion = `@prefix solid: <http://www.w3.org/ns/solid/terms#>.\n_:p a solid:InsertDeletePatch; solid:deletes { ${line} }.`;
    expect(await status(emeka!.fetch, layout.ballots, n3Patch(deletion))).toBe(403);
    expect(await status(emeka!.fetch, layout.ballots, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '' })).toBe(403);
    expect(await status(emeka!.fetch, layout.ballots, { method: 'DELETE' })).toBe(403);
    expect(await status(emeka!.fetch, layout.discussion, { method: 'DELETE' })).toBe(403);

    // Append is allowed, but text added under the vote's name does not match its hash: the vote stays as signed.
    const rider = quad(namedNode(subject), namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#value'), literal(original.ballots[0]!.vote.castAt));
    expect(await status(emeka!.fetch, layout.ballots, n3Patch(toN3Patch({ deletes: [], inserts: [rider] })))).toBeLessThan(300);
    const after = await loadProposalPage(proposal.url, { fetch: emeka!.fetch });
    expect(after.ballots.map((b) => b.vote)).toEqual(original.ballots.map((b) => b.vote));

    // The comment's own document in hana's pod is hers alone.
    const commentUrl = after.discussion.comments[0]!.url.replace(/#.*$/, '');
    expect(await status(emeka!.fetch, commentUrl, { method: 'PUT', headers: { 'content-type': 'text/turtle' }, body: '<#it> <https://www.w3.org/ns/activitystreams#content> "changed".' })).toBe(403);
  });
});
