import { describe, expect, it } from 'vitest';
import { tallyProposal } from '../../../core/src/decisions/tally-proposal.js';
import { outcomeLabel, tallyRows } from './tally-rows.js';

const window = { status: 'open' as const, opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-05-10T00:00:00Z', quorum: { numerator: 1, denominator: 2 } };
const vote = (voter: string, choice: unknown) => ({ voter, castAt: '2026-05-02T00:00:00Z', choice, verified: true });
const names: Record<string, string> = { 'urn:a': 'Hall', 'urn:b': 'Garden', 'urn:c': 'Church' };
const nameOf = (iri: string) => names[iri] ?? iri;

describe('tallyRows', () => {
  it('lists yes, no and abstain counts of a yes/no tally', () => {
    const tally = tallyProposal({ id: 'p', method: 'yes-no', ...window }, [vote('x', 'yes'), vote('y', 'no'), vote('z', 'yes')], ['x', 'y', 'z']);
    expect(tallyRows(tally, nameOf)).toEqual([
      { label: 'Yes', value: 2 },
      { label: 'No', value: 1 },
      { label: 'Abstain', value: 0 },
    ]);
  });

  it('names each option of an approval tally with its approvals', () => {
    const tally = tallyProposal({ id: 'p', method: 'approval', options: ['urn:a', 'urn:b'], ...window }, [vote('x', ['urn:a', 'urn:b']), vote('y', ['urn:b'])], ['x', 'y']);
    expect(tallyRows(tally, nameOf)).toEqual([
      { label: 'Hall', value: 1 },
      { label: 'Garden', value: 2 },
    ]);
  });

  it('shows the last instant-runoff round of a ranked-choice tally', () => {
    // Round 1: Hall 2, Garden 2, Church 1; Church goes and its ballot moves to Garden.
    const ballots = [vote('v', ['urn:a']), vote('w', ['urn:a', 'urn:c']), vote('x', ['urn:b']), vote('y', ['urn:b', 'urn:a']), vote('z', ['urn:c', 'urn:b'])];
    const tally = tallyProposal({ id: 'p', method: 'ranked-choice', options: ['urn:a', 'urn:b', 'urn:c'], ...window }, ballots, ['v', 'w', 'x', 'y', 'z']);
    expect(tallyRows(tally, nameOf)).toEqual([
      { label: 'Hall', value: 2 },
      { label: 'Garden', value: 3 },
    ]);
    expect(tally.outcome).toEqual({ winner: 'urn:b' });
    expect(outcomeLabel('urn:b', nameOf)).toBe('Garden');
  });

  it('words recorded results and falls back to the option name for a winner', () => {
    expect(outcomeLabel('no-quorum', nameOf)).toBe('No quorum');
    expect(outcomeLabel('passed', nameOf)).toBe('Passed');
    expect(outcomeLabel('urn:c', nameOf)).toBe('Church');
  });
});
