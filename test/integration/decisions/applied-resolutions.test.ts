import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyResolution } from '../../../apps/core/src/decisions/apply-resolution.js';
import { applyResolutionAction } from '../../../apps/core/src/decisions/apply-resolution-action.js';
import { castVote } from '../../../apps/core/src/decisions/cast-vote.js';
import { loadProposalPage } from '../../../apps/core/src/decisions/load-proposal-page.js';
import { openProposalInGroup, type NewProposal } from '../../../apps/core/src/decisions/open-proposal-in-group.js';
import { closeProposalInGroup } from '../../../apps/core/src/decisions/proposal-status-in-group.js';
import { readResolutionApplication } from '../../../apps/core/src/decisions/resolution-application.js';
import { AccessDeniedError } from '../../../apps/core/src/errors/access-denied-error.js';
import { getLedgerRules } from '../../../apps/core/src/ledger/get-ledger-rules.js';
import { getRdfResource } from '../../../apps/core/src/pod/get-rdf-resource.js';
import { getGroup } from '../../../apps/core/src/records/types/group.js';
import { watchPassedProposals } from '../../../apps/core/src/steward/watch-passed-proposals.js';
import { waitUntil } from '../../support/wait-until.js';
import { createDecisionFixture, type DecisionFixture, type Participant } from './decision-fixture.js';

let f: DecisionFixture;
const HOUR = 3600_000;
const closesAt = new Date(Date.now() + HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z');
const afterClosing = new Date(Date.parse(closesAt) + 1000);
const lowerMinimum: NewProposal = {
  title: 'Set the minimum balance to -300',
  description: 'Several members reach the limit of -50 hours in winter.',
  method: 'yes-no',
  quorum: '0.5',
  closesAt,
  runningResultsVisible: true,
  resolution: 'The minimum balance becomes -300 hours',
  decides: { kind: 'default-minimum', limit: -30000 },
};

beforeAll(async () => {
  f = await createDecisionFixture('decisions-apply', 'dolores', ['emeka', 'hana']);
});

/** Opens a proposal, has both members vote `choice`, and has the admin close it after its closing time. */
async function decide(input: NewProposal, choice: 'yes' | 'no'): Promise<string> {
  const proposal = await openProposalInGroup(f.group.layout.group, input, {
    fetch: f.admin.fetch,
    actor: f.admin.signer.webId,
    roll: f.roll,
  });
  for (const m of f.members as readonly Participant[]) {
    await castVote(proposal, { method: 'yes-no', choice }, { fetch: m.fetch, signer: m.signer, storage: m.storage });
  }
  await closeProposalInGroup(await loadProposalPage(proposal.url, { fetch: f.admin.fetch }), {
    fetch: f.admin.fetch,
    now: afterClosing,
  });
  return proposal.url;
}

async function applicationOf(proposalUrl: string) {
  const doc = await getRdfResource(proposalUrl, { fetch: f.admin.fetch });
  return { application: readResolutionApplication(proposalUrl, doc.quads), etag: doc.etag };
}

describe('applying a passed proposal’s decision', () => {
  const stop = new AbortController();
  afterAll(() => stop.abort());

  it('is done by the group steward within seconds of closing: getLedgerRules then shows -300', async () => {
    const group = f.group.layout.group;
    expect((await getLedgerRules(group, { fetch: f.admin.fetch })).limits.defaults.minimum).toBe(-5000);
    const applied: string[] = [];
    const steward = watchPassedProposals(group, {
      fetch: f.group.pod.agent.fetch,
      agent: f.group.pod.webId,
      intervalMs: 300,
      signal: stop.signal,
      onApplied: (url) => applied.push(url),
    });
    const url = await decide(lowerMinimum, 'yes');
    const ms = await waitUntil(async () => (await applicationOf(url)).application?.status === 'applied', 15_000);
    console.log(`steward applied the decision ${Math.round(ms)} ms after closing`);

    expect((await getLedgerRules(group, { fetch: f.members[0]!.fetch })).limits.defaults.minimum).toBe(-30000);
    const { application } = await applicationOf(url);
    expect(application).toMatchObject({
      action: url.replace('#it', '#action'),
      status: 'applied',
      agent: f.group.pod.webId,
      resultingValue: -30000,
    });
    expect(Date.parse(application!.endedAt!)).toBeGreaterThanOrEqual(Date.parse(application!.startedAt));
    expect(applied).toEqual([url]);
    // The page every member sees carries the record too.
    expect((await loadProposalPage(url, { fetch: f.members[1]!.fetch })).proposal.status).toBe('closed');

    // Applying again, by the admin's app this time, changes nothing: not the document, not the limit.
    const before = await applicationOf(url);
    expect(await applyResolution(url, { fetch: f.admin.fetch, agent: f.admin.signer.webId })).toMatchObject({
      state: 'already-done',
    });
    expect(await applicationOf(url)).toEqual(before);
    stop.abort();
    await steward;
  });

  it('is applied exactly once when the admin’s app and the steward race', async () => {
    const url = await decide(
      { ...lowerMinimum, title: 'Set the maximum balance to 400', decides: { kind: 'default-maximum', limit: 40000 } },
      'yes',
    );
    const reports = await Promise.all([
      applyResolution(url, { fetch: f.admin.fetch, agent: f.admin.signer.webId }),
      applyResolution(url, { fetch: f.group.pod.agent.fetch, agent: f.group.pod.webId }),
    ]);
    const states = reports.map((r) => r.state).sort();
    expect(states.filter((s) => s === 'applied')).toHaveLength(1);
    expect(states.filter((s) => s === 'in-progress' || s === 'already-done')).toHaveLength(1);
    const winner = reports.find((r) => r.state === 'applied')!;
    expect((await applicationOf(url)).application).toEqual('application' in winner ? winner.application : undefined);
    expect((await getLedgerRules(f.group.layout.group, { fetch: f.admin.fetch })).limits.defaults.maximum).toBe(40000);
  });

  it('applies nothing when the proposal is rejected', async () => {
    const url = await decide(
      {
        ...lowerMinimum,
        title: 'Set the minimum balance to -900',
        decides: { kind: 'default-minimum', limit: -90000 },
      },
      'no',
    );
    const before = (await getLedgerRules(f.group.layout.group, { fetch: f.admin.fetch })).limits.defaults.minimum;
    expect(await applyResolution(url, { fetch: f.admin.fetch, agent: f.admin.signer.webId })).toEqual({
      state: 'nothing-to-apply',
      reason: 'nothing-decided',
    });
    expect((await applicationOf(url)).application).toBeUndefined();
    expect((await getLedgerRules(f.group.layout.group, { fetch: f.admin.fetch })).limits.defaults.minimum).toBe(before);
  });

  it('cannot be done by a member who is not an admin: the server refuses the writes', async () => {
    const url = await decide(
      {
        ...lowerMinimum,
        title: 'Set the minimum balance to -100',
        decides: { kind: 'default-minimum', limit: -10000 },
      },
      'yes',
    );
    const emeka = f.members[0]!;
    const before = (await getLedgerRules(f.group.layout.group, { fetch: f.admin.fetch })).limits.defaults.minimum;
    await expect(applyResolution(url, { fetch: emeka.fetch, agent: emeka.signer.webId })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      applyResolutionAction(f.group.layout.group, { kind: 'default-minimum', limit: -10000 }, { fetch: emeka.fetch }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      applyResolutionAction(
        f.group.layout.group,
        { kind: 'group-rule', rule: 'membersMayPostNews', value: true },
        { fetch: emeka.fetch },
      ),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await applicationOf(url)).application).toBeUndefined();
    expect((await getLedgerRules(f.group.layout.group, { fetch: f.admin.fetch })).limits.defaults.minimum).toBe(before);
    expect((await getGroup(f.group.layout.group, { fetch: f.admin.fetch })).membersMayPostNews).not.toBe(true);
  });

  it('records a failure with a reason a person can act on, and an admin may retry it', async () => {
    const stranger = 'https://stranger.example/profile/card#me';
    const url = await decide(
      {
        ...lowerMinimum,
        title: 'Give a stranger credit',
        decides: { kind: 'member-minimum', member: stranger, limit: -1000 },
      },
      'yes',
    );
    const report = await applyResolution(url, { fetch: f.admin.fetch, agent: f.admin.signer.webId });
    expect(report.state).toBe('failed');
    const { application } = await applicationOf(url);
    expect(application).toMatchObject({ status: 'failed', agent: f.admin.signer.webId });
    expect(application!.failureReason).toMatch(/does not exist \(is the member still in the group\?\)/);
    // A failure is final for the steward; an admin who fixed the cause retries on purpose.
    expect(await applyResolution(url, { fetch: f.admin.fetch, agent: f.admin.signer.webId })).toMatchObject({
      state: 'already-done',
    });
    expect(
      await applyResolution(url, { fetch: f.admin.fetch, agent: f.admin.signer.webId, retryFailed: true }),
    ).toMatchObject({ state: 'failed' });
  });

  it('switches a group rule with the setter that also rewrites its ACLs', async () => {
    const url = await decide(
      {
        ...lowerMinimum,
        title: 'Members may post news',
        decides: { kind: 'group-rule', rule: 'membersMayPostNews', value: true },
      },
      'yes',
    );
    expect(await applyResolution(url, { fetch: f.admin.fetch, agent: f.admin.signer.webId })).toMatchObject({
      state: 'applied',
      application: { resultingValue: true },
    });
    expect((await getGroup(f.group.layout.group, { fetch: f.members[0]!.fetch })).membersMayPostNews).toBe(true);
  });
  it('applies the winning option’s action in an approval vote, and only that one', async () => {
    const proposal = await openProposalInGroup(
      f.group.layout.group,
      {
        ...lowerMinimum,
        title: 'Who opens proposals?',
        method: 'approval',
        options: ['Only admins', 'Every member'],
        decides: undefined,
        optionActions: [
          { kind: 'group-rule', rule: 'onlyAdminsOpenProposals', value: true },
          { kind: 'group-rule', rule: 'onlyAdminsOpenProposals', value: false },
        ],
      },
      { fetch: f.admin.fetch, actor: f.admin.signer.webId, roll: f.roll },
    );
    const onlyAdmins = proposal.url.replace('#it', '#option-1');
    for (const m of f.members as readonly Participant[]) {
      await castVote(
        proposal,
        { method: 'approval', approves: [onlyAdmins] },
        { fetch: m.fetch, signer: m.signer, storage: m.storage },
      );
    }
    const page = await loadProposalPage(proposal.url, { fetch: f.admin.fetch });
    expect(await closeProposalInGroup(page, { fetch: f.admin.fetch, now: afterClosing })).toMatchObject({
      result: onlyAdmins,
    });
    const report = await applyResolution(proposal.url, { fetch: f.admin.fetch, agent: f.admin.signer.webId });
    expect(report).toMatchObject({
      state: 'applied',
      application: { action: proposal.url.replace('#it', '#option-1-action'), resultingValue: true },
    });
    expect((await getGroup(f.group.layout.group, { fetch: f.admin.fetch })).onlyAdminsOpenProposals).toBe(true);
  });
});
