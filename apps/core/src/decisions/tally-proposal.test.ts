import { describe, expect, it } from 'vitest';
import { InvalidProposalError } from './invalid-proposal-error.js';
import { tallyProposal } from './tally-proposal.js';
import { CLOSES_AT, member, members, minutesIn, voteBy, withOptions, yesNo } from './test-fixtures.internal.js';

describe('tallyProposal', () => {
  it('lists every vote as counted or rejected with its reason, and totals them', () => {
    const votes = [
      voteBy(1, 'no', 10),
      voteBy(1, 'yes', 20), // member 1 changed their mind: this one counts
      voteBy(2, 'yes', 5, false), // signature failed
      voteBy(3, 'yes', -5), // before opening
      { ...voteBy(4, 'yes'), castAt: CLOSES_AT }, // at closing: late
      voteBy(5, 'perhaps'), // not a choice
      voteBy(9, 'yes'), // not a member
      voteBy(6, 'abstain'),
    ];
    const tally = tallyProposal(yesNo({ quorum: { numerator: 1, denominator: 3 } }), votes, members(6));
    expect(tally.counted).toEqual([
      { voter: member(1), castAt: minutesIn(20), choice: 'yes' },
      { voter: member(6), castAt: minutesIn(1), choice: 'abstain' },
    ]);
    expect(tally.rejected.map((r) => [r.vote.voter, r.reason])).toEqual([
      [member(1), 'superseded'],
      [member(2), 'bad-signature'],
      [member(3), 'early'],
      [member(4), 'late'],
      [member(5), 'invalid-choice'],
      [member(9), 'not-a-member'],
    ]);
    expect(tally.totals).toEqual({
      eligible: 6,
      received: 8,
      counted: 2,
      rejected: 6,
    });
    expect(tally).toMatchObject({
      method: 'yes-no',
      quorumMet: true,
      outcome: 'passed',
      counts: { yes: 1, no: 0, abstain: 1 },
    });
  });

  it('meets a 1/3 quorum with exactly 2 of 6 members and misses it with 1', () => {
    const proposal = yesNo({ quorum: { numerator: 1, denominator: 3 } });
    expect(tallyProposal(proposal, [voteBy(1, 'yes'), voteBy(2, 'no')], members(6)).quorumMet).toBe(true);
    expect(tallyProposal(proposal, [voteBy(1, 'yes')], members(6)).outcome).toBe('no-quorum');
  });

  it('counts a member listed twice among the eligible only once', () => {
    const tally = tallyProposal(yesNo(), [], [...members(3), member(1)]);
    expect(tally.quorum.eligible).toBe(3);
  });

  it('clears tiedOptions when the quorum is not met, but keeps the per-option counts', () => {
    const proposal = withOptions('approval', ['A', 'B'], {
      quorum: { numerator: 1, denominator: 1 },
    });
    const tally = tallyProposal(proposal, [voteBy(1, ['A', 'B'])], members(2));
    expect(tally).toMatchObject({
      outcome: 'no-quorum',
      tiedOptions: [],
      perOption: [{ approvals: 1 }, { approvals: 1 }],
    });
  });

  it('refuses a malformed proposal with InvalidProposalError', () => {
    expect(() => tallyProposal(withOptions('ranked-choice', []), [], members(1))).toThrow(InvalidProposalError);
  });
});
