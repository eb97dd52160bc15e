import { afterAll, describe, expect, it } from 'vitest';
import { fixtureBallot, fixtureRoll, fixtureVoters, FIXTURE_PROPOSAL } from './ballot-fixtures.testing.js';
import { checkBallotsInWorkers, stopBallotWorkers } from './check-ballots-in-workers.internal.js';
import type { Proposal } from './proposal.js';
import { tallyProposal } from './tally-proposal.js';
import { createBallotVerifier, type CheckedBallot } from './verify-ballots.js';

const AT = '2026-05-02T10:00:00Z';
const YES_NO: Proposal = {
  id: FIXTURE_PROPOSAL,
  status: 'open',
  method: 'yes-no',
  opensAt: '2026-05-01T00:00:00Z',
  closesAt: '2026-05-08T00:00:00Z',
  quorum: { numerator: 1, denominator: 2 },
};

afterAll(() => stopBallotWorkers());

// Every kind of ballot the in-thread path accepts or refuses, signed with real keys.
async function mixedBallots() {
  const voters = await fixtureVoters(12, { distinctKeys: true });
  const onRoll = voters.slice(0, 10);
  const roll = await fixtureRoll(onRoll);
  const valid = await Promise.all(
    onRoll.slice(0, 6).map((v, i) => fixtureBallot(v, { method: 'yes-no', choice: i % 3 === 0 ? 'no' : 'yes' }, AT)),
  );
  const forgedSignature = (await fixtureBallot(onRoll[6]!, { method: 'yes-no', choice: 'yes' }, AT)).replace(
    /(#proofValue> "z)(.)/,
    (_, head: string, c: string) => `${head}${c === 'A' ? 'B' : 'A'}`,
  );
  const altered = (await fixtureBallot(onRoll[7]!, { method: 'yes-no', choice: 'yes' }, AT)).replace('#Yes>', '#No>');
  const wrongKey = await fixtureBallot(
    { ...voters[10]!, webId: onRoll[8]!.webId, keyId: onRoll[8]!.keyId },
    { method: 'yes-no', choice: 'no' },
    AT,
  );
  const otherMembersKey = await fixtureBallot(
    { ...onRoll[1]!, webId: onRoll[9]!.webId },
    { method: 'yes-no', choice: 'no' },
    AT,
  );
  const nonMember = await fixtureBallot(voters[11]!, { method: 'yes-no', choice: 'yes' }, AT);
  const otherProposal = await fixtureBallot(
    onRoll[9]!,
    { method: 'yes-no', choice: 'yes' },
    AT,
    'https://group.example/decisions/other/proposal#it',
  );
  const malformed = ['not N-Quads at all', '<https://a.example/x> <https://a.example/p> .\n', valid[0]!.slice(0, 200)];
  const snapshots = [
    ...valid,
    forgedSignature,
    altered,
    wrongKey,
    otherMembersKey,
    nonMember,
    otherProposal,
    ...malformed,
    valid[1]!,
  ];
  return { roll, eligible: onRoll.map((v) => v.webId), snapshots };
}

const outcomes = (checked: readonly CheckedBallot[]) =>
  checked.map((c) => ({ counted: c.vote.verified, problem: c.problem, voter: c.vote.voter, url: c.url }));

describe('checkBallotsInWorkers', () => {
  it('gives every ballot the outcome and reason the in-thread verifier gives, and the same tally', async () => {
    const { roll, eligible, snapshots } = await mixedBallots();
    const inThread = await createBallotVerifier(FIXTURE_PROPOSAL, roll, { workers: 0 })(snapshots);
    // No share for this thread: every ballot goes through a real worker.
    const inWorkers = await checkBallotsInWorkers(FIXTURE_PROPOSAL, roll, snapshots, 2);

    expect(inThread.filter((c) => c.vote.verified)).toHaveLength(7);
    expect(new Set(inThread.map((c) => c.problem)).size).toBeGreaterThan(5);
    expect(outcomes(inWorkers)).toEqual(outcomes(inThread));
    expect(inWorkers).toEqual(inThread);
    const tally = (checked: readonly CheckedBallot[]) =>
      tallyProposal(
        YES_NO,
        checked.map((c) => c.vote),
        eligible,
      );
    expect(tally(inWorkers)).toEqual(tally(inThread));
  });

  it('gives the same results when this thread and the workers share the ballots, in the snapshots order', async () => {
    const { roll, snapshots } = await mixedBallots();
    const many = Array.from({ length: 40 }, () => snapshots).flat();
    const inThread = await createBallotVerifier(FIXTURE_PROPOSAL, roll, { workers: 0 })(many);
    const shared = await createBallotVerifier(FIXTURE_PROPOSAL, roll, { workers: 1 })(many);
    expect(shared).toEqual(inThread);
  });

  it('reports a worker that cannot check its ballots as an error instead of waiting for it', async () => {
    const { snapshots } = await mixedBallots();
    const broken = {
      members: [{ webId: 'https://pods.example/v1/profile/card#me', role: 'member', keys: null }],
    } as never;
    await expect(checkBallotsInWorkers(FIXTURE_PROPOSAL, broken, snapshots, 1)).rejects.toThrow(
      /ballot worker could not check/,
    );
  });

  it('lets a verifier whose worker dies check the same ballots in this thread, with the same results', async () => {
    // Enough distinct ballots for several chunks, so the worker is given some before it dies.
    const voters = await fixtureVoters(600);
    const roll = await fixtureRoll(voters);
    const ballots = await Promise.all(voters.map((v, i) => fixtureBallot(v, { method: 'yes-no', choice: i % 4 === 0 ? 'no' : 'yes' }, AT)));
    const inThread = await createBallotVerifier(FIXTURE_PROPOSAL, roll, { workers: 0 })(ballots);
    const checking = createBallotVerifier(FIXTURE_PROPOSAL, roll, { workers: 1 })(ballots);
    // The worker is ended while it starts: the chunks it takes can no longer be checked there.
    await stopBallotWorkers();
    expect(await checking).toEqual(inThread);
    expect(inThread.filter((b) => b.problem === undefined)).toHaveLength(600);
  });
});
