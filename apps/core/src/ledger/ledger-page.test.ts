import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KeyResolver } from '../signing/verify-record.js';
import { checkLedgerPages } from './check-ledger-pages.js';
import { ENTRIES_PER_PAGE, pageUrl } from './group-ledger-layout.js';
import { LedgerPageError, pageRange, parsePage, serializePage } from './ledger-page.js';
import type { LogEntry } from './log-entry.js';
import { chainOf, GROUP, MEMBERS, memberKeys, payment, signedRecord } from './test-support/ledger-fixtures.js';
import { readLedger } from './test-support/reader.js';
import { rulesWith } from './test-support/ledger-fixtures.js';

const { literal } = DataFactory;
let privateKeys: Map<string, CryptoKey>;
let resolveKey: KeyResolver;
let log: LogEntry[];

beforeAll(async () => {
  ({ privateKeys, resolveKey } = await memberKeys());
  // Two pages and a bit: payments go round the four members so no limit is reached.
  const transfers = Array.from({ length: 2 * ENTRIES_PER_PAGE + 3 }, (_, i) =>
    payment(MEMBERS[i % 4]!, MEMBERS[(i + 1) % 4]!, 1 + (i % 7)),
  );
  log = await chainOf(
    await Promise.all(transfers.map(async (t) => ({ record: await signedRecord(t, privateKeys), transfer: t.iri }))),
  );
}, 60_000);

const pageOf = (page: number): LogEntry[] => log.slice(pageRange(page).first, pageRange(page).last + 1);

describe('serializePage and parsePage', () => {
  it('give back entries that verify and replay exactly like the entry documents', async () => {
    const body = serializePage(pageOf(1), GROUP);
    const parsed = parsePage(body, pageUrl(GROUP, 1), GROUP, 1);
    expect(parsed.map((e) => e.sequence)).toEqual(pageOf(1).map((e) => e.sequence));
    expect(parsed.map((e) => e.entryHash)).toEqual(pageOf(1).map((e) => e.entryHash));
    const fromPages = [
      ...parsePage(serializePage(pageOf(0), GROUP), pageUrl(GROUP, 0), GROUP, 0),
      ...parsed,
      ...log.slice(2 * ENTRIES_PER_PAGE),
    ];
    const rules = rulesWith(-100_000, 100_000);
    const [direct, paged] = await Promise.all([
      readLedger(log, rules, resolveKey),
      readLedger(fromPages, rules, resolveKey),
    ]);
    expect(paged.problems).toEqual([]);
    expect(paged.verifiedUpTo).toBe(log.length - 1);
    expect(paged.balances).toEqual(direct.balances);
  });

  it('refuses a page that holds other positions than its URL names, or too few', () => {
    const body = serializePage(pageOf(0), GROUP);
    expect(() => parsePage(body, pageUrl(GROUP, 1), GROUP, 1)).toThrow(LedgerPageError);
    expect(() => parsePage(serializePage(pageOf(0).slice(1), GROUP), pageUrl(GROUP, 0), GROUP, 0)).toThrow(
      /must hold the 100 entries at positions 0 to 99/,
    );
    expect(() => parsePage('not n-quads at all', pageUrl(GROUP, 0), GROUP, 0)).toThrow(/is not N-Quads/);
  });

  it('refuses a page with a statement that belongs to none of its entries', () => {
    const body = `${serializePage(pageOf(0), GROUP)}<https://elsewhere.example/x> <https://schema.org/name> "stray" .\n`;
    expect(() => parsePage(body, pageUrl(GROUP, 0), GROUP, 0)).toThrow(/belongs to none of its entries/);
  });
});

describe('checkLedgerPages', () => {
  it('accepts pages whose chain ends at the entry the log holds there', async () => {
    const paged = [...pageOf(0), ...pageOf(1)];
    expect(await checkLedgerPages(paged, log[2 * ENTRIES_PER_PAGE - 1])).toBeUndefined();
  });

  it('refuses pages when the log has another entry, or none, where they end', async () => {
    expect(await checkLedgerPages(pageOf(0), log[ENTRIES_PER_PAGE])).toMatch(/no entry at position 99/);
    expect(await checkLedgerPages(pageOf(0), undefined)).toMatch(/no entry at position 99/);
    const other = { ...log[ENTRIES_PER_PAGE - 1]!, entryHash: 'f'.repeat(64) };
    expect(await checkLedgerPages(pageOf(0), other)).toMatch(/not the one in the log/);
  });

  it('refuses pages with an altered record, even when the forger rehashed that entry', async () => {
    const altered = pageOf(0).map((entry) =>
      entry.sequence === 40
        ? {
            ...entry,
            record: entry.record.map((q) =>
              q.predicate.value.endsWith('#amount')
                ? DataFactory.quad(
                    q.subject,
                    q.predicate,
                    literal('9999', q.object.termType === 'Literal' ? q.object.datatype : undefined),
                    q.graph,
                  )
                : q,
            ),
          }
        : entry,
    );
    expect(await checkLedgerPages(altered, log[ENTRIES_PER_PAGE - 1])).toMatch(
      /position 40 in the pages does not match its hashes/,
    );
    const unchained = pageOf(0).map((entry) =>
      entry.sequence === 41 ? { ...entry, previousHash: 'a'.repeat(64) } : entry,
    );
    expect(await checkLedgerPages(unchained, log[ENTRIES_PER_PAGE - 1])).toMatch(/position 41/);
  });
});
