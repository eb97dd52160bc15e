import { describe, expect, it } from 'vitest';
import { proposalFromForm, type ProposalFormValues } from './proposal-draft.js';

const NOW = new Date('2026-05-01T10:00:00Z');
const base: ProposalFormValues = {
  title: '  Cargo bike  ',
  description: 'Buy **one**.',
  method: 'yes-no',
  options: '',
  quorumPercent: '50',
  thresholdPercent: '66.67',
  closesAt: '2026-05-08T10:00:00Z',
  runningResultsVisible: true,
  resolution: '  Spend 300 hours  ',
};

describe('proposalFromForm', () => {
  it('turns a filled-in yes/no form into a proposal with exact decimal shares', () => {
    expect(proposalFromForm(base, NOW)).toEqual({
      title: 'Cargo bike',
      description: 'Buy **one**.',
      method: 'yes-no',
      quorum: '0.5',
      approvalThreshold: '0.6667',
      closesAt: '2026-05-08T10:00:00Z',
      runningResultsVisible: true,
      resolution: 'Spend 300 hours',
    });
  });

  it('keeps the non-empty option lines for methods that choose among options', () => {
    const proposal = proposalFromForm({ ...base, method: 'ranked-choice', options: 'Hall\n\n  Garden \nChurch\n' }, NOW);
    expect(proposal).toMatchObject({ method: 'ranked-choice', options: ['Hall', 'Garden', 'Church'] });
    expect(proposal).not.toHaveProperty('approvalThreshold');
  });

  it('carries the checked action for yes/no and consent, and leaves it out for multi-option methods', () => {
    const decides = { kind: 'default-minimum' as const, limit: -30000 };
    expect(proposalFromForm({ ...base, decides }, NOW)).toMatchObject({ decides });
    expect(proposalFromForm({ ...base, method: 'consent', decides }, NOW)).toMatchObject({ decides });
    expect(proposalFromForm({ ...base, method: 'approval', options: 'A\nB', decides }, NOW)).not.toHaveProperty('decides');
  });

  it('says what to fix when the form is incomplete or inconsistent', () => {
    expect(proposalFromForm({ ...base, title: ' ' }, NOW)).toBe('Give the proposal a title.');
    expect(proposalFromForm({ ...base, description: '' }, NOW)).toBe('Describe what you propose and why.');
    expect(proposalFromForm({ ...base, method: 'approval', options: 'Only one' }, NOW)).toMatch(/at least two options/);
    expect(proposalFromForm({ ...base, quorumPercent: '120' }, NOW)).toMatch(/quorum/);
    expect(proposalFromForm({ ...base, thresholdPercent: '0' }, NOW)).toMatch(/threshold/);
    expect(proposalFromForm({ ...base, closesAt: '2026-04-30T10:00:00Z' }, NOW)).toMatch(/closing time in the future/);
  });
});
