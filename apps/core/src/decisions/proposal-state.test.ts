import { describe, expect, it } from 'vitest';
import { canVote, proposalState } from './proposal-state.js';
import { CLOSES_AT, OPENS_AT, yesNo } from './test-fixtures.internal.js';

const before = new Date('2026-04-30T12:00:00Z');
const during = new Date('2026-05-03T12:00:00Z');
const closing = new Date(CLOSES_AT);
const lastMs = new Date(Date.parse(CLOSES_AT) - 1);

describe('proposalState', () => {
  it('reports an open proposal as closed from its closing time on, without anyone closing it', () => {
    const open = yesNo({ status: 'open' });
    expect(proposalState(open, lastMs)).toBe('open');
    expect(proposalState(open, closing)).toBe('closed');
  });

  it('leaves draft, closed and withdrawn proposals as stored, whatever the time', () => {
    for (const status of ['draft', 'closed', 'withdrawn'] as const) {
      expect(proposalState(yesNo({ status }), before)).toBe(status);
      expect(proposalState(yesNo({ status }), closing)).toBe(status);
    }
  });
});

describe('canVote', () => {
  it('allows voting in [opensAt, closesAt) of an open proposal only', () => {
    const open = yesNo({ status: 'open' });
    expect(canVote(open, before)).toBe(false);
    expect(canVote(open, new Date(OPENS_AT))).toBe(true);
    expect(canVote(open, during)).toBe(true);
    expect(canVote(open, lastMs)).toBe(true);
    expect(canVote(open, closing)).toBe(false);
  });

  it('refuses votes on drafts and withdrawn proposals even inside the window', () => {
    expect(canVote(yesNo({ status: 'draft' }), during)).toBe(false);
    expect(canVote(yesNo({ status: 'withdrawn' }), during)).toBe(false);
  });
});
