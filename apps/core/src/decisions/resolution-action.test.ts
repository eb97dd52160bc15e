import { describe, expect, it } from 'vitest';
import {
  checkResolutionAction,
  resolutionActionNode,
  resolutionActionOf,
  type ResolutionAction,
} from './resolution-action.js';

const BEN = 'https://pods.example/ben/profile/card#me';

describe('checkResolutionAction', () => {
  it('accepts a minimum balance of zero or below and a maximum of zero or above', () => {
    expect(checkResolutionAction({ kind: 'default-minimum', limit: -30000 })).toBeUndefined();
    expect(checkResolutionAction({ kind: 'default-minimum', limit: 0 })).toBeUndefined();
    expect(checkResolutionAction({ kind: 'default-maximum', limit: 50000 })).toBeUndefined();
    expect(checkResolutionAction({ kind: 'member-maximum', member: BEN, limit: 0 })).toBeUndefined();
  });

  it('refuses a positive minimum, a negative maximum and fractions of minor units, saying why', () => {
    expect(checkResolutionAction({ kind: 'default-minimum', limit: 100 })).toMatch(/zero or below, got 100/);
    expect(checkResolutionAction({ kind: 'member-maximum', member: BEN, limit: -1 })).toMatch(/zero or above/);
    expect(checkResolutionAction({ kind: 'default-minimum', limit: -0.5 })).toMatch(/whole number/);
    expect(checkResolutionAction({ kind: 'default-maximum', limit: Number.NaN })).toMatch(/whole number/);
  });

  it('refuses a member limit without a WebID', () => {
    expect(checkResolutionAction({ kind: 'member-minimum', member: 'ben', limit: -100 })).toMatch(/WebID/);
  });

  it('refuses a rule that is not one of the group card’s switchable rules', () => {
    const action = { kind: 'group-rule', rule: 'decimals', value: true } as unknown as ResolutionAction;
    expect(checkResolutionAction(action)).toMatch(/Only these rules can be switched/);
    expect(checkResolutionAction({ kind: 'group-rule', rule: 'membersMayPostNews', value: true })).toBeUndefined();
  });
});

describe('resolutionActionOf', () => {
  it('reads back every kind of action it wrote', () => {
    const actions: ResolutionAction[] = [
      { kind: 'default-minimum', limit: -30000 },
      { kind: 'default-maximum', limit: 60000 },
      { kind: 'member-minimum', member: BEN, limit: -1000 },
      { kind: 'member-maximum', member: BEN, limit: 1000 },
      { kind: 'group-rule', rule: 'onlyAdminsOpenProposals', value: false },
    ];
    for (const action of actions) expect(resolutionActionOf(resolutionActionNode(action))).toEqual(action);
  });

  it('explains what a stored action lacks instead of guessing', () => {
    expect(resolutionActionOf({ kind: 'default-minimum' })).toBe('The action names no balance limit.');
    expect(resolutionActionOf({ kind: 'member-minimum', balanceLimit: -5 })).toBe('The action names no member.');
    expect(resolutionActionOf({ kind: 'group-rule', targetRule: 'membersMayPostNews' })).toMatch(/no rule or no value/);
  });
});
