import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser, Writer } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyResolver } from '../signing/verify-record.js';
import { computeEntryHash } from './compute-entry-hash.js';
import { nextLogEntry } from './next-log-entry.js';
import { GENESIS_HASH, type LogEntry } from './log-entry.js';
import { replayLedger } from './replay-ledger.js';
import type { TransferTerms } from './transfer.js';
import { chainOf, MEMBERS, memberKeys, payment, rulesWith, signedRecord } from './test-support/ledger-fixtures.js';
import { readLedger } from './test-support/reader.js';

const [amina, ben, chloe, dev] = MEMBERS as [string, string, string, string];
const rules = rulesWith(-1000, 5000);
let privateKeys: Map<string, CryptoKey>;
let resolveKey: KeyResolver;

beforeAll(async () => ({ privateKeys, resolveKey } = await memberKeys()));

async function logOf(...transfers: TransferTerms[]): Promise<LogEntry[]> {
  return chainOf(await Promise.all(transfers.map(async (t) => ({ record: await signedRecord(t, privateKeys), transfer: t.iri }))));
}

function reparsed(entries: readonly LogEntry[]): LogEntry[] {
  return entries.map((e) => {
    const text = new Writer({ format: 'N-Quads' }).quadsToString([...e.record]);
    return { ...e, record: new Parser({ format: 'N-Quads' }).parse(text) as Quad[] };
  });
}

describe('replayLedger', () => {
  it('reaches the balances of a clean, signed, hash-chained log with no problems', async () => {
    const entries = await logOf(payment(amina, ben, 300), payment(ben, chloe, 100), payment(chloe, dev, 50, { initiator: dev }));
    expect(entries[0]?.previousHash).toBe(GENESIS_HASH);
    const replay = await readLedger(entries, rules, resolveKey);
    expect(replay.problems).toEqual([]);
    expect(replay.verifiedUpTo).toBe(2);
    expect(Object.fromEntries(replay.balances)).toEqual({ [amina]: -300, [ben]: 200, [chloe]: 50, [dev]: 50 });
  });

  it('reports a rejected entry, moves no balance for it, and goes on checking the rest', async () => {
    const entries = await logOf(payment(amina, ben, 600), payment(amina, ben, 600), payment(ben, chloe, 100), payment(amina, amina, 1));
    const replay = await readLedger(entries, rules, resolveKey);
    expect(replay.problems.map((p) => [p.sequence, p.kind])).toEqual([
      [1, 'over-limit'],
      [3, 'invalid-transfer'],
    ]);
    expect(replay.verifiedUpTo).toBe(0);
    expect(Object.fromEntries(replay.balances)).toEqual({ [amina]: -600, [ben]: 500, [chloe]: 100 });
  });

  it('reports unknown members, duplicate ids and missing signatures', async () => {
    const first = payment(amina, ben, 10);
    const stranger = payment(amina, 'https://pods.example/mallory/profile/card#me', 10);
    const request = payment(chloe, dev, 10, { initiator: dev });
    const entries = await logOf(first, stranger, { ...payment(chloe, ben, 10), id: first.id }, request);
    const verifications = entries.map((_, i) => (i === 3 ? { verified: true, signers: [dev] } : { verified: true, signers: [amina, chloe] }));
    const replay = await replayLedger(entries, { ...rules, verifications });
    expect(replay.problems.map((p) => [p.sequence, p.kind, p.id])).toEqual([
      [1, 'unknown-member', stranger.id],
      [2, 'duplicate-id', first.id],
      [3, 'bad-signature', request.id],
    ]);
    expect(replay.problems[2]?.message).toContain(`not signed by ${chloe}`);
  });

  it('detects a record changed after it was logged, and an entry rewritten to match it', async () => {
    const entries = await logOf(payment(amina, ben, 100), payment(ben, chloe, 40), payment(chloe, dev, 10));
    const raise = (q: Quad) => (q.predicate.value.endsWith('#amount') ? (DataFactory.quad(q.subject, q.predicate, DataFactory.literal('4000', q.object.termType === 'Literal' ? q.object.datatype : undefined)) as Quad) : q);
    const changed = entries.map((e, i) => (i === 1 ? { ...e, record: e.record.map(raise) } : e));
    const altered = await readLedger(changed, rules, resolveKey);
    expect(altered.problems.map((p) => [p.sequence, p.kind])).toEqual([[1, 'altered']]);

    // The forger recomputes the entry's hashes: the next entry's link and the signature still give it away.
    const second = entries[1] as LogEntry;
    const rewritten = await nextLogEntry(entries[0], second.record.map(raise), { transfer: second.transfer });
    const replay = await readLedger([entries[0] as LogEntry, rewritten, entries[2] as LogEntry], rules, resolveKey);
    expect(replay.problems.map((p) => [p.sequence, p.kind])).toEqual([
      [1, 'bad-signature'],
      [2, 'broken-chain'],
    ]);
    expect(replay.verifiedUpTo).toBe(0);
  });

  it('detects swapped and missing entries', async () => {
    const entries = await logOf(payment(amina, ben, 1), payment(amina, ben, 2), payment(amina, ben, 3));
    const [a, b, c] = entries as [LogEntry, LogEntry, LogEntry];
    const swapped = await readLedger([a, c, b], rules, resolveKey);
    expect(swapped.problems.map((p) => p.kind)).toEqual(['out-of-order', 'broken-chain', 'out-of-order', 'broken-chain']);
    const missing = await readLedger([a, c], rules, resolveKey);
    expect(missing.problems.map((p) => [p.sequence, p.kind])).toEqual([
      [2, 'out-of-order'],
      [2, 'broken-chain'],
    ]);
  });

  it('gives the same result for the same entries, whatever objects hold them', async () => {
    const entries = await logOf(payment(amina, ben, 5), payment(ben, chloe, 3), payment(chloe, amina, 9000));
    const first = await readLedger(entries, rules, resolveKey);
    const second = await readLedger(reparsed(entries), rules, resolveKey);
    expect(second).toEqual(first);
  });

  it('hashes an entry from its sequence, previous hash and transfer hash only', async () => {
    const input = { sequence: 0, previousHash: GENESIS_HASH, transferHash: 'a'.repeat(64) };
    const hash = await computeEntryHash(input);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await computeEntryHash({ ...input, sequence: 1 })).not.toBe(hash);
    expect(await computeEntryHash({ ...input, transferHash: 'b'.repeat(64) })).not.toBe(hash);
  });
});
