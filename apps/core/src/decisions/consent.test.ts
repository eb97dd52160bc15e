import { describe, expect, it } from 'vitest';
import { parseConsentChoice, tallyConsent } from './consent.js';
import { tallyProposal } from './tally-proposal.js';
import { consent, member, members, votesOf } from './test-fixtures.internal.js';

describe('parseConsentChoice', () => {
  it('accepts consent, a stand-aside with or without a reason, and a block with a reason', () => {
    expect(parseConsentChoice({ response: 'consent' })).toEqual({
      ok: true,
      choice: { response: 'consent' },
    });
    expect(parseConsentChoice({ response: 'stand-aside' }).ok).toBe(true);
    expect(parseConsentChoice({ response: 'stand-aside', reason: 'away' }).ok).toBe(true);
    expect(parseConsentChoice({ response: 'block', reason: 'breaks our rules' }).ok).toBe(true);
  });

  it('rejects a block without a reason, or with only spaces, as a vote that needs a reason', () => {
    expect(parseConsentChoice({ response: 'block' })).toEqual({
      ok: false,
      detail: 'a block must give a reason',
    });
    expect(parseConsentChoice({ response: 'block', reason: '  \n' }).ok).toBe(false);
  });

  it('rejects other shapes', () => {
    for (const raw of ['consent', null, { response: 'object' }, { response: 'consent', reason: 3 }]) {
      expect(parseConsentChoice(raw).ok).toBe(false);
    }
  });

  it('drops unknown fields so they cannot change the counted vote', () => {
    expect(parseConsentChoice({ response: 'consent', extra: 1 })).toEqual({
      ok: true,
      choice: { response: 'consent' },
    });
  });
});

describe('tallyConsent', () => {
  it('passes with consents and stand-asides and no block', () => {
    const counted = [
      { voter: 'a', castAt: '', choice: { response: 'consent' } as const },
      { voter: 'b', castAt: '', choice: { response: 'stand-aside' } as const },
    ];
    expect(tallyConsent(counted)).toEqual({
      counts: { consent: 1, standAside: 1, block: 0 },
      blocks: [],
      outcome: 'passed',
      tiedOptions: [],
    });
  });

  it('is blocked by a single block among many consents, and lists who blocked and why', () => {
    const counted = [
      ...Array.from({ length: 9 }, (_, i) => ({
        voter: `c${i}`,
        castAt: '',
        choice: { response: 'consent' } as const,
      })),
      {
        voter: 'b',
        castAt: '',
        choice: { response: 'block', reason: 'too expensive' } as const,
      },
    ];
    expect(tallyConsent(counted)).toMatchObject({
      outcome: 'blocked',
      blocks: [{ voter: 'b', reason: 'too expensive' }],
    });
  });

  it('passes with zero votes, since consent proceeds unless someone blocks', () => {
    expect(tallyConsent([]).outcome).toBe('passed');
  });
});

describe('tallyProposal for a consent proposal', () => {
  it('does not let a block without a reason stop the proposal, and reports it as invalid-choice', () => {
    const tally = tallyProposal(consent(), votesOf([{ response: 'consent' }, { response: 'block' }]), members(2));
    expect(tally.outcome).toBe('passed');
    expect(tally.rejected).toMatchObject([
      {
        reason: 'invalid-choice',
        detail: 'a block must give a reason',
        vote: { voter: member(2) },
      },
    ]);
  });

  it('reports no-quorum before blocked when too few members took part', () => {
    const proposal = consent({ quorum: { numerator: 1, denominator: 2 } });
    const tally = tallyProposal(proposal, votesOf([{ response: 'block', reason: 'no' }]), members(4));
    expect(tally).toMatchObject({ outcome: 'no-quorum', counts: { block: 1 } });
  });
});
