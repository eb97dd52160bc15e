import { describe, expect, it } from 'vitest';
import { ProposalTransitionError } from './proposal-transition-error.js';
import { closeProposal, openProposal, withdrawProposal } from './proposal-transitions.js';
import { CLOSES_AT, yesNo } from './test-fixtures.internal.js';

const during = new Date('2026-05-03T12:00:00Z');
const after = new Date(CLOSES_AT);

describe('openProposal', () => {
  it('opens a draft and returns a new proposal, leaving the old one unchanged', () => {
    const draft = yesNo({ status: 'draft' });
    expect(openProposal(draft, during)).toEqual({ ...draft, status: 'open' });
    expect(draft.status).toBe('draft');
  });

  it('refuses to open a draft whose closing time has passed', () => {
    expect(() => openProposal(yesNo({ status: 'draft' }), after)).toThrow(/closing time .* has passed/);
  });

  it('refuses to reopen a closed or withdrawn proposal', () => {
    expect(() => openProposal(yesNo({ status: 'closed' }), during)).toThrow(ProposalTransitionError);
    expect(() => openProposal(yesNo({ status: 'withdrawn' }), during)).toThrow(
      'Cannot move proposal p1 from withdrawn to open',
    );
  });
});

describe('closeProposal', () => {
  it('records the close of an open proposal at or after its closing time', () => {
    expect(closeProposal(yesNo({ status: 'open' }), after).status).toBe('closed');
  });

  it('refuses to close early, so nobody loses the time they were promised', () => {
    expect(() => closeProposal(yesNo({ status: 'open' }), during)).toThrow(/voting runs until 2026-05-08T00:00:00Z/);
  });

  it('refuses to close a draft or a withdrawn proposal', () => {
    expect(() => closeProposal(yesNo({ status: 'draft' }), after)).toThrow(ProposalTransitionError);
    expect(() => closeProposal(yesNo({ status: 'withdrawn' }), after)).toThrow(ProposalTransitionError);
  });
});

describe('withdrawProposal', () => {
  it('withdraws a draft or an open proposal before it closes', () => {
    expect(withdrawProposal(yesNo({ status: 'draft' }), during).status).toBe('withdrawn');
    expect(withdrawProposal(yesNo({ status: 'open' }), during).status).toBe('withdrawn');
  });

  it('refuses to withdraw once voting has closed, even before anyone recorded the close', () => {
    expect(() => withdrawProposal(yesNo({ status: 'open' }), after)).toThrow('from closed to withdrawn');
    expect(() => withdrawProposal(yesNo({ status: 'closed' }), during)).toThrow(ProposalTransitionError);
  });
});
