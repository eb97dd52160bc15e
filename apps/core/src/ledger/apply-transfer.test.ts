import { describe, expect, it } from 'vitest';
import { applyTransfer } from './apply-transfer.js';
import { balanceOf, emptyLedgerState, type LedgerState } from './ledger-state.js';
import { MEMBERS, payment, rulesWith } from './test-support/ledger-fixtures.js';

const [amina, ben, chloe] = MEMBERS as [string, string, string];
const rules = rulesWith(-1000, 1500);

function applied(state: LedgerState, ...transfers: ReturnType<typeof payment>[]): LedgerState {
  return transfers.reduce((s, t) => {
    const result = applyTransfer(s, t, rules);
    if (!result.ok) throw new Error(result.rejection.message);
    return result.state;
  }, state);
}

describe('applyTransfer', () => {
  it('moves the amount from payer to payee and leaves the old state untouched', () => {
    const before = emptyLedgerState();
    const result = applyTransfer(before, payment(amina, ben, 250), rules);
    expect(result.ok && [balanceOf(result.state, amina), balanceOf(result.state, ben)]).toEqual([-250, 250]);
    expect(before.balances.size).toBe(0);
  });

  it('lets the payer reach exactly the minimum and the payee exactly the maximum, not beyond', () => {
    const atMinimum = applied(emptyLedgerState(), payment(amina, ben, 1000));
    expect(applyTransfer(atMinimum, payment(amina, chloe, 1), rules)).toMatchObject({ ok: false, rejection: { kind: 'below-minimum' } });
    const full = applied(emptyLedgerState(), payment(chloe, ben, 500), payment(amina, ben, 1000));
    expect(balanceOf(full, ben)).toBe(1500);
    expect(applyTransfer(full, payment(chloe, ben, 1), rules)).toMatchObject({ ok: false, rejection: { kind: 'above-maximum' } });
  });

  it('uses a member\'s own limits over the group defaults', () => {
    const generous = { ...rules, limits: { ...rules.limits, overrides: { [amina]: { minimum: -3000 } } } };
    expect(applyTransfer(emptyLedgerState(), payment(amina, ben, 1400), generous).ok).toBe(true);
    expect(applyTransfer(emptyLedgerState(), payment(chloe, ben, 1400), generous).ok).toBe(false);
  });

  it('refuses zero, negative and fractional amounts, self-payment and a stranger initiator', () => {
    for (const amount of [0, -5, 2.5, Number.MAX_SAFE_INTEGER + 2]) {
      expect(applyTransfer(emptyLedgerState(), payment(amina, ben, amount), rules)).toMatchObject({ ok: false, rejection: { kind: 'invalid-amount' } });
    }
    expect(applyTransfer(emptyLedgerState(), payment(amina, amina, 5), rules)).toMatchObject({ ok: false, rejection: { kind: 'self-payment' } });
    expect(applyTransfer(emptyLedgerState(), payment(amina, ben, 5, { initiator: chloe }), rules)).toMatchObject({ ok: false, rejection: { kind: 'invalid-initiator' } });
  });

  it('refuses parties who were not members at the time and transfers of another group', () => {
    const stranger = 'https://pods.example/mallory/profile/card#me';
    expect(applyTransfer(emptyLedgerState(), payment(amina, stranger, 5), rules)).toMatchObject({ ok: false, rejection: { kind: 'unknown-member' } });
    const left = { ...rules, members: [...rules.members.filter((m) => m.member !== ben), { member: ben, from: '2026-01-01T00:00:00Z', until: '2026-03-01T00:00:00Z' }] };
    expect(applyTransfer(emptyLedgerState(), payment(amina, ben, 5), left)).toMatchObject({ ok: false, rejection: { kind: 'unknown-member' } });
    expect(applyTransfer(emptyLedgerState(), payment(amina, ben, 5, { time: '2026-02-01T00:00:00Z' }), left).ok).toBe(true);
    expect(applyTransfer(emptyLedgerState(), payment(amina, ben, 5, { group: 'https://elsewhere/#group' }), rules)).toMatchObject({ ok: false, rejection: { kind: 'wrong-group' } });
  });

  it('refuses an id or a record already in the ledger', () => {
    const first = payment(amina, ben, 5);
    const state = applied(emptyLedgerState(), first);
    expect(applyTransfer(state, { ...payment(chloe, ben, 5), id: first.id }, rules)).toMatchObject({ ok: false, rejection: { kind: 'duplicate-id' } });
    expect(applyTransfer(state, { ...payment(chloe, ben, 5), iri: first.iri }, rules)).toMatchObject({ ok: false, rejection: { kind: 'duplicate-id' } });
  });

  it('accepts one exact reversal of an accepted transfer and refuses any other', () => {
    const original = payment(amina, ben, 300);
    const state = applied(emptyLedgerState(), original);
    const reversal = payment(ben, amina, 300, { reverses: original.iri });
    expect(applyTransfer(state, payment(ben, amina, 200, { reverses: original.iri }), rules)).toMatchObject({ ok: false, rejection: { kind: 'invalid-reversal' } });
    expect(applyTransfer(state, payment(ben, chloe, 300, { reverses: original.iri }), rules)).toMatchObject({ ok: false, rejection: { kind: 'invalid-reversal' } });
    expect(applyTransfer(state, payment(ben, amina, 300, { reverses: 'https://nowhere/#it' }), rules)).toMatchObject({ ok: false, rejection: { kind: 'invalid-reversal' } });
    const reversed = applied(state, reversal);
    expect([balanceOf(reversed, amina), balanceOf(reversed, ben)]).toEqual([0, 0]);
    expect(reversed.transfers.get(original.id)?.reversedBy).toBe(reversal.iri);
    expect(applyTransfer(reversed, payment(ben, amina, 300, { reverses: original.iri }), rules)).toMatchObject({ ok: false, rejection: { kind: 'invalid-reversal' } });
  });
});
