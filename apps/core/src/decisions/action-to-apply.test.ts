import { describe, expect, it } from 'vitest';
import type { ProposalRecord } from '../records/types/proposal.js';
import { actionToApply } from './action-to-apply.js';
import type { RecordedOutcome } from './recorded-outcome.js';

const DOC = 'https://pods.example/brixton-lets/decisions/p1/proposal';

function proposal(changes: Partial<ProposalRecord>): ProposalRecord {
  return {
    url: `${DOC}#it`,
    title: 'Lower the minimum balance',
    description: 'Winter is long.',
    options: [],
    votingMethod: 'yesNo',
    quorum: '0.25',
    approvalThreshold: '0.5',
    status: 'closed',
    group: 'https://pods.example/brixton-lets/profile/card#group',
    creator: 'https://pods.example/amina/profile/card#me',
    created: '2026-03-01T10:00:00Z',
    decides: { kind: 'default-minimum', balanceLimit: -30000 },
    ...changes,
  } as ProposalRecord;
}

const outcome = (result: string): RecordedOutcome => ({
  result,
  closedAt: '2026-04-15T20:00:00Z',
  countedVotesSha256: 'ab',
  countedVotes: 3,
});

describe('actionToApply', () => {
  it('applies the proposal’s action when a yes/no or consent proposal passed', () => {
    expect(actionToApply(proposal({}), outcome('passed'))).toEqual({
      iri: `${DOC}#action`,
      action: { kind: 'default-minimum', limit: -30000 },
    });
    expect(actionToApply(proposal({ votingMethod: 'consent' }), outcome('passed'))?.iri).toBe(`${DOC}#action`);
  });

  it('applies nothing when the proposal was rejected, blocked, tied or short of quorum', () => {
    for (const result of ['rejected', 'blocked', 'tie', 'no-quorum'])
      expect(actionToApply(proposal({}), outcome(result))).toBeUndefined();
  });

  it('applies nothing before the proposal is closed with a recorded outcome', () => {
    expect(actionToApply(proposal({ status: 'open' }), outcome('passed'))).toBeUndefined();
    expect(actionToApply(proposal({}), undefined)).toBeUndefined();
  });

  it('applies nothing when a passed proposal decides no action (free text only)', () => {
    expect(
      actionToApply(proposal({ decides: undefined, resolution: 'Buy a cargo bike' }), outcome('passed')),
    ).toBeUndefined();
  });

  it('applies the winning option’s action for multi-option methods, and nothing when the winner has none', () => {
    const options = [
      {
        id: 'option-a',
        name: 'Members post news',
        decides: {
          id: 'option-a-action',
          kind: 'group-rule' as const,
          targetRule: 'membersMayPostNews' as const,
          ruleValue: true,
        },
      },
      { id: 'option-b', name: 'Keep it as it is' },
    ];
    const ranked = proposal({ votingMethod: 'ranked', options, decides: undefined });
    expect(actionToApply(ranked, outcome(`${DOC}#option-a`))).toEqual({
      iri: `${DOC}#option-a-action`,
      action: { kind: 'group-rule', rule: 'membersMayPostNews', value: true },
    });
    expect(actionToApply(ranked, outcome(`${DOC}#option-b`))).toBeUndefined();
    expect(actionToApply(ranked, outcome('tie'))).toBeUndefined();
  });

  it('passes on why a stored action cannot be applied, so the failure is recorded', () => {
    expect(
      actionToApply(proposal({ decides: { kind: 'member-minimum', balanceLimit: -5 } }), outcome('passed'))?.action,
    ).toBe('The action names no member.');
  });
});
