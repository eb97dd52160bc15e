import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALICE, BRUNO, CAMILLE, line, sampleLines } from '../test-support/sample-ledger.js';
import { filterHistory } from './filter-history.js';
import { memberHistory } from './member-history.js';

describe('memberHistory', () => {
  it('lists only the member’s transfers with the running balance after each', () => {
    const rows = memberHistory(sampleLines(), ALICE);
    expect(rows.map((r) => [r.sequence, r.direction, r.change, r.balanceAfter])).toEqual([
      [0, 'out', -60, -60],
      [2, 'in', 45, -15],
      [3, 'out', -15, -30],
      [4, 'in', 90, 60],
    ]);
    expect(rows[1]?.counterparty).toBe(CAMILLE);
  });

  it('ends every member on the balance the sum of their changes gives, and all balances sum to zero', () => {
    const member = fc.constantFrom(ALICE, BRUNO, CAMILLE);
    fc.assert(
      fc.property(fc.array(fc.tuple(member, member, fc.integer({ min: 1, max: 10_000 })), { maxLength: 60 }), (moves) => {
        const lines = moves.filter(([a, b]) => a !== b).map(([a, b, amount], i) => line(i, a, b, amount, '2026-01-01T00:00:00Z'));
        const finals = [ALICE, BRUNO, CAMILLE].map((m) => memberHistory(lines, m).at(-1)?.balanceAfter ?? 0);
        expect(finals.reduce((s, b) => s + b, 0)).toBe(0);
        for (const m of [ALICE, BRUNO, CAMILLE]) {
          const rows = memberHistory(lines, m);
          expect(rows.at(-1)?.balanceAfter ?? 0).toBe(rows.reduce((s, r) => s + r.change, 0));
        }
      }),
    );
  });
});

describe('filterHistory', () => {
  const rows = memberHistory(sampleLines(), ALICE);
  const nameOf = (webId: string) => ({ [BRUNO]: 'Bruno Lefèvre', [CAMILLE]: 'Camille Dubois' })[webId] ?? webId;

  it('finds words in the description or the other party’s name, ignoring case and accents', () => {
    expect(filterHistory(rows, { text: 'REPARATION' }, nameOf).map((r) => r.sequence)).toEqual([0]);
    expect(filterHistory(rows, { text: 'lefevre' }, nameOf).map((r) => r.sequence)).toEqual([0, 4]);
    expect(filterHistory(rows, { text: 'camille confiture' }, nameOf).map((r) => r.sequence)).toEqual([3]);
  });

  it('narrows by direction, other party and an inclusive date range', () => {
    expect(filterHistory(rows, { direction: 'in' }).map((r) => r.sequence)).toEqual([2, 4]);
    expect(filterHistory(rows, { counterparty: CAMILLE }).map((r) => r.sequence)).toEqual([2, 3]);
    expect(filterHistory(rows, { from: '2026-02-03', to: '2026-03-31' }).map((r) => r.sequence)).toEqual([2, 3, 4]);
  });

  it('keeps the running balance of the full history on filtered rows', () => {
    expect(filterHistory(rows, { direction: 'in' }).map((r) => r.balanceAfter)).toEqual([-15, 60]);
  });
});
