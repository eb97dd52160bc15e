import { describe, expect, it } from 'vitest';
import { parseRankedChoice, tallyRankedChoice } from './ranked-choice.js';
import { tallyProposal } from './tally-proposal.js';
import { members, votesOf, withOptions } from './test-fixtures.internal.js';

const ballots = (...groups: [number, string[]][]) =>
  groups
    .flatMap(([n, ranking]) => Array.from({ length: n }, () => ranking))
    .map((choice, i) => ({ voter: `v${i}`, castAt: '', choice }));
const votes = (...pairs: [string, number][]) => pairs.map(([option, n]) => ({ option, votes: n }));
const ABC = ['A', 'B', 'C'];

describe('tallyRankedChoice', () => {
  it('lets the plurality leader lose: A 4, B 3, C 2 whose voters prefer B next, so B wins 5 to 4', () => {
    const result = tallyRankedChoice(ballots([4, ['A', 'C']], [3, ['B', 'C']], [2, ['C', 'B']]), ABC);
    expect(result).toEqual({
      outcome: { winner: 'B' },
      tiedOptions: [],
      rounds: [
        {
          round: 1,
          tallies: votes(['A', 4], ['B', 3], ['C', 2]),
          continuingBallots: 9,
          exhaustedBallots: 0,
          eliminated: 'C',
          tieBreak: 'none',
          transfers: votes(['B', 2]),
          exhaustedByTransfer: 0,
        },
        {
          round: 2,
          tallies: votes(['A', 4], ['B', 5]),
          continuingBallots: 9,
          exhaustedBallots: 0,
          eliminated: null,
          tieBreak: 'none',
          transfers: [],
          exhaustedByTransfer: 0,
        },
      ],
    });
  });

  it('needs a majority of continuing ballots only: after 2 ballots exhaust, A wins with 4 of the 7 left', () => {
    const result = tallyRankedChoice(ballots([4, ['A']], [3, ['B']], [2, ['C']]), ABC);
    expect(result.outcome).toEqual({ winner: 'A' });
    expect(result.rounds[0]).toMatchObject({
      eliminated: 'C',
      transfers: [],
      exhaustedByTransfer: 2,
    });
    expect(result.rounds[1]).toMatchObject({
      tallies: votes(['A', 4], ['B', 3]),
      continuingBallots: 7,
      exhaustedBallots: 2,
    });
  });

  it('elects a first-round majority at once', () => {
    const result = tallyRankedChoice(ballots([3, ['B']], [2, ['A', 'B']]), ABC);
    expect(result.outcome).toEqual({ winner: 'B' });
    expect(result.rounds).toHaveLength(1);
  });

  it('breaks a tie for last place by fewer votes in the round before', () => {
    // Round 1: A 5, B 3, C 2, D 1 → D out, its ballot goes to C.
    // Round 2: A 5, B 3, C 3 → B and C tie; in round 1 C had 2 < 3, so C goes (B +2, A +1).
    // Round 3: A 6, B 5 → A has 6 of 11.
    const result = tallyRankedChoice(ballots([5, ['A']], [3, ['B']], [2, ['C', 'B']], [1, ['D', 'C', 'A']]), [
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(result.rounds.map((r) => [r.eliminated, r.tieBreak])).toEqual([
      ['D', 'none'],
      ['C', 'earlier-rounds'],
      [null, 'none'],
    ]);
    expect(result.rounds[1]?.transfers).toEqual(votes(['A', 1], ['B', 2]));
    expect(result.rounds[2]?.tallies).toEqual(votes(['A', 6], ['B', 5]));
    expect(result.outcome).toEqual({ winner: 'A' });
  });

  it('breaks a first-round tie for last place by eliminating the option listed last', () => {
    const input = ballots([2, ['A']], [1, ['B']], [1, ['C', 'A']]);
    const listed = tallyRankedChoice(input, ['A', 'B', 'C']);
    expect(listed.rounds[0]).toMatchObject({
      eliminated: 'C',
      tieBreak: 'option-order',
    });
    expect(listed.outcome).toEqual({ winner: 'A' });
    expect(tallyRankedChoice(input, ['A', 'C', 'B']).rounds[0]).toMatchObject({
      eliminated: 'B',
      tieBreak: 'option-order',
    });
  });

  it('reports ties at every place: a tie for last is broken, a tie for first is reported', () => {
    // Round 1: A 2, B 2, C 1, D 1 → C and D tie with no history; D is listed last and goes to B.
    // Round 2: A 2, B 3, C 1 → C out, to A. Round 3: A 3, B 3 → tie.
    const result = tallyRankedChoice(ballots([2, ['A']], [2, ['B']], [1, ['C', 'A']], [1, ['D', 'B']]), [
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(result.rounds.map((r) => r.eliminated)).toEqual(['D', 'C', null]);
    expect(result).toMatchObject({ outcome: 'tie', tiedOptions: ['A', 'B'] });
  });

  it('eliminates an option nobody ranked first before declaring a final tie between the other two', () => {
    const result = tallyRankedChoice(ballots([2, ['A', 'C']], [2, ['B', 'C']]), ABC);
    expect(result.rounds.map((r) => r.tallies)).toEqual([
      votes(['A', 2], ['B', 2], ['C', 0]),
      votes(['A', 2], ['B', 2]),
    ]);
    expect(result).toMatchObject({ outcome: 'tie', tiedOptions: ['A', 'B'] });
  });

  it('reports a three-way tie when every option left has the same votes', () => {
    expect(tallyRankedChoice(ballots([1, ['A']], [1, ['B']], [1, ['C']]), ABC)).toMatchObject({
      outcome: 'tie',
      tiedOptions: ['A', 'B', 'C'],
    });
  });

  it('rejects when no ballot ranks anything, and when there are no ballots', () => {
    const empty = tallyRankedChoice(ballots([3, []]), ABC);
    expect(empty.outcome).toBe('rejected');
    expect(empty.rounds).toEqual([
      {
        round: 1,
        tallies: votes(['A', 0], ['B', 0], ['C', 0]),
        continuingBallots: 0,
        exhaustedBallots: 3,
        eliminated: null,
        tieBreak: 'none',
        transfers: [],
        exhaustedByTransfer: 0,
      },
    ]);
    expect(tallyRankedChoice([], ABC).outcome).toBe('rejected');
  });
});

describe('parseRankedChoice', () => {
  it('keeps the order and accepts a partial ranking', () => {
    expect(parseRankedChoice(['C', 'A'], ABC)).toEqual({
      ok: true,
      choice: ['C', 'A'],
    });
  });

  it('rejects unknown and repeated options', () => {
    expect(parseRankedChoice(['A', 'Z'], ABC)).toEqual({
      ok: false,
      detail: 'unknown option "Z"',
    });
    expect(parseRankedChoice(['A', 'B', 'A'], ABC).ok).toBe(false);
    expect(parseRankedChoice([1], ABC).ok).toBe(false);
  });
});

describe('tallyProposal for a ranked-choice proposal', () => {
  it('counts an empty ranking toward the quorum but not in any round', () => {
    const proposal = withOptions('ranked-choice', ABC, {
      quorum: { numerator: 1, denominator: 1 },
    });
    const tally = tallyProposal(proposal, votesOf([['B'], []]), members(2));
    expect(tally).toMatchObject({ quorumMet: true, outcome: { winner: 'B' } });
    expect(tally.method === 'ranked-choice' && tally.rounds[0]?.exhaustedBallots).toBe(1);
  });
});
