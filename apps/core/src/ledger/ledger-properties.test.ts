import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTransfer } from './apply-transfer.js';
import { limitsFor, type LedgerRules } from './ledger-rules.js';
import { emptyLedgerState, type LedgerState } from './ledger-state.js';
import type { TransferTerms } from './transfer.js';
import { MEMBERS, payment, rulesWith } from './test-support/ledger-fixtures.js';

const member = fc.constantFrom(...MEMBERS, 'https://pods.example/mallory/profile/card#me');
const amount = fc.oneof(fc.integer({ min: 1, max: 4000 }), fc.constantFrom(0, -1, 1.5, 2 ** 53));
const transfers = fc.array(fc.tuple(member, member, amount).map(([payer, payee, value]) => payment(payer, payee, value)), { maxLength: 60 });
const rules = fc
  .tuple(fc.integer({ min: -5000, max: 0 }), fc.integer({ min: 0, max: 8000 }), fc.dictionary(fc.constantFrom(...MEMBERS), fc.record({ minimum: fc.integer({ min: -9000, max: 0 }) })))
  .map(([minimum, maximum, overrides]): LedgerRules => ({ ...rulesWith(minimum, maximum), limits: { defaults: { minimum, maximum }, overrides } }));

/** The state after trying every transfer in order, and the ones that were accepted. */
function fold(list: readonly TransferTerms[], r: LedgerRules): { state: LedgerState; accepted: TransferTerms[] } {
  let state = emptyLedgerState();
  const accepted: TransferTerms[] = [];
  for (const t of list) {
    const result = applyTransfer(state, t, r);
    if (result.ok) {
      state = result.state;
      accepted.push(t);
    }
  }
  return { state, accepted };
}

describe('ledger rules (property-based)', () => {
  it('keeps the sum of all balances exactly zero after any sequence of transfers', () => {
    fc.assert(
      fc.property(transfers, rules, (list, r) => {
        const total = [...fold(list, r).state.balances.values()].reduce((a, b) => a + b, 0);
        expect(total).toBe(0);
      }),
    );
  });

  it('makes each balance the sum of what the member received minus what they paid in accepted transfers', () => {
    fc.assert(
      fc.property(transfers, rules, (list, r) => {
        const { state, accepted } = fold(list, r);
        for (const who of MEMBERS) {
          const expected = accepted.reduce((sum, t) => sum + (t.payee === who ? t.amount : 0) - (t.payer === who ? t.amount : 0), 0);
          expect(state.balances.get(who) ?? 0).toBe(expected);
        }
      }),
    );
  });

  it('never lets an accepted transfer take a balance outside its limits', () => {
    fc.assert(
      fc.property(transfers, rules, (list, r) => {
        for (const [who, balance] of fold(list, r).state.balances) {
          const { minimum, maximum } = limitsFor(r.limits, who);
          expect(balance).toBeGreaterThanOrEqual(minimum);
          expect(balance).toBeLessThanOrEqual(maximum);
          expect(Number.isSafeInteger(balance)).toBe(true);
        }
      }),
    );
  });

  it('accepts only positive whole amounts between two different members', () => {
    fc.assert(
      fc.property(transfers, rules, (list, r) => {
        for (const t of fold(list, r).accepted) {
          expect(Number.isSafeInteger(t.amount) && t.amount > 0).toBe(true);
          expect(t.payer).not.toBe(t.payee);
          expect(MEMBERS).toContain(t.payer);
          expect(MEMBERS).toContain(t.payee);
        }
      }),
    );
  });
});
