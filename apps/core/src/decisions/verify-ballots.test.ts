import { describe, expect, it } from 'vitest';
import { fixtureBallot, fixtureRoll, fixtureVoters, FIXTURE_PROPOSAL } from './ballot-fixtures.testing.js';
import { createBallotVerifier } from './verify-ballots.js';

const AT = '2026-05-02T10:00:00Z';

describe('createBallotVerifier', () => {
  it('verifies signed ballots from roll members and turns them into votes for the tally', async () => {
    const voters = await fixtureVoters(3);
    const roll = await fixtureRoll(voters);
    const ballots = [
      await fixtureBallot(voters[0]!, { method: 'yes-no', choice: 'yes' }, AT),
      await fixtureBallot(voters[1]!, { method: 'consent', response: 'block', reason: 'Too expensive' }, AT),
      await fixtureBallot(voters[2]!, { method: 'ranked-choice', ranking: [`${FIXTURE_PROPOSAL}-b`, `${FIXTURE_PROPOSAL}-a`] }, AT),
    ];
    const checked = await createBallotVerifier(FIXTURE_PROPOSAL, roll)(ballots);
    expect(checked.map((c) => c.vote.verified)).toEqual([true, true, true]);
    expect(checked.map((c) => c.vote.choice)).toEqual(['yes', { response: 'block', reason: 'Too expensive' }, [`${FIXTURE_PROPOSAL}-b`, `${FIXTURE_PROPOSAL}-a`]]);
    expect(checked[0]!.vote).toMatchObject({ voter: voters[0]!.webId, castAt: AT });
  });

  it('marks a ballot whose text was changed after signing as not verified', async () => {
    const voters = await fixtureVoters(1);
    const ballot = await fixtureBallot(voters[0]!, { method: 'yes-no', choice: 'yes' }, AT);
    const tampered = ballot.replace('#Yes>', '#No>');
    expect(tampered).not.toBe(ballot);
    const [checked] = await createBallotVerifier(FIXTURE_PROPOSAL, await fixtureRoll(voters))([tampered]);
    expect(checked!.vote.verified).toBe(false);
    expect(checked!.problem).toBeTruthy();
  });

  it('refuses a ballot signed by one member in the name of another', async () => {
    const voters = await fixtureVoters(2);
    const roll = await fixtureRoll(voters);
    const forger = { ...voters[1]!, webId: voters[0]!.webId };
    const [checked] = await createBallotVerifier(FIXTURE_PROPOSAL, roll)([await fixtureBallot(forger, { method: 'yes-no', choice: 'no' }, AT)]);
    expect(checked!.vote.verified).toBe(false);
    expect(checked!.problem).toMatch(/someone other than/);
  });

  it('refuses a ballot signed with a key that is not on the roll', async () => {
    const voters = await fixtureVoters(2);
    const roll = await fixtureRoll(voters.slice(0, 1));
    const [checked] = await createBallotVerifier(FIXTURE_PROPOSAL, roll)([await fixtureBallot(voters[1]!, { method: 'yes-no', choice: 'no' }, AT)]);
    expect(checked!.vote.verified).toBe(false);
  });

  it('does not count a ballot for another proposal', async () => {
    const voters = await fixtureVoters(1);
    const ballot = await fixtureBallot(voters[0]!, { method: 'yes-no', choice: 'yes' }, AT, 'https://group.example/decisions/other/proposal#it');
    const [checked] = await createBallotVerifier(FIXTURE_PROPOSAL, await fixtureRoll(voters))([ballot]);
    expect(checked!.problem).toMatch(/another proposal/);
  });
});
