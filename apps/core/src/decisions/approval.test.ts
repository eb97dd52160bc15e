import { describe, expect, it } from 'vitest';
import { parseApprovalChoice, tallyApproval } from './approval.js';
import { tallyProposal } from './tally-proposal.js';
import { members, votesOf, withOptions } from './test-fixtures.internal.js';

const OPTIONS = ['garden', 'library', 'bakery'];
const ballots = (choices: string[][]) => choices.map((choice, i) => ({ voter: `v${i}`, castAt: '', choice }));

describe('parseApprovalChoice', () => {
  it('accepts any subset of the options, including none, and sorts it', () => {
    expect(parseApprovalChoice(['library', 'bakery'], OPTIONS)).toEqual({
      ok: true,
      choice: ['bakery', 'library'],
    });
    expect(parseApprovalChoice([], OPTIONS)).toEqual({ ok: true, choice: [] });
  });

  it('rejects an unknown option, a repeated option, and anything but a list', () => {
    expect(parseApprovalChoice(['pool'], OPTIONS)).toEqual({
      ok: false,
      detail: 'unknown option "pool"',
    });
    expect(parseApprovalChoice(['garden', 'garden'], OPTIONS)).toEqual({
      ok: false,
      detail: 'option "garden" is listed twice',
    });
    expect(parseApprovalChoice('garden', OPTIONS).ok).toBe(false);
  });
});

describe('tallyApproval', () => {
  // garden: ballots 1, 3, 5 = 3; library: 2, 4, 6 and ballot 1 = 4; bakery: 3, 4 = 2.
  it('elects the option with the most approvals', () => {
    const result = tallyApproval(
      ballots([
        ['garden', 'library'],
        ['library'],
        ['garden', 'bakery'],
        ['library', 'bakery'],
        ['garden'],
        ['library'],
      ]),
      OPTIONS,
    );
    expect(result).toEqual({
      perOption: [
        { option: 'garden', approvals: 3 },
        { option: 'library', approvals: 4 },
        { option: 'bakery', approvals: 2 },
      ],
      outcome: { winner: 'library' },
      tiedOptions: [],
    });
  });

  it('reports a tie between the leaders, in the proposal order', () => {
    const result = tallyApproval(ballots([['library', 'garden'], ['bakery']]), OPTIONS);
    expect(result).toMatchObject({
      outcome: 'tie',
      tiedOptions: ['garden', 'library', 'bakery'],
    });
  });

  it('reports a tie for first place while a lower option trails', () => {
    const result = tallyApproval(ballots([['library', 'garden'], ['garden', 'library'], ['bakery']]), OPTIONS);
    expect(result).toMatchObject({
      outcome: 'tie',
      tiedOptions: ['garden', 'library'],
    });
  });

  it('rejects when no ballot approves anything, and when there are no ballots', () => {
    expect(tallyApproval(ballots([[], []]), OPTIONS).outcome).toBe('rejected');
    expect(tallyApproval([], OPTIONS).outcome).toBe('rejected');
  });
});

describe('tallyProposal for an approval proposal', () => {
  it('counts an empty ballot toward the quorum like an abstention', () => {
    const proposal = withOptions('approval', OPTIONS, {
      quorum: { numerator: 2, denominator: 3 },
    });
    const tally = tallyProposal(proposal, votesOf([['garden'], []]), members(3));
    expect(tally).toMatchObject({
      quorumMet: true,
      outcome: { winner: 'garden' },
    });
  });
});
