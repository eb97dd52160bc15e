import { describe, expect, it } from 'vitest';
import { ALICE, BRUNO } from '../test-support/sample-ledger.js';
import { checkPaymentLimits } from './check-payment-limits.js';
import { memberChoice } from './member-choice.js';

const limits = { defaults: { minimum: -100, maximum: 200 }, overrides: { [BRUNO]: { maximum: 50 } } };

describe('checkPaymentLimits', () => {
  it('allows a payment that keeps both parties within their limits, up to the exact limit', () => {
    expect(checkPaymentLimits(new Map(), limits, ALICE, BRUNO, 50)).toEqual({ ok: true });
    expect(checkPaymentLimits(new Map([[ALICE, -50]]), limits, ALICE, 'https://x/#me', 50)).toEqual({ ok: true });
  });

  it('says how much the payer can still pay when the payment would take them below their minimum', () => {
    expect(checkPaymentLimits(new Map([[ALICE, -80]]), limits, ALICE, BRUNO, 30)).toEqual({ ok: false, who: 'payer', room: 20 });
  });

  it('says how much the payee can still receive under their own maximum', () => {
    expect(checkPaymentLimits(new Map([[BRUNO, 40]]), limits, ALICE, BRUNO, 20)).toEqual({ ok: false, who: 'payee', room: 10 });
  });
});

describe('memberChoice', () => {
  const names = new Map([[ALICE, 'Alice Martin'], [BRUNO, 'Bruno Lefèvre']]);
  it('finds a member by their name, ignoring case, or by a pasted WebID', () => {
    expect(memberChoice(' bruno lefèvre ', names, [ALICE, BRUNO])).toBe(BRUNO);
    expect(memberChoice(ALICE, names, [ALICE, BRUNO])).toBe(ALICE);
  });

  it('finds no one for an unknown or ambiguous name', () => {
    expect(memberChoice('Bruno', names, [ALICE, BRUNO])).toBeUndefined();
    expect(memberChoice('Alice Martin', new Map([[ALICE, 'Alice Martin'], [BRUNO, 'Alice Martin']]), [ALICE, BRUNO])).toBeUndefined();
  });
});
