import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyRecord, type KeyResolver } from '../signing/verify-record.js';
import { computeEntryHash, computeTransferHash } from './compute-entry-hash.js';
import { entryUrl } from './group-ledger-layout.js';
import { copyShapeProblem, parseHistory, serializeHistory, type HistoryCopy } from './history-document.js';
import type { LogEntry } from './log-entry.js';
import { chainOf, GROUP, MEMBERS, memberKeys, payment, signedRecord } from './test-support/ledger-fixtures.js';

const { literal } = DataFactory;
const CURRENCY = 'https://pods.example/brixton-lets/profile/card#currency';
const URL_ = 'https://pod.example/fatima/mutua/ledger/pod-example-lets/history-2026-03';
let resolveKey: KeyResolver;
let copies: HistoryCopy[];

beforeAll(async () => {
  const keys = await memberKeys();
  resolveKey = keys.resolveKey;
  const transfers = Array.from({ length: 12 }, (_, i) => payment(MEMBERS[i % 4]!, MEMBERS[(i + 1) % 4]!, 1 + i, { currency: CURRENCY }));
  const log = await chainOf(await Promise.all(transfers.map(async (t) => ({ record: await signedRecord(t, keys.privateKeys), transfer: t.iri }))));
  // A member's copies are scattered positions of the log, as in a big group.
  copies = log.filter((_, i) => i % 3 === 0).map((entry) => ({ entry, entryUrl: entryUrl(GROUP, entry.sequence), group: GROUP }));
}, 60_000);

describe('serializeHistory and parseHistory', () => {
  it('give back each copy whole: same hashes, proofs that verify on their own, shapes that pass', async () => {
    const parsed = parseHistory(serializeHistory([...copies].reverse()), URL_);
    expect(parsed.problems).toEqual([]);
    expect(parsed.copies.map((c) => c.entry.sequence)).toEqual(copies.map((c) => c.entry.sequence));
    for (const [i, copy] of parsed.copies.entries()) {
      const original = copies[i] as HistoryCopy;
      expect(copy.entry.entryHash).toBe(original.entry.entryHash);
      expect(copy.entryUrl).toBe(original.entryUrl);
      expect(copy.group).toBe(GROUP);
      expect(await computeTransferHash(copy.entry.record)).toBe(original.entry.transferHash);
      expect(await computeEntryHash(copy.entry)).toBe(original.entry.entryHash);
      expect((await verifyRecord(copy.entry.record, { resolveKey, subject: copy.entry.transfer })).verified).toBe(true);
      expect(copyShapeProblem(copy)).toBeUndefined();
    }
  });

  it('let an altered amount be detected by the transfer hash, and a bad copy never hide the others', async () => {
    const [first, ...rest] = copies as [HistoryCopy, ...HistoryCopy[]];
    const altered: LogEntry = {
      ...first.entry,
      record: first.entry.record.map((q) => (q.predicate.value.endsWith('#amount') ? DataFactory.quad(q.subject, q.predicate, literal('999999', q.object.termType === 'Literal' ? q.object.datatype : undefined), q.graph) : q)),
    };
    const parsed = parseHistory(serializeHistory([{ ...first, entry: altered }, ...rest]), URL_);
    expect(parsed.copies).toHaveLength(copies.length);
    expect(await computeTransferHash(parsed.copies[0]!.entry.record)).not.toBe(first.entry.transferHash);
    const noSequence = serializeHistory(copies).split('\n').filter((line) => !(line.includes(`/${String(first.entry.sequence).padStart(9, '0')}#entry`) && line.includes('#sequence'))).join('\n');
    const partial = parseHistory(noSequence, URL_);
    expect(partial.copies.map((c) => c.entry.sequence)).toEqual(rest.map((c) => c.entry.sequence));
    expect(partial.problems.length).toBeGreaterThan(0);
  });

  it('reports a document that is not N-Quads instead of throwing', () => {
    expect(parseHistory('<not n-quads', URL_)).toEqual({ copies: [], problems: [expect.stringContaining('is not N-Quads')] });
  });
});
