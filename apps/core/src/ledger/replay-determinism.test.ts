import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import { Parser, Writer } from 'n3';
import { describe, expect, it } from 'vitest';
import { applyTransfer } from './apply-transfer.js';
import type { LogEntry } from './log-entry.js';
import { emptyLedgerState } from './ledger-state.js';
import { replayLedger } from './replay-ledger.js';
import { transferToQuads } from './transfer-quads.js';
import { chainOf, MEMBERS, payment, rulesWith } from './test-support/ledger-fixtures.js';

const rules = rulesWith(-2000, 3000);
const member = fc.constantFrom(...MEMBERS);
const log = fc.array(
  fc.record({ payer: member, payee: member, amount: fc.integer({ min: -10, max: 2500 }), signed: fc.boolean() }),
  { maxLength: 25 },
);

async function build(items: { payer: string; payee: string; amount: number; signed: boolean }[]) {
  const transfers = items.map((i) => payment(i.payer, i.payee, i.amount));
  const entries = await chainOf(transfers.map((t) => ({ record: transferToQuads(t), transfer: t.iri })));
  const verifications = items.map((i, n) => ({ verified: i.signed, signers: i.signed ? [transfers[n]?.payer as string] : [] }));
  return { transfers, entries, verifications };
}

function copied(entries: readonly LogEntry[]): LogEntry[] {
  return entries.map((e) => ({ ...e, record: new Parser({ format: 'N-Quads' }).parse(new Writer({ format: 'N-Quads' }).quadsToString([...e.record])) as Quad[] }));
}

describe('replayLedger (property-based)', () => {
  it('gives the same result for the same entries, independent of object identity', async () => {
    await fc.assert(
      fc.asyncProperty(log, async (items) => {
        const { entries, verifications } = await build(items);
        const once = await replayLedger(entries, { ...rules, verifications });
        const again = await replayLedger(copied(entries), { ...rules, verifications: verifications.map((v) => ({ ...v })) });
        expect(again).toEqual(once);
      }),
      { numRuns: 60 },
    );
  });

  it('agrees with folding applyTransfer over the signed entries, and sums to zero', async () => {
    await fc.assert(
      fc.asyncProperty(log, async (items) => {
        const { transfers, entries, verifications } = await build(items);
        const replay = await replayLedger(entries, { ...rules, verifications });
        let state = emptyLedgerState();
        transfers.forEach((t, n) => {
          const result = items[n]?.signed ? applyTransfer(state, t, rules) : undefined;
          if (result?.ok) state = result.state;
        });
        expect(replay.balances).toEqual(state.balances);
        expect([...replay.balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
        expect(replay.problems.length).toBe(items.length - state.transfers.size);
      }),
      { numRuns: 60 },
    );
  });
});
