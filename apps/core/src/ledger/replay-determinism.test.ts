import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import { Parser, Writer } from 'n3';
import { describe, expect, it } from 'vitest';
import { applyTransfer } from './apply-transfer.js';
import type { LogEntry } from './log-entry.js';
import { emptyLedgerState } from './ledger-state.js';
import { continueReplay, replayLedger } from './replay-ledger.js';
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

  it('goes on from the replay of any prefix exactly as a replay of the whole log, problems in either part included', async () => {
    await fc.assert(
      fc.asyncProperty(log, fc.nat(), fc.nat(), fc.boolean(), async (items, splitAt, breakAt, repeat) => {
        const built = await build(items);
        // Sometimes the first transfer comes again at the end: a duplicate the copied fold must still know.
        const transfers = repeat && built.transfers.length > 0 ? [...built.transfers, built.transfers[0] as (typeof built.transfers)[number]] : built.transfers;
        const chained = await chainOf(transfers.map((t) => ({ record: transferToQuads(t), transfer: t.iri })));
        const verifications = transfers === built.transfers ? built.verifications : [...built.verifications, built.verifications[0] as (typeof built.verifications)[number]];
        // Sometimes one entry's chain is broken too, so a prefix can end unclean without a bad signature.
        const broken = chained.length > 0 && breakAt % 3 === 0 ? breakAt % chained.length : -1;
        const entries = chained.map((e, n) => (n === broken ? { ...e, previousHash: 'f'.repeat(64) } : e));
        const k = entries.length === 0 ? 0 : splitAt % (entries.length + 1);
        const whole = await replayLedger(entries, { ...rules, verifications });
        const prefix = await replayLedger(entries.slice(0, k), { ...rules, verifications: verifications.slice(0, k) });
        const continued = await continueReplay(prefix, entries.slice(0, k), entries.slice(k), { ...rules, verifications: verifications.slice(k) });
        expect(continued).toEqual(whole);
        // The prefix's own replay is left as it was: ledgers share it.
        expect(prefix).toEqual(await replayLedger(entries.slice(0, k), { ...rules, verifications: verifications.slice(0, k) }));
      }),
      { numRuns: 120 },
    );
  });
});
