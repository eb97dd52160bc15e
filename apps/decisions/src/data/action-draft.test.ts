import { describe, expect, it } from 'vitest';
import { actionFromForm, minorUnitsOf, type ActionFormValues } from './action-draft.js';

const BEN = 'https://pods.example/ben/profile/card#me';
const blank: ActionFormValues = { kind: '', amount: '', member: '', rule: '', ruleValue: '' };

describe('actionFromForm', () => {
  it('reads "set the minimum balance to -300" in a two-decimal currency as -30000 minor units', () => {
    expect(actionFromForm({ ...blank, kind: 'default-minimum', amount: '-300' }, 2)).toEqual({
      kind: 'default-minimum',
      limit: -30000,
    });
    expect(actionFromForm({ ...blank, kind: 'default-maximum', amount: '12,5' }, 2)).toEqual({
      kind: 'default-maximum',
      limit: 1250,
    });
  });

  it('is undefined when the author picks no action', () => {
    expect(actionFromForm(blank, 2)).toBeUndefined();
  });

  it('says what to fix before anything is sent', () => {
    expect(actionFromForm({ ...blank, kind: 'default-minimum', amount: '300' }, 2)).toMatch(/zero or below/);
    expect(actionFromForm({ ...blank, kind: 'default-maximum', amount: '-1' }, 2)).toMatch(/zero or above/);
    expect(actionFromForm({ ...blank, kind: 'default-minimum', amount: '-1.234' }, 2)).toMatch(/no more decimals/);
    expect(actionFromForm({ ...blank, kind: 'default-minimum', amount: 'lots' }, 2)).toMatch(/as a number/);
    expect(actionFromForm({ ...blank, kind: 'member-minimum', amount: '-10' }, 2)).toMatch(/member/);
    expect(actionFromForm({ ...blank, kind: 'group-rule', rule: 'decimals', ruleValue: 'true' }, 2)).toMatch(/rule/);
  });

  it('takes a member’s limit and a rule switch', () => {
    expect(actionFromForm({ ...blank, kind: 'member-maximum', amount: '500', member: BEN }, 0)).toEqual({
      kind: 'member-maximum',
      member: BEN,
      limit: 500,
    });
    expect(actionFromForm({ ...blank, kind: 'group-rule', rule: 'membersMayPostNews', ruleValue: 'false' }, 2)).toEqual(
      { kind: 'group-rule', rule: 'membersMayPostNews', value: false },
    );
  });
});

describe('minorUnitsOf', () => {
  it('reads a typed minus sign or a real one, without floats', () => {
    expect(minorUnitsOf('−300.00', 2)).toBe(-30000);
    expect(minorUnitsOf('-0.5', 2)).toBe(-50);
    expect(minorUnitsOf('1e3', 2)).toBeUndefined();
  });
});
