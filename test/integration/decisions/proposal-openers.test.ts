import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { castVote } from '../../../apps/core/src/decisions/cast-vote.js';
import { loadProposalPage } from '../../../apps/core/src/decisions/load-proposal-page.js';
import { openProposalInGroup, type NewProposal } from '../../../apps/core/src/decisions/open-proposal-in-group.js';
import { postComment } from '../../../apps/core/src/decisions/post-comment.js';
import { getProposalOpeners, setProposalOpeners } from '../../../apps/core/src/decisions/proposal-opening-rule.js';
import { proposalLayoutOf } from '../../../apps/core/src/decisions/proposal-layout.js';
import { AccessDeniedError } from '../../../apps/core/src/errors/access-denied-error.js';
import { removeMember } from '../../../apps/core/src/membership/remove-member.js';
import { getAllowedModes } from '../../../apps/core/src/pod/get-allowed-modes.js';
import { toN3Patch } from '../../../apps/core/src/pod/patch-rdf-resource.js';
import { getGroup } from '../../../apps/core/src/records/types/group.js';
import { getAuthenticatedFetch } from '../../support/pod.js';
import { joinThroughRequest } from '../groups/test-group.js';
import { createDecisionFixture, type DecisionFixture } from './decision-fixture.js';

const { quad, namedNode, literal } = DataFactory;
let f: DecisionFixture;

const question = (title: string): NewProposal => ({
  title,
  description: 'Shall we?',
  method: 'yes-no',
  quorum: '0.3',
  closesAt: new Date(Date.now() + 3600_000).toISOString(),
  runningResultsVisible: true,
});
const modes = async (as: typeof fetch, url: string): Promise<string[]> =>
  [...(await getAllowedModes(url, { fetch: as }))].sort();
const appendTo = (as: typeof fetch, url: string): Promise<Response> =>
  as(url, {
    method: 'PATCH',
    headers: { 'content-type': 'text/n3' },
    body: toN3Patch({
      deletes: [],
      inserts: [
        quad(namedNode(`${url}#probe`), namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#value'), literal('x')),
      ],
    }),
  });

beforeAll(async () => {
  f = await createDecisionFixture('proposal-openers', 'dolores', ['emeka', 'hana']);
});

describe('who opens proposals, enforced by the server', () => {
  it('lets every member open proposals by default', async () => {
    const [emeka] = f.members;
    const group = await getGroup(f.group.layout.group, { fetch: emeka!.fetch });
    expect(getProposalOpeners(group)).toBe('members');
    expect(await modes(emeka!.fetch, f.group.layout.decisions)).toEqual(['append', 'read']);
    const opened = await openProposalInGroup(f.group.layout.group, question('A member asks'), {
      fetch: emeka!.fetch,
      actor: emeka!.signer.webId,
      roll: f.roll,
    });
    expect(opened.creator).toBe(emeka!.signer.webId);
  });

  it('refuses a member setting the rule: the decisions ACL and the group profile are the admins’', async () => {
    const [emeka] = f.members;
    await expect(setProposalOpeners(f.group.layout.root, 'admins', { fetch: emeka!.fetch })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(getProposalOpeners(await getGroup(f.group.layout.group, { fetch: f.admin.fetch }))).toBe('members');
  });

  it('under "only admins", refuses a member’s new proposal on the server while admins open them and members vote and comment', async () => {
    const [emeka, hana] = f.members;
    const saved = await setProposalOpeners(f.group.layout.root, 'admins', { fetch: f.admin.fetch });
    expect(saved.onlyAdminsOpenProposals).toBe(true);
    expect(getProposalOpeners(await getGroup(f.group.layout.group, { fetch: emeka!.fetch }))).toBe('admins');

    // The server itself refuses, even to an app that skips Mutua's own check.
    expect(await modes(emeka!.fetch, f.group.layout.decisions)).toEqual(['read']);
    await expect(
      openProposalInGroup(f.group.layout.group, question('Sneaked in'), {
        fetch: emeka!.fetch,
        actor: emeka!.signer.webId,
        roll: f.roll,
        openers: 'members',
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const post = await emeka!.fetch(f.group.layout.decisions, {
      method: 'POST',
      headers: { 'content-type': 'text/turtle', slug: 'sneaked' },
      body: '<#it> a <https://w3id.org/mutua/ns#Proposal>.',
    });
    expect(post.status).toBe(403);
    const put = await emeka!.fetch(`${f.group.layout.decisions}sneaked/proposal`, {
      method: 'PUT',
      headers: { 'content-type': 'text/turtle' },
      body: '<#it> a <https://w3id.org/mutua/ns#Proposal>.',
    });
    expect(put.status).toBe(403);
    expect((await f.admin.fetch(`${f.group.layout.decisions}sneaked/proposal`)).status).toBe(404);

    const proposal = await openProposalInGroup(f.group.layout.group, question('The admins ask'), {
      fetch: f.admin.fetch,
      actor: f.admin.signer.webId,
      roll: f.roll,
      openers: 'admins',
    });
    const layout = proposalLayoutOf(proposal.url);
    // Votes and comments go into the proposal's container: members append there (acl:default).
    expect(await modes(emeka!.fetch, layout.container)).toEqual(['append', 'read']);
    await castVote(
      proposal,
      { method: 'yes-no', choice: 'yes' },
      { fetch: emeka!.fetch, signer: emeka!.signer, storage: emeka!.storage },
    );
    await castVote(
      proposal,
      { method: 'yes-no', choice: 'no' },
      { fetch: hana!.fetch, signer: hana!.signer, storage: hana!.storage },
    );
    await postComment(
      proposal.url,
      { text: 'Fine by me.' },
      { fetch: emeka!.fetch, signer: emeka!.signer, storage: emeka!.storage },
    );
    const page = await loadProposalPage(proposal.url, { fetch: emeka!.fetch });
    expect(page.ballots.map((b) => b.vote.voter).sort()).toEqual([emeka!.signer.webId, hana!.signer.webId].sort());
    expect(page.discussion.comments.map((c) => c.content)).toEqual(['Fine by me.']);
  });

  it('keeps the rule through membership changes: a new member may vote but not propose, a removed one neither', async () => {
    const [, hana] = f.members;
    const proposal = await openProposalInGroup(f.group.layout.group, question('After the rule'), {
      fetch: f.admin.fetch,
      actor: f.admin.signer.webId,
      roll: f.roll,
      openers: 'admins',
    });
    const { ballots, container } = proposalLayoutOf(proposal.url);

    await joinThroughRequest(f.group, 'ines');
    const ines = await getAuthenticatedFetch('ines');
    expect(await modes(ines, f.group.layout.decisions)).toEqual(['read']);
    expect(await modes(ines, container)).toEqual(['append', 'read']);
    expect((await appendTo(ines, ballots)).status).toBeLessThan(300);
    expect(
      (
        await ines(`${f.group.layout.decisions}by-ines/proposal`, {
          method: 'PUT',
          headers: { 'content-type': 'text/turtle' },
          body: '',
        })
      ).status,
    ).toBe(403);

    await removeMember(f.group.layout.group, hana!.signer.webId, { fetch: f.admin.fetch, notify: false });
    expect(await modes(hana!.fetch, container)).toEqual([]);
    expect((await appendTo(hana!.fetch, ballots)).status).toBe(403);
    expect((await hana!.fetch(proposal.url)).status).toBe(403);
  });

  it('gives members back the right to propose when the admins lift the rule', async () => {
    const [emeka] = f.members;
    await setProposalOpeners(f.group.layout.root, 'members', { fetch: f.admin.fetch });
    expect(await modes(emeka!.fetch, f.group.layout.decisions)).toEqual(['append', 'read']);
    const opened = await openProposalInGroup(f.group.layout.group, question('Open again'), {
      fetch: emeka!.fetch,
      actor: emeka!.signer.webId,
      roll: f.roll,
    });
    expect(opened.status).toBe('open');
  });
});
