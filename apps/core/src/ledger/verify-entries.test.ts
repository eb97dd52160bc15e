import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalizeWithRdfCanonize } from '../signing/canonicalize.js';
import { sha256Hex } from '../signing/sha256.js';
import { verifyRecord, type KeyResolver } from '../signing/verify-record.js';
import { computeEntryHash, entryHashNQuads, entryHashQuads } from './compute-entry-hash.js';
import { toEntryVerification } from './entry-verification.js';
import type { LogEntry } from './log-entry.js';
import { nextLogEntry } from './next-log-entry.js';
import { replayLedger } from './replay-ledger.js';
import { chainOf, MEMBERS, memberKeys, payment, rulesWith, signedRecord } from './test-support/ledger-fixtures.js';
import { verifyEntries, type VerificationCache } from './verify-entries.js';

const { quad, literal, namedNode } = DataFactory;
const rules = rulesWith(-100_000, 100_000);
let privateKeys: Map<string, CryptoKey>;
let resolveKey: KeyResolver;
beforeAll(async () => ({ privateKeys, resolveKey } = await memberKeys()));

type Damage = 'none' | 'amount' | 'amount-rehashed' | 'proof-value' | 'transfer-hash' | 'entry-hash' | 'swap' | 'unsigned';

// What a damaged or forged log can look like to a reader; each entry is changed at most once.
async function damaged(entries: readonly LogEntry[], damage: Damage, at: number): Promise<LogEntry[]> {
  const copy = [...entries];
  const i = at % copy.length;
  const entry = copy[i] as LogEntry;
  const change = (q: Quad): Quad => {
    if (damage.startsWith('amount') && q.predicate.value.endsWith('#amount')) return quad(q.subject, q.predicate, literal(String(Number(q.object.value) + 1), q.object.termType === 'Literal' ? q.object.datatype : undefined)) as Quad;
    if (damage === 'proof-value' && q.predicate.value.endsWith('#proofValue')) return quad(q.subject, q.predicate, literal(`${q.object.value.slice(0, -2)}11`, namedNode('https://w3id.org/security#multibase'))) as Quad;
    return q;
  };
  switch (damage) {
    case 'none':
      return copy;
    case 'amount':
    case 'proof-value':
      copy[i] = { ...entry, record: entry.record.map(change) };
      return copy;
    case 'amount-rehashed':
      copy[i] = await nextLogEntry(copy[i - 1], entry.record.map(change), { transfer: entry.transfer });
      return copy;
    case 'transfer-hash':
      copy[i] = { ...entry, transferHash: 'f'.repeat(64) };
      return copy;
    case 'entry-hash':
      copy[i] = { ...entry, entryHash: '0'.repeat(64) };
      return copy;
    case 'unsigned':
      copy[i] = { ...entry, record: entry.record.filter((q) => !q.predicate.value.startsWith('https://w3id.org/security#')) };
      return copy;
    case 'swap':
      if (i + 1 < copy.length) [copy[i], copy[i + 1]] = [copy[i + 1] as LogEntry, entry];
      return copy;
  }
}

const log = fc.array(
  fc.tuple(fc.nat(3), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 900 }), fc.boolean()).map(([from, step, amount, request]) => {
    const payer = MEMBERS[from] as string;
    const payee = MEMBERS[(from + step) % 4] as string;
    return payment(payer, payee, amount, request ? { initiator: payee } : {});
  }),
  { minLength: 1, maxLength: 6 },
);
const damage = fc.constantFrom<Damage>('none', 'amount', 'amount-rehashed', 'proof-value', 'transfer-hash', 'entry-hash', 'swap', 'unsigned');

describe('verifyEntries', () => {
  it('gives every entry verifyRecord’s verdict, and replay the same problems and balances as the reference reader', async () => {
    await fc.assert(
      fc.asyncProperty(log, fc.array(fc.tuple(damage, fc.nat()), { maxLength: 2 }), fc.integer({ min: 1, max: 8 }), async (transfers, damages, concurrency) => {
        let entries = await chainOf(await Promise.all(transfers.map(async (p) => ({ record: await signedRecord(p, privateKeys), transfer: p.iri }))));
        for (const [d, at] of damages) entries = await damaged(entries, d, at);
        // The reference reader: verifyRecord per entry and a replay over fresh entry objects, nothing shared or remembered.
        const reference = entries.map((e) => ({ ...e }));
        const expectedVerifications = await Promise.all(reference.map(async (e) => toEntryVerification(await verifyRecord(e.record, { resolveKey, subject: e.transfer }))));
        const expected = await replayLedger(reference, { ...rules, verifications: expectedVerifications });

        const verifications = await verifyEntries(entries, { resolveKey, concurrency, cache: new WeakMap() });
        expect(verifications).toEqual(expectedVerifications);
        const replay = await replayLedger(entries, { ...rules, verifications });
        expect(replay.problems).toEqual(expected.problems);
        expect(replay.verifiedUpTo).toBe(expected.verifiedUpTo);
        expect([...replay.balances]).toEqual([...expected.balances]);
      }),
      { numRuns: 60 },
    );
  });

  it('reuses cached verdicts, reports progress to the end and checks each key once', async () => {
    const transfers = [payment(MEMBERS[0] as string, MEMBERS[1] as string, 5), payment(MEMBERS[1] as string, MEMBERS[2] as string, 7), payment(MEMBERS[0] as string, MEMBERS[2] as string, 9)];
    const entries = await chainOf(await Promise.all(transfers.map(async (p) => ({ record: await signedRecord(p, privateKeys), transfer: p.iri }))));
    const asked: string[] = [];
    const counting: KeyResolver = (method) => {
      asked.push(method);
      return resolveKey(method);
    };
    const cache: VerificationCache = new WeakMap();
    const progress: [number, number][] = [];
    const first = await verifyEntries(entries, { resolveKey: counting, cache, concurrency: 2, onProgress: (done, total) => progress.push([done, total]) });
    expect(first.every((v) => v.verified)).toBe(true);
    expect(progress).toEqual([[2, 3], [3, 3]]);
    expect(asked.sort()).toEqual([...new Set(asked)].sort());
    asked.length = 0;
    expect(await verifyEntries(entries, { resolveKey: counting, cache })).toEqual(first);
    expect(asked).toEqual([]);
  });
});

describe('entry hash', () => {
  it('writes the entry hash statements exactly as rdf-canonize does', async () => {
    const text = fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 20 }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -5, max: 2 ** 40 }), text, text, async (sequence, previousHash, transferHash) => {
        const input = { sequence, previousHash, transferHash };
        expect(entryHashNQuads(input)).toBe(await canonicalizeWithRdfCanonize(entryHashQuads(input)));
        expect(await computeEntryHash(input)).toBe(await sha256Hex(await canonicalizeWithRdfCanonize(entryHashQuads(input))));
      }),
      { numRuns: 300 },
    );
  });
});
