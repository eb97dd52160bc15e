import { beforeAll, describe, expect, it } from 'vitest';
import { entryUrl } from '../../../apps/core/src/ledger/group-ledger-layout.js';
import { serializeEntry } from '../../../apps/core/src/ledger/entry-document.js';
import { parseHistory, serializeHistory } from '../../../apps/core/src/ledger/history-document.js';
import { historyDocumentUrl, historyMonthOf } from '../../../apps/core/src/ledger/member-history-layout.js';
import { migrateTransferCopies } from '../../../apps/core/src/ledger/migrate-transfer-copies.js';
import { createProfileKeyResolver } from '../../../apps/core/src/ledger/profile-key-resolver.js';
import { payMember } from '../../../apps/core/src/ledger/pay-member.js';
import { readMemberHistory } from '../../../apps/core/src/ledger/read-member-history.js';
import { COPY_CONTENT_TYPE, memberLedgerFolder, transferCopyUrl } from '../../../apps/core/src/ledger/transfer-copies.js';
import type { LogEntry } from '../../../apps/core/src/ledger/log-entry.js';
import { countingFetch, createLedgerGroup, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';

let g: LedgerGroup;
let fatima: LedgerMember;
let lucia: LedgerMember;
let entries: readonly LogEntry[];

beforeAll(async () => {
  g = await createLedgerGroup('ledger-history', 'alice', ['fatima', 'lucia']);
  fatima = g.members.fatima as LedgerMember;
  lucia = g.members.lucia as LedgerMember;
  let ledger = await openAs(g, fatima);
  // Five payments over three months, so the history spans several month documents. Membership
  // starts today and transfers cannot predate it, so the months lie ahead.
  for (const [i, days] of [0, 31, 32, 62, 63].entries()) {
    const committed = await payMember(
      ledger,
      { payee: lucia.webId, amount: 10 + i, description: `Traduction ${i}`, time: new Date(Date.now() + days * 24 * 3600_000) },
      { fetch: fatima.fetch, actor: fatima.actor, counterpartyInbox: null },
    );
    expect((await committed.copies).copyUrl).toBeDefined();
    ledger = committed.ledger;
  }
  entries = ledger.entries;
});

describe('readMemberHistory', () => {
  it("pages a member's month history documents newest first, verified, in at most 3 requests, without reading the group log", async () => {
    const counter = countingFetch(fatima.fetch);
    const first = await readMemberHistory(fatima.actor.storage, g.url, { fetch: counter.fetch, limit: 3, resolveKey: createProfileKeyResolver(), ledger: { entries } });
    expect(first.items.map((i) => i.entry.sequence)).toEqual([4, 3, 2]);
    expect(first.items.every((i) => i.verified === true && i.inLedger === true && i.terms.payer === fatima.webId)).toBe(true);
    expect(first.more).toBe(true);
    expect(first.problems).toEqual([]);
    expect(first.items[0]?.copyUrl).toBe(historyDocumentUrl(fatima.actor.storage, g.url, historyMonthOf(entries[4] as LogEntry)));
    // Copies in the profile key resolver's requests are not history reads: count the pod's own.
    const own = counter.urls.filter((u) => u.startsWith(fatima.actor.storage) && !u.includes('/profile/'));
    expect(own.length, own.join('\n')).toBeLessThanOrEqual(3);
    expect(counter.urls.filter((u) => u.includes('/ledger/entries/'))).toEqual([]);
    const second = await readMemberHistory(fatima.actor.storage, g.url, { fetch: fatima.fetch, limit: 3, before: 2 });
    expect(second.items.map((i) => i.entry.sequence)).toEqual([1, 0]);
    expect(second.more).toBe(false);
  });

  it('reports a history document it cannot use and still shows the other months', async () => {
    const bad = historyDocumentUrl(fatima.actor.storage, g.url, '2001-01');
    const put = await fatima.fetch(bad, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'this is <not N-Quads' });
    expect(put.ok).toBe(true);
    try {
      const page = await readMemberHistory(fatima.actor.storage, g.url, { fetch: fatima.fetch, limit: 10 });
      expect(page.items).toHaveLength(5);
      expect(page.problems.some((p) => p.startsWith(bad))).toBe(true);
    } finally {
      await fatima.fetch(bad, { method: 'DELETE' });
    }
  });
});

describe('history documents', () => {
  it('are owner-only: another member and the public are refused reading and writing them', async () => {
    const url = historyDocumentUrl(fatima.actor.storage, g.url, historyMonthOf(entries[0] as LogEntry));
    expect((await fatima.fetch(url)).status).toBe(200);
    for (const [who, fetchAs] of [['lucia', lucia.fetch], ['the public', globalThis.fetch]] as const) {
      expect([401, 403], `${who} reading`).toContain((await fetchAs(url)).status);
      const write = await fetchAs(url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: '' });
      expect([401, 403], `${who} writing`).toContain(write.status);
      expect([401, 403], `${who} listing`).toContain((await fetchAs(memberLedgerFolder(fatima.actor.storage, g.url))).status);
    }
  });

  it('keep copies another device filed meanwhile: a stale write is refused by If-Match and reapplied', async () => {
    const month = historyDocumentUrl(fatima.actor.storage, g.url, historyMonthOf(entries[0] as LogEntry));
    const statuses: number[] = [];
    // "Another device" files a copy between this app's read of the month and its write.
    let interfered = false;
    const racing = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      const headers = new Headers(init?.headers);
      if (url === month && init?.method === 'PUT' && headers.has('if-match') && !interfered) {
        interfered = true;
        const theirs = parseHistory(await (await fatima.fetch(month)).text(), month).copies;
        const extra = { entry: entries[4] as LogEntry, entryUrl: entryUrl(g.url, 4), group: g.url };
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect((await fatima.fetch(month, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: serializeHistory([...theirs, extra]) })).ok).toBe(true);
      }
      const response = await fatima.fetch(input, init);
      if (url === month && init?.method === 'PUT') statuses.push(response.status);
      return response;
    }) as typeof fetch;
    const committed = await payMember(await openAs(g, fatima), { payee: lucia.webId, amount: 1 }, { fetch: racing, actor: fatima.actor, counterpartyInbox: null });
    const delivered = await committed.copies;
    expect(delivered.copyUrl, delivered.warnings.join('\n')).toBe(month);
    expect(statuses[0]).toBe(412);
    expect(statuses.at(-1)).toBeLessThan(300);
    const copies = parseHistory(await (await fatima.fetch(month)).text(), month).copies.map((c) => c.entry.sequence);
    expect(copies).toEqual(expect.arrayContaining([0, 4, committed.entry.sequence]));
  });
});

describe('migrateTransferCopies', () => {
  it('moves per-position copies into month documents; until then the reader falls back to them', async () => {
    for (const entry of entries) {
      const put = await lucia.fetch(transferCopyUrl(lucia.actor.storage, g.url, entry), { method: 'PUT', headers: { 'content-type': COPY_CONTENT_TYPE }, body: serializeEntry(entry, entryUrl(g.url, entry.sequence), g.url) });
      expect(put.ok).toBe(true);
    }
    const legacy = await readMemberHistory(lucia.actor.storage, g.url, { fetch: lucia.fetch, limit: 3 });
    expect(legacy.items.map((i) => i.entry.sequence)).toEqual([4, 3, 2]);
    expect(legacy.more).toBe(true);

    const migrated = await migrateTransferCopies(lucia.actor.storage, { fetch: lucia.fetch });
    expect(migrated).toEqual({ moved: 5, problems: [] });
    const counter = countingFetch(lucia.fetch);
    const page = await readMemberHistory(lucia.actor.storage, g.url, { fetch: counter.fetch, limit: 10, resolveKey: createProfileKeyResolver() });
    expect(page.items.map((i) => i.entry.sequence)).toEqual([4, 3, 2, 1, 0]);
    expect(page.items.every((i) => i.verified === true && i.copyUrl.includes('/history-'))).toBe(true);
    expect((await lucia.fetch(transferCopyUrl(lucia.actor.storage, g.url, entries[0] as LogEntry))).status).toBe(404);
    expect(await migrateTransferCopies(lucia.actor.storage, { fetch: lucia.fetch })).toEqual({ moved: 0, problems: [] });
  });
});
