import { describe, expect, it } from 'vitest';
import { parseScoreChoice, tallyScore } from './score.js';
import { tallyProposal } from './tally-proposal.js';
import { members, votesOf, withOptions } from './test-fixtures.internal.js';

const OPTIONS = ['monday', 'wednesday', 'saturday'];
const ballots = (choices: Record<string, number>[]) =>
  choices.map((choice, i) => ({
    voter: `v${i}`,
    castAt: '',
    choice: { monday: 0, wednesday: 0, saturday: 0, ...choice },
  }));

describe('parseScoreChoice', () => {
  it('fills in 0 for options the voter left out', () => {
    expect(parseScoreChoice({ saturday: 5 }, OPTIONS)).toEqual({
      ok: true,
      choice: { monday: 0, wednesday: 0, saturday: 5 },
    });
  });

  it('accepts 0 and the maximum, and rejects one above it, negatives and fractions', () => {
    expect(parseScoreChoice({ monday: 0, saturday: 5 }, OPTIONS).ok).toBe(true);
    expect(parseScoreChoice({ monday: 6 }, OPTIONS)).toEqual({
      ok: false,
      detail: 'the score for "monday" must be a whole number from 0 to 5',
    });
    expect(parseScoreChoice({ monday: -1 }, OPTIONS).ok).toBe(false);
    expect(parseScoreChoice({ monday: 2.5 }, OPTIONS).ok).toBe(false);
    expect(parseScoreChoice({ monday: '3' }, OPTIONS).ok).toBe(false);
  });

  it('honours a proposal-specific maximum', () => {
    expect(parseScoreChoice({ monday: 10 }, OPTIONS, 10).ok).toBe(true);
    expect(parseScoreChoice({ monday: 3 }, OPTIONS, 2).ok).toBe(false);
  });

  it('rejects an unknown option and non-objects', () => {
    expect(parseScoreChoice({ sunday: 1 }, OPTIONS)).toEqual({
      ok: false,
      detail: 'unknown option "sunday"',
    });
    expect(parseScoreChoice([1, 2, 3], OPTIONS).ok).toBe(false);
    expect(parseScoreChoice(null, OPTIONS).ok).toBe(false);
  });

  it('keeps an option called "__proto__" as an ordinary key', () => {
    const parsed = parseScoreChoice(JSON.parse('{"__proto__": 4}'), ['__proto__', 'x']);
    expect(parsed.ok && Object.getPrototypeOf(parsed.choice)).toBe(Object.prototype);
    expect(parsed.ok && Object.entries(parsed.choice)).toEqual([
      ['__proto__', 4],
      ['x', 0],
    ]);
  });
});

describe('tallyScore', () => {
  // monday 5+0+2 = 7, wednesday 3+4+3 = 10, saturday 0+5+4 = 9.
  it('elects the highest total, which is also the highest mean over the counted ballots', () => {
    const result = tallyScore(
      ballots([
        { monday: 5, wednesday: 3 },
        { wednesday: 4, saturday: 5 },
        { monday: 2, wednesday: 3, saturday: 4 },
      ]),
      OPTIONS,
    );
    expect(result).toEqual({
      perOption: [
        { option: 'monday', total: 7 },
        { option: 'wednesday', total: 10 },
        { option: 'saturday', total: 9 },
      ],
      outcome: { winner: 'wednesday' },
      tiedOptions: [],
    });
  });

  it('does not let one enthusiastic 5 beat broad support: a missing score counts as 0', () => {
    // saturday mean among those who scored it would be 5; its total is 5, below wednesday's 6.
    const result = tallyScore(ballots([{ saturday: 5, wednesday: 2 }, { wednesday: 2 }, { wednesday: 2 }]), OPTIONS);
    expect(result.outcome).toEqual({ winner: 'wednesday' });
  });

  it('reports equal top totals as a tie', () => {
    expect(tallyScore(ballots([{ monday: 4, saturday: 1 }, { saturday: 3 }]), OPTIONS)).toMatchObject({
      outcome: 'tie',
      tiedOptions: ['monday', 'saturday'],
    });
  });

  it('rejects when every score is 0 or there are no ballots', () => {
    expect(tallyScore(ballots([{}, {}]), OPTIONS).outcome).toBe('rejected');
    expect(tallyScore([], OPTIONS).outcome).toBe('rejected');
  });
});

describe('tallyProposal for a score proposal', () => {
  it('rejects an out-of-range ballot as invalid-choice and reports the maximum used', () => {
    const tally = tallyProposal(
      withOptions('score', OPTIONS, { maxScore: 3 }),
      votesOf([{ monday: 3 }, { monday: 4 }]),
      members(2),
    );
    expect(tally).toMatchObject({
      maxScore: 3,
      outcome: { winner: 'monday' },
      rejected: [{ reason: 'invalid-choice' }],
    });
  });
});
