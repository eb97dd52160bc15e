import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALICE, BRUNO, CAMILLE, sampleLines } from '../test-support/sample-ledger.js';
import { balanceDistribution } from './balance-distribution.js';
import { groupBalances } from './group-balances.js';
import { monthlyActivity } from './monthly-activity.js';

describe('monthlyActivity', () => {
  it('sums volume, counts transfers and distinct traders per UTC month', () => {
    expect(monthlyActivity(sampleLines())).toEqual([
      { month: '2026-01', volume: 90, transfers: 2, activeTraders: 3 },
      { month: '2026-02', volume: 45, transfers: 1, activeTraders: 2 },
      { month: '2026-03', volume: 105, transfers: 2, activeTraders: 3 },
    ]);
  });

  it('shows quiet months between the first and last as zero, across a year end', () => {
    const [first, , , , last] = sampleLines();
    const lines = [first!, { ...last!, transfer: { ...last!.transfer, time: '2027-02-01T00:00:00Z' } }];
    const months = monthlyActivity(lines);
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
    expect(months[5]).toEqual({ month: '2026-06', volume: 0, transfers: 0, activeTraders: 0 });
  });

  it('has nothing to show for an empty ledger', () => {
    expect(monthlyActivity([])).toEqual([]);
  });
});

describe('balanceDistribution', () => {
  it('puts every member in exactly one bucket spanning lowest to highest balance', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000, max: 10_000 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 12 }), (balances, count) => {
        const buckets = balanceDistribution(balances, count);
        expect(buckets.reduce((s, b) => s + b.members, 0)).toBe(balances.length);
        expect(buckets[0]?.from).toBe(Math.min(...balances));
        expect(buckets.at(-1)?.to).toBe(Math.max(...balances));
        expect(buckets.length).toBeLessThanOrEqual(count);
      }),
    );
  });

  it('counts balances on a boundary in the upper bucket', () => {
    expect(balanceDistribution([-100, 0, 0, 100], 2)).toEqual([
      { from: -100, to: 0, members: 1 },
      { from: 0, to: 100, members: 3 },
    ]);
  });
});

describe('groupBalances', () => {
  it('lists every member with their limits, members without trades at zero, highest first', () => {
    const rows = groupBalances([ALICE, BRUNO, CAMILLE], new Map([[ALICE, 60], [BRUNO, -60]]), { defaults: { minimum: -600, maximum: 1800 }, overrides: { [BRUNO]: { minimum: -100 } } });
    expect(rows).toEqual([
      { member: ALICE, balance: 60, minimum: -600, maximum: 1800 },
      { member: CAMILLE, balance: 0, minimum: -600, maximum: 1800 },
      { member: BRUNO, balance: -60, minimum: -100, maximum: 1800 },
    ]);
  });
});
