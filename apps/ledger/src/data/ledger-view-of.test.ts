import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { chainOf, GROUP, memberKeys, MEMBERS, payment, rulesWith, signedRecord } from '../../../core/src/ledger/test-support/ledger-fixtures.js';
import { readLedger } from '../../../core/src/ledger/test-support/reader.js';
import { ledgerViewOf } from './ledger-view-of.js';

const [amina, ben, chloe] = MEMBERS as [string, string, string];

describe('ledgerViewOf', () => {
  it('turns a verified ledger into history lines in ledger order with the replayed balances', async () => {
    const { privateKeys, resolveKey } = await memberKeys();
    const transfers = [payment(amina, ben, 500), payment(ben, chloe, 200)];
    const entries = await chainOf(await Promise.all(transfers.map(async (t) => ({ record: await signedRecord(t, privateKeys), transfer: t.iri }))));
    const view = ledgerViewOf(entries, await readLedger(entries, rulesWith(), resolveKey));
    expect(view.verifiedUpTo).toBe(1);
    expect(view.problems).toEqual([]);
    expect(view.lines.map((l) => [l.sequence, l.transfer.payer, l.transfer.amount, l.transfer.group])).toEqual([
      [0, amina, 500, GROUP],
      [1, ben, 200, GROUP],
    ]);
    expect(view.balances.get(ben)).toBe(300);
  });

  it('leaves out an altered entry, names it as a problem and keeps the entries after it', async () => {
    const { privateKeys, resolveKey } = await memberKeys();
    const transfers = [payment(amina, ben, 500), payment(ben, chloe, 200), payment(chloe, amina, 100)];
    const entries = await chainOf(await Promise.all(transfers.map(async (t) => ({ record: await signedRecord(t, privateKeys), transfer: t.iri }))));
    const altered = entries.map((e, i) =>
      i !== 1 ? e : { ...e, record: e.record.map((q) => (q.predicate.value.endsWith('#amount') ? DataFactory.quad(q.subject, q.predicate, DataFactory.literal('20000', q.object.termType === 'Literal' ? q.object.datatype : undefined)) : q)) },
    );
    const view = ledgerViewOf(altered, await readLedger(altered, rulesWith(), resolveKey));
    expect(view.verifiedUpTo).toBe(0);
    expect(view.problems.map((p) => [p.sequence, p.kind])).toContainEqual([1, 'altered']);
    expect(view.lines.map((l) => l.sequence)).toEqual([0, 2]);
  });

  it('carries why ledger pages were not used, and says nothing when they were', async () => {
    const { privateKeys, resolveKey } = await memberKeys();
    const transfers = [payment(amina, ben, 500)];
    const entries = await chainOf(await Promise.all(transfers.map(async (t) => ({ record: await signedRecord(t, privateKeys), transfer: t.iri }))));
    const replay = await readLedger(entries, rulesWith(), resolveKey);
    expect(ledgerViewOf(entries, replay).ignoredPages).toBeUndefined();
    const reason = 'The ledger page …/pages/000000 cannot be used: the entry at position 7 in the pages does not match its hashes';
    expect(ledgerViewOf(entries, replay, [reason]).ignoredPages).toEqual([reason]);
  });
});
