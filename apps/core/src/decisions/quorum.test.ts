import { describe, expect, it } from 'vitest';
import { checkQuorum } from './quorum.js';

describe('checkQuorum', () => {
  it('is met at exactly the quorum share: 5 of 10 with a quorum of 1/2', () => {
    expect(checkQuorum(5, 10, { numerator: 1, denominator: 2 })).toEqual({
      eligible: 10,
      counted: 5,
      required: { numerator: 1, denominator: 2 },
      minimumVotes: 5,
      met: true,
    });
  });

  it('is not met one vote short: 4 of 10 with a quorum of 1/2', () => {
    expect(checkQuorum(4, 10, { numerator: 1, denominator: 2 }).met).toBe(false);
  });

  it('is met by 3 of 10 at a 3/10 quorum, where floats would compare 0.3 with 0.1 * 3 = 0.30000000000000004', () => {
    expect(3 / 10 >= 0.1 * 3).toBe(false);
    expect(checkQuorum(3, 10, { numerator: 3, denominator: 10 }).met).toBe(true);
  });

  it('rounds the minimum up: a third of 10 members needs 4 votes, and 3 is not enough', () => {
    const third = { numerator: 1, denominator: 3 };
    expect(checkQuorum(3, 10, third)).toMatchObject({
      minimumVotes: 4,
      met: false,
    });
    expect(checkQuorum(4, 10, third).met).toBe(true);
  });

  it('is met by zero votes when the quorum is 0', () => {
    expect(checkQuorum(0, 10, { numerator: 0, denominator: 1 }).met).toBe(true);
  });

  it('is never met when nobody is eligible', () => {
    expect(checkQuorum(0, 0, { numerator: 0, denominator: 1 })).toMatchObject({
      met: false,
      minimumVotes: 0,
    });
  });

  it('stays exact for counts and denominators beyond 2^53 when multiplied', () => {
    const ratio = { numerator: 999_999_999, denominator: 1_000_000_000 };
    expect(checkQuorum(9_999_999_990, 10_000_000_000, ratio).met).toBe(true);
    expect(checkQuorum(9_999_999_989, 10_000_000_000, ratio).met).toBe(false);
  });
});
