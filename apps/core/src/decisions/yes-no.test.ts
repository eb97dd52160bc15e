import { describe, expect, it } from 'vitest';
import { TWO_THIRDS } from './proposal.js';
import { tallyProposal } from './tally-proposal.js';
import { members, votesOf, yesNo } from './test-fixtures.internal.js';
import { parseYesNoChoice, tallyYesNo, type YesNoChoice } from './yes-no.js';

const ballots = (choices: YesNoChoice[]) => choices.map((choice, i) => ({ voter: `v${i}`, castAt: '', choice }));
const repeat = (choice: YesNoChoice, n: number): YesNoChoice[] => Array<YesNoChoice>(n).fill(choice);

describe('tallyYesNo', () => {
  it('passes a simple majority of 4 yes to 3 no, ignoring 10 abstentions', () => {
    const result = tallyYesNo(ballots([...repeat('yes', 4), ...repeat('no', 3), ...repeat('abstain', 10)]));
    expect(result).toEqual({
      counts: { yes: 4, no: 3, abstain: 10 },
      outcome: 'passed',
      tiedOptions: [],
    });
  });

  it('rejects an even split under simple majority, since 3/6 is not more than 1/2', () => {
    expect(tallyYesNo(ballots([...repeat('yes', 3), ...repeat('no', 3)])).outcome).toBe('rejected');
  });

  it('passes exactly at a two-thirds "at least" threshold: 4 yes, 2 no (4·3 = 12 ≥ 2·6 = 12)', () => {
    expect(tallyYesNo(ballots([...repeat('yes', 4), ...repeat('no', 2)]), TWO_THIRDS).outcome).toBe('passed');
  });

  it('rejects just under two thirds: 3 yes, 2 no (3·3 = 9 < 2·5 = 10)', () => {
    expect(tallyYesNo(ballots([...repeat('yes', 3), ...repeat('no', 2)]), TWO_THIRDS).outcome).toBe('rejected');
  });

  it('rejects exactly two thirds when the threshold is "more than" two thirds', () => {
    const moreThan = {
      numerator: 2,
      denominator: 3,
      comparison: 'more-than',
    } as const;
    expect(tallyYesNo(ballots([...repeat('yes', 4), ...repeat('no', 2)]), moreThan).outcome).toBe('rejected');
  });

  it('rejects when everyone abstains, even under an "at least" threshold where 0 ≥ 0', () => {
    expect(tallyYesNo(ballots(repeat('abstain', 5)), TWO_THIRDS).outcome).toBe('rejected');
  });

  it('rejects with zero votes', () => {
    expect(tallyYesNo([])).toEqual({
      counts: { yes: 0, no: 0, abstain: 0 },
      outcome: 'rejected',
      tiedOptions: [],
    });
  });

  it('passes unanimous yes at a threshold of 1/1 "at least"', () => {
    const unanimity = {
      numerator: 1,
      denominator: 1,
      comparison: 'at-least',
    } as const;
    expect(tallyYesNo(ballots(repeat('yes', 3)), unanimity).outcome).toBe('passed');
    expect(tallyYesNo(ballots([...repeat('yes', 3), 'no']), unanimity).outcome).toBe('rejected');
  });
});

describe('parseYesNoChoice', () => {
  it('accepts only the three words, case-sensitively', () => {
    expect(['yes', 'no', 'abstain', 'Yes', '', null, 1].map((c) => parseYesNoChoice(c).ok)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('tallyProposal for a yes/no proposal', () => {
  const half = { numerator: 1, denominator: 2 };

  it('counts abstentions toward the quorum: 1 yes and 4 abstain of 10 members meets a 1/2 quorum and passes', () => {
    const votes = votesOf(['yes', 'abstain', 'abstain', 'abstain', 'abstain']);
    const tally = tallyProposal(yesNo({ quorum: half }), votes, members(10));
    expect(tally).toMatchObject({
      quorumMet: true,
      outcome: 'passed',
      counts: { yes: 1, no: 0, abstain: 4 },
    });
  });

  it('reports no-quorum one vote short of the quorum, but still shows the counts', () => {
    const tally = tallyProposal(yesNo({ quorum: half }), votesOf(['yes', 'yes', 'yes', 'yes']), members(10));
    expect(tally).toMatchObject({
      quorumMet: false,
      outcome: 'no-quorum',
      counts: { yes: 4 },
    });
    expect(tally.quorum).toMatchObject({
      counted: 4,
      eligible: 10,
      minimumVotes: 5,
    });
  });

  it('reports no-quorum with zero votes and a quorum above zero', () => {
    expect(tallyProposal(yesNo({ quorum: half }), [], members(10)).outcome).toBe('no-quorum');
  });

  it('reports its effective threshold, defaulting to a simple majority', () => {
    const tally = tallyProposal(yesNo(), [], members(3));
    expect(tally.method === 'yes-no' && tally.threshold).toEqual({
      numerator: 1,
      denominator: 2,
      comparison: 'more-than',
    });
  });
});
