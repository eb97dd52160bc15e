import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyResolver } from '../signing/verify-record.js';
import { nextLogEntry } from './next-log-entry.js';
import type { LogEntry } from './log-entry.js';
import { chainOf, MEMBERS, memberKeys, payment, rulesWith, signedRecord } from './test-support/ledger-fixtures.js';
import { readLedger } from './test-support/reader.js';

const { quad, literal, namedNode } = DataFactory;
const rules = rulesWith(-100_000, 100_000);
const XSD_INTEGER = namedNode('http://www.w3.org/2001/XMLSchema#integer');
let privateKeys: Map<string, CryptoKey>;
let resolveKey: KeyResolver;

beforeAll(async () => ({ privateKeys, resolveKey } = await memberKeys()));

type Tamper =
  | { kind: 'amount'; at: number; delta: number; rehash: 'none' | 'entry' | 'suffix' }
  | { kind: 'party'; at: number; role: 'payer' | 'payee'; to: number; rehash: 'none' | 'entry' | 'suffix' }
  | { kind: 'swap'; at: number }
  | { kind: 'drop'; at: number };

const rehash = fc.constantFrom('none' as const, 'entry' as const, 'suffix' as const);
const tamper: fc.Arbitrary<Tamper> = fc.oneof(
  fc.record({ kind: fc.constant('amount' as const), at: fc.nat(), delta: fc.integer({ min: 1, max: 500 }), rehash }),
  fc.record({ kind: fc.constant('party' as const), at: fc.nat(), role: fc.constantFrom('payer' as const, 'payee' as const), to: fc.nat(), rehash }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
);
const log = fc.array(
  fc.tuple(fc.nat(3), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 900 })).map(([from, step, amount]) => payment(MEMBERS[from] as string, MEMBERS[(from + step) % 4] as string, amount)),
  { minLength: 2, maxLength: 6 },
);

/** A member other than `current`, chosen by `pick`. */
function otherMember(current: string, pick: number): string {
  return MEMBERS[(MEMBERS.indexOf(current) + 1 + (pick % 3)) % 4] as string;
}

/** The log after the forger's change; they may recompute the hashes of the entry or of every entry from it on. */
async function tampered(entries: readonly LogEntry[], t: Tamper): Promise<LogEntry[]> {
  const at = t.at % (t.kind === 'swap' || t.kind === 'drop' ? entries.length - 1 : entries.length);
  const copy = [...entries];
  if (t.kind === 'swap') [copy[at], copy[at + 1]] = [copy[at + 1] as LogEntry, copy[at] as LogEntry];
  if (t.kind === 'drop') copy.splice(at, 1); // never the last entry: a cut-off tail needs an outside anchor (decision 0024)
  if (t.kind === 'swap' || t.kind === 'drop') return copy;
  const entry = copy[at] as LogEntry;
  const change = (q: Quad): Quad => {
    if (t.kind === 'amount' && q.predicate.value.endsWith('#amount')) return quad(q.subject, q.predicate, literal(String(Number(q.object.value) + t.delta), XSD_INTEGER)) as Quad;
    if (t.kind === 'party' && q.predicate.value.endsWith(`#${t.role}`)) return quad(q.subject, q.predicate, namedNode(otherMember(q.object.value, t.to))) as Quad;
    return q;
  };
  const record = entry.record.map(change);
  if (t.rehash === 'none') return [...copy.slice(0, at), { ...entry, record }, ...copy.slice(at + 1)];
  const rebuilt = [...copy.slice(0, at)];
  rebuilt.push(await nextLogEntry(rebuilt.at(-1), record, { transfer: entry.transfer }));
  for (const later of copy.slice(at + 1)) rebuilt.push(t.rehash === 'suffix' ? await nextLogEntry(rebuilt.at(-1), later.record, { transfer: later.transfer }) : later);
  return rebuilt;
}

describe('a hash-chained, signed ledger (property-based)', () => {
  it('shows every reader any change of amount, party or order, even when the forger recomputes hashes', async () => {
    await fc.assert(
      fc.asyncProperty(log, tamper, async (transfers, t) => {
        const entries = await chainOf(await Promise.all(transfers.map(async (p) => ({ record: await signedRecord(p, privateKeys), transfer: p.iri }))));
        expect((await readLedger(entries, rules, resolveKey)).problems).toEqual([]);
        const forged = await readLedger(await tampered(entries, t), rules, resolveKey);
        expect(forged.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
