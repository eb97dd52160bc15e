import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTransfer } from './apply-transfer.js';
import { emptyLedgerState } from './ledger-state.js';
import { replayLedger } from './replay-ledger.js';
import { chainOf, MEMBERS, payment, rulesWith } from './test-support/ledger-fixtures.js';
import { transferToQuads } from './transfer-quads.js';
import type { DatedWorkflow } from './workflow-at.js';

const DAY = 24 * 3600 * 1000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const day = (n: number) => new Date(T0 + n * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
const member = fc.constantFrom(...MEMBERS);
const log = fc.array(
  fc.record({ payer: member, payee: member, amount: fc.integer({ min: 1, max: 2500 }), day: fc.integer({ min: 0, max: 20 }), request: fc.boolean(), payeeSigned: fc.boolean() }),
  { maxLength: 20 },
);
const history = fc
  .array(fc.record({ day: fc.integer({ min: 0, max: 20 }), requests: fc.boolean(), lifetime: fc.integer({ min: 1, max: 5 }), acknowledge: fc.boolean() }), { maxLength: 4 })
  .map((records) =>
    [...records]
      .sort((a, b) => a.day - b.day)
      .map((r, sequence): DatedWorkflow => ({ sequence, from: day(r.day), workflow: { membersMayRequestPayments: r.requests, requestLifetimeDays: r.lifetime, payeeMustAcknowledge: r.acknowledge } })),
  );

type Item = { payer: string; payee: string; amount: number; day: number; request: boolean; payeeSigned: boolean };

async function build(items: Item[]) {
  const transfers = items.map((i) => payment(i.payer, i.payee, i.amount, { time: day(i.day), initiator: i.request ? i.payee : i.payer }));
  const entries = await chainOf(transfers.map((t) => ({ record: transferToQuads(t), transfer: t.iri })));
  const verifications = items.map((i) => ({ verified: true, signers: i.payeeSigned || i.request ? [i.payer, i.payee] : [i.payer] }));
  return { transfers, entries, verifications };
}

describe('replayLedger with a settings history (property-based)', () => {
  it('is deterministic, sums to zero, and moves no balance for any entry it names', async () => {
    await fc.assert(
      fc.asyncProperty(log, history, async (items, workflowHistory) => {
        const { transfers, entries, verifications } = await build(items);
        const rules = { ...rulesWith(-2000, 3000), workflowHistory };
        const replay = await replayLedger(entries, { ...rules, verifications });
        expect(await replayLedger(entries, { ...rules, workflowHistory: workflowHistory.map((r) => ({ ...r })), verifications: verifications.map((v) => ({ ...v })) })).toEqual(replay);
        const named = new Set(replay.problems.map((p) => p.sequence));
        let state = emptyLedgerState();
        transfers.forEach((t, n) => {
          if (named.has(n)) return;
          const result = applyTransfer(state, t, rules);
          expect(result.ok).toBe(true);
          if (result.ok) state = result.state;
        });
        expect(replay.balances).toEqual(state.balances);
        expect([...replay.balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('judges every transfer the same after a record dated later than all of them', async () => {
    await fc.assert(
      fc.asyncProperty(log, history, fc.boolean(), async (items, workflowHistory, acknowledge) => {
        const { entries, verifications } = await build(items);
        const later: DatedWorkflow = { sequence: workflowHistory.length, from: day(30), workflow: { membersMayRequestPayments: !acknowledge, requestLifetimeDays: 365, payeeMustAcknowledge: acknowledge } };
        const before = await replayLedger(entries, { ...rulesWith(-2000, 3000), workflowHistory, verifications });
        const after = await replayLedger(entries, { ...rulesWith(-2000, 3000), workflowHistory: [...workflowHistory, later], verifications });
        expect(after.problems).toEqual(before.problems);
      }),
      { numRuns: 60 },
    );
  });
});
