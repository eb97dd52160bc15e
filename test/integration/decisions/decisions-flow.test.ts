import { beforeAll, describe, expect, it } from 'vitest';
import { castVote } from '../../../apps/core/src/decisions/cast-vote.js';
import { hashCountedVotes } from '../../../apps/core/src/decisions/counted-votes-digest.js';
import { listProposals } from '../../../apps/core/src/decisions/list-proposals.js';
import { loadProposalPage } from '../../../apps/core/src/decisions/load-proposal-page.js';
import { openProposalInGroup, type NewProposal } from '../../../apps/core/src/decisions/open-proposal-in-group.js';
import { editComment, postComment, setCommentHidden } from '../../../apps/core/src/decisions/post-comment.js';
import { closeProposalInGroup, withdrawProposalInGroup } from '../../../apps/core/src/decisions/proposal-status-in-group.js';
import { DecisionPermissionError } from '../../../apps/core/src/decisions/decision-permission-error.js';
import { ProposalTransitionError } from '../../../apps/core/src/decisions/proposal-transition-error.js';
import { countingFetch, createDecisionFixture, type DecisionFixture } from './decision-fixture.js';

let f: DecisionFixture;
const HOUR = 3600_000;
const closesAt = new Date(Date.now() + HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z');
const budget: NewProposal = {
  title: 'Buy a shared cargo bike',
  description: 'We spend **300 hours** from the common fund on a cargo bike.',
  method: 'yes-no',
  quorum: '0.5',
  closesAt,
  runningResultsVisible: true,
  resolution: 'Spend 300 hours on a cargo bike',
};

beforeAll(async () => {
  f = await createDecisionFixture('decisions-flow', 'dolores', ['emeka', 'hana']);
});

describe('decisions in a group pod', () => {
  it('runs a proposal from opening to a recorded, recomputable outcome, loading its page in 4 requests', async () => {
    const [emeka, hana] = f.members as [DecisionFixture['members'][0], DecisionFixture['members'][0]];
    const proposal = await openProposalInGroup(f.group.layout.group, budget, { fetch: emeka.fetch, actor: emeka.signer.webId, roll: f.roll });
    expect(proposal.status).toBe('open');

    await castVote(proposal, { method: 'yes-no', choice: 'no' }, { fetch: emeka.fetch, signer: emeka.signer, storage: emeka.storage });
    await castVote(proposal, { method: 'yes-no', choice: 'yes' }, { fetch: emeka.fetch, signer: emeka.signer, storage: emeka.storage, now: new Date(Date.now() + 2000) });
    await castVote(proposal, { method: 'yes-no', choice: 'yes' }, { fetch: hana.fetch, signer: hana.signer, storage: hana.storage });
    await castVote(proposal, { method: 'yes-no', choice: 'no' }, { fetch: f.admin.fetch, signer: f.admin.signer, storage: f.admin.storage });

    const counter = countingFetch(hana.fetch);
    const page = await loadProposalPage(proposal.url, { fetch: counter.fetch });
    expect(counter.count()).toBe(4);
    expect(page.ballots).toHaveLength(4);
    expect(page.ballots.every((b) => b.vote.verified)).toBe(true);
    expect(page.tally.totals).toEqual({ eligible: 3, received: 4, counted: 3, rejected: 1 });
    expect(page.tally.rejected.map((r) => r.reason)).toEqual(['superseded']);
    expect(page.tally.outcome).toBe('passed');

    // Closing before the closing time is refused; at the closing time it records outcome and hash.
    await expect(closeProposalInGroup(page, { fetch: f.admin.fetch })).rejects.toBeInstanceOf(ProposalTransitionError);
    const recorded = await closeProposalInGroup(page, { fetch: f.admin.fetch, now: new Date(Date.parse(closesAt) + 1000) });
    expect(recorded).toMatchObject({ result: 'passed', countedVotes: 3 });

    const reread = await loadProposalPage(proposal.url, { fetch: emeka.fetch });
    expect(reread.proposal.status).toBe('closed');
    expect(reread.outcome).toEqual(recorded);
    expect(await hashCountedVotes(reread.tally.counted)).toBe(recorded.countedVotesSha256);
    const listed = await listProposals(f.group.layout.group, { fetch: hana.fetch });
    expect(listed.proposals.map((p) => [p.title, p.status])).toContainEqual(['Buy a shared cargo bike', 'closed']);
  });

  it('keeps a discussion with replies, author edits and admin hiding', async () => {
    const [emeka, hana] = f.members as [DecisionFixture['members'][0], DecisionFixture['members'][0]];
    const proposal = await openProposalInGroup(f.group.layout.group, { ...budget, title: 'Discuss me' }, { fetch: f.admin.fetch, actor: f.admin.signer.webId, roll: f.roll });
    const first = await postComment(proposal.url, { text: 'Who stores the bike?' }, { fetch: hana.fetch, signer: hana.signer, storage: hana.storage });
    const reply = await postComment(proposal.url, { text: 'I can, in my yard.', inReplyTo: first.url }, { fetch: emeka.fetch, signer: emeka.signer, storage: emeka.storage });
    await editComment(proposal.url, first, 'Who stores the bike in winter?', { fetch: hana.fetch, signer: hana.signer, storage: hana.storage, now: new Date(Date.now() + 2000) });
    await setCommentHidden(proposal.url, reply, true, { fetch: f.admin.fetch, signer: f.admin.signer, now: new Date(Date.now() + 3000) });
    // A member's "hide" is signed by someone who is neither the author nor an admin: ignored.
    await setCommentHidden(proposal.url, first, true, { fetch: emeka.fetch, signer: emeka.signer, now: new Date(Date.now() + 4000) });

    const { discussion } = await loadProposalPage(proposal.url, { fetch: emeka.fetch });
    expect(discussion.comments.map((c) => [c.content, c.hidden])).toEqual([['Who stores the bike in winter?', false]]);
    expect(discussion.comments[0]!.replies.map((c) => [c.content, c.hidden])).toEqual([['I can, in my yard.', true]]);
    expect(discussion.rejected).toBe(1);
    await expect(editComment(proposal.url, first, 'Hijacked', { fetch: emeka.fetch, signer: emeka.signer, storage: emeka.storage })).rejects.toBeInstanceOf(DecisionPermissionError);
  });

  it('refuses a member opening a proposal when only admins may, and withdraws an open proposal', async () => {
    const [emeka] = f.members as [DecisionFixture['members'][0]];
    await expect(openProposalInGroup(f.group.layout.group, budget, { fetch: emeka.fetch, actor: emeka.signer.webId, roll: f.roll, openers: 'admins' })).rejects.toBeInstanceOf(DecisionPermissionError);
    const proposal = await openProposalInGroup(f.group.layout.group, { ...budget, title: 'Withdraw me' }, { fetch: f.admin.fetch, actor: f.admin.signer.webId, roll: f.roll, openers: 'admins' });
    const withdrawn = await withdrawProposalInGroup(proposal, { fetch: f.admin.fetch });
    expect(withdrawn.status).toBe('withdrawn');
    await expect(castVote(withdrawn, { method: 'yes-no', choice: 'yes' }, { fetch: emeka.fetch, signer: emeka.signer, storage: emeka.storage })).rejects.toBeInstanceOf(DecisionPermissionError);
  });
});
