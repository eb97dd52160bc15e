import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTransfer } from './apply-transfer.js';
import { limitsFor, type LedgerRules } from './ledger-rules.js';
import { emptyLedgerState, type LedgerState } from './ledger-state.js';
import type { DatedLimits } from './limits-at.js';
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

  it('never changes the outcome of earlier transfers when a limit is lowered later', () => {
    const dated = fc.array(fc.tuple(member, member, fc.integer({ min: 1, max: 4000 })), { maxLength: 40 }).map((items) =>
      items.map(([payer, payee, value], day) => payment(payer, payee, value, { time: new Date(Date.UTC(2026, 0, 2 + day)).toISOString() })),
    );
    const change = fc.record({
      at: fc.integer({ min: 0, max: 40 }),
      lowerBy: fc.integer({ min: 0, max: 5000 }),
      who: fc.option(fc.constantFrom(...MEMBERS), { nil: undefined }),
    });
    fc.assert(
      fc.property(dated, rules, change, (list, before, { at, lowerBy, who }) => {
        const from = new Date(Date.UTC(2026, 0, 2 + at)).toISOString();
        const old = who === undefined ? before.limits.defaults : { ...before.limits.defaults, ...before.limits.overrides?.[who] };
        // Tightened: the minimum moves up towards zero, the maximum down towards zero.
        const lowered = { minimum: Math.min(0, old.minimum + lowerBy), maximum: Math.max(0, old.maximum - lowerBy) };
        // The card holds the new value, as after saveGroupCurrency or setMemberLimits; the record keeps the old one.
        const record: DatedLimits =
          who === undefined
            ? { sequence: 0, from, limits: lowered, previous: before.limits.defaults }
            : { sequence: 0, from, member: who, limits: lowered, previous: before.limits.overrides?.[who] ?? {} };
        const after: LedgerRules = {
          ...before,
          limits:
            who === undefined
              ? { ...before.limits, defaults: lowered }
              : { ...before.limits, overrides: { ...before.limits.overrides, [who]: lowered } },
          limitsHistory: [record],
        };
        const earlier = list.filter((t) => Date.parse(t.time) < Date.parse(from));
        const unchanged = fold(earlier, before);
        const judged = fold(list, after);
        expect(judged.accepted.filter((t) => Date.parse(t.time) < Date.parse(from))).toEqual(unchanged.accepted);
      }),
    );
  });
});
