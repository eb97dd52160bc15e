import { describe, expect, it } from 'vitest';
import { fixtureRoll, fixtureVoters, FIXTURE_PROPOSAL } from './ballot-fixtures.testing.js';
import { commentQuads, type CommentRevision } from './comment-quads.js';
import { readDiscussion } from './read-discussion.js';
import { signForSnapshot } from './sign-snapshot.internal.js';
import type { Signer } from './signer.js';

const comment = (author: Signer, id: string, content: string, extra: Partial<CommentRevision> = {}): CommentRevision => ({
  url: `${author.webId.replace(/profile\/card#me$/, '')}mutua/comments/${id}#it`,
  proposal: FIXTURE_PROPOSAL,
  author: author.webId,
  content,
  published: '2026-05-02T10:00:00Z',
  ...extra,
});
const signed = async (signer: Signer, revision: CommentRevision) => (await signForSnapshot(revision.url, commentQuads(revision), signer, revision.updated ?? revision.published)).text;

describe('readDiscussion', () => {
  it('nests replies under the comment they answer, oldest first', async () => {
    const [admin, ana, ben] = await fixtureVoters(3);
    const first = comment(ana!, 'c1', 'Why not 300?');
    const reply = comment(ben!, 'c2', 'Because of the winter.', { published: '2026-05-02T11:00:00Z', inReplyTo: first.url });
    const roll = await fixtureRoll([admin!, ana!, ben!]);
    const { comments } = await readDiscussion([await signed(ben!, reply), await signed(ana!, first)], FIXTURE_PROPOSAL, roll);
    expect(comments.map((c) => c.content)).toEqual(['Why not 300?']);
    expect(comments[0]!.replies.map((c) => c.content)).toEqual(['Because of the winter.']);
  });

  it('shows the author\'s latest edit', async () => {
    const [admin, ana] = await fixtureVoters(2);
    const original = comment(ana!, 'c1', 'Draft text');
    const edited = { ...original, content: 'Final text', updated: '2026-05-02T12:00:00Z' };
    const { comments } = await readDiscussion([await signed(ana!, edited), await signed(ana!, original)], FIXTURE_PROPOSAL, await fixtureRoll([admin!, ana!]));
    expect(comments.map((c) => [c.content, c.updated])).toEqual([['Final text', '2026-05-02T12:00:00Z']]);
  });

  it('ignores an edit signed by another member and hides only on an admin\'s word', async () => {
    const [admin, ana, ben] = await fixtureVoters(3);
    const original = comment(ana!, 'c1', 'Mine');
    const forged = { ...original, content: 'Not mine', updated: '2026-05-02T12:00:00Z' };
    const memberHide = { ...original, hidden: true, updated: '2026-05-02T12:00:00Z' };
    const roll = await fixtureRoll([admin!, ana!, ben!]);
    const read = await readDiscussion([await signed(ana!, original), await signed(ben!, forged), await signed(ben!, memberHide)], FIXTURE_PROPOSAL, roll);
    expect(read.comments.map((c) => [c.content, c.hidden])).toEqual([['Mine', false]]);
    expect(read.rejected).toBe(2);
    const adminHide = { ...original, hidden: true, updated: '2026-05-02T13:00:00Z' };
    const hidden = await readDiscussion([await signed(ana!, original), await signed(admin!, adminHide)], FIXTURE_PROPOSAL, roll);
    expect(hidden.comments.map((c) => [c.content, c.hidden])).toEqual([['Mine', true]]);
  });
});
