import { describe, expect, it } from 'vitest';
import { assertValidProposal } from './assert-valid-proposal.js';
import { InvalidProposalError } from './invalid-proposal-error.js';
import type { Proposal } from './proposal.js';
import { withOptions, yesNo } from './test-fixtures.internal.js';

const problemOf = (p: Proposal) => {
  try {
    assertValidProposal(p);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidProposalError);
    return (error as InvalidProposalError).problem;
  }
};

describe('assertValidProposal', () => {
  it('accepts the well-formed proposals used in these tests', () => {
    expect(problemOf(yesNo())).toBeUndefined();
    expect(problemOf(withOptions('score', ['a', 'b'], { maxScore: 10 }))).toBeUndefined();
  });

  it('rejects times without a zone and a window that closes before it opens', () => {
    expect(problemOf(yesNo({ opensAt: '2026-05-01T00:00:00' }))).toMatch(/opensAt .* time zone/);
    expect(problemOf(yesNo({ closesAt: '2026-04-01T00:00:00Z' }))).toBe('it closes before it opens');
  });

  it('rejects quorums and thresholds that are not fractions n/d with 0 ≤ n ≤ d', () => {
    expect(problemOf(yesNo({ quorum: { numerator: 0.5, denominator: 1 } }))).toMatch(/quorum/);
    expect(problemOf(yesNo({ quorum: { numerator: 3, denominator: 2 } }))).toMatch(/quorum/);
    expect(problemOf(yesNo({ quorum: { numerator: 1, denominator: 0 } }))).toMatch(/quorum/);
    expect(
      problemOf(
        yesNo({
          threshold: {
            numerator: 2,
            denominator: 3,
            comparison: 'about' as 'at-least',
          },
        }),
      ),
    ).toMatch(/comparison/);
  });

  it('rejects empty, blank and repeated options and a bad maximum score', () => {
    expect(problemOf(withOptions('approval', []))).toBe('it has no options');
    expect(problemOf(withOptions('ranked-choice', ['a', '']))).toMatch(/non-empty/);
    expect(problemOf(withOptions('approval', ['a', 'a']))).toBe('two options have the same name');
    expect(problemOf(withOptions('score', ['a'], { maxScore: 0 }))).toMatch(/maxScore/);
  });

  it('names the proposal in the message', () => {
    expect(() => assertValidProposal(withOptions('approval', []))).toThrow('Proposal p1 is invalid: it has no options');
  });
});
