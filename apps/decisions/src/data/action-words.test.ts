import { describe, expect, it } from 'vitest';
import { actionWords, formatLimit } from './action-words.js';

const BEN = 'https://pods.example/ben/profile/card#me';

describe('formatLimit', () => {
  it('shows minor units in major units with a real minus sign', () => {
    expect(formatLimit(-30000, 2)).toBe('−300.00');
    expect(formatLimit(5, 2)).toBe('0.05');
    expect(formatLimit(-800, 0)).toBe('−800');
  });
});

describe('actionWords', () => {
  it('says the change in plain words with the currency’s symbol', () => {
    expect(actionWords({ kind: 'default-minimum', limit: -30000 }, { decimals: 2, symbol: 'hours' }, () => 'ben')).toBe(
      'the minimum balance becomes −300.00 hours',
    );
    expect(
      actionWords({ kind: 'member-maximum', member: BEN, limit: 500 }, { decimals: 0, symbol: 'grains' }, () => 'ben'),
    ).toBe('the maximum balance of ben becomes 500 grains');
    expect(
      actionWords({ kind: 'group-rule', rule: 'onlyAdminsOpenProposals', value: false }, undefined, () => ''),
    ).toBe('every member may open proposals');
  });
});
