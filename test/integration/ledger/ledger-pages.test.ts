import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_CONTENT_TYPE } from '../../../apps/core/src/ledger/entry-document.js';
import { openGroupLedger, type GroupLedger } from '../../../apps/core/src/ledger/group-ledger.js';
import { ENTRIES_PER_PAGE, pageUrl } from '../../../apps/core/src/ledger/group-ledger-layout.js';
import { serializePage } from '../../../apps/core/src/ledger/ledger-page.js';
import { payMember } from '../../../apps/core/src/ledger/pay-member.js';
import { readLedgerEntries } from '../../../apps/core/src/ledger/read-ledger-entries.js';
import { writeLedgerPages } from '../../../apps/core/src/ledger/write-ledger-pages.js';
import { MUTUA } from '../../../apps/core/src/vocab/terms.generated.js';
import { countingFetch, createLedgerGroup, openAs, type LedgerGroup, type LedgerMember } from './ledger-fixture.js';

const { quad, literal } = DataFactory;
let g: LedgerGroup;
let bruno: LedgerMember;
let camille: LedgerMember;
let gael: LedgerMember;

// One page and a few entries more: payments go back and forth so no credit limit is reached.
const PAYMENTS = ENTRIES_PER_PAGE + 5;

beforeAll(async () => {
  g = await createLedgerGroup('ledger-pages', 'alice', ['bruno', 'camille', 'gael']);
  [bruno, camille, gael] = (['bruno', 'camille', 'gael'] as const).map((name) => g.members[name] as LedgerMember) as [
    LedgerMember,
    LedgerMember,
    LedgerMember,
  ];
  let ledger = await openAs(g, bruno);
  for (let i = 0; i < PAYMENTS; i++) {
    const [payer, payee] = i % 2 === 0 ? [bruno, camille] : [camille, bruno];
    const committed = await payMember(
      ledger,
      { payee: payee.webId, amount: 10 + (i % 9), description: `Lot ${i}` },
      { fetch: payer.fetch, actor: payer.actor, counterpartyInbox: null },
    );
    // The page is written with the copies, after the payment resolves.
    await committed.copies;
    ledger = committed.ledger;
  }
}, 600_000);

async function status(fetchAs: typeof fetch, url: string, init: RequestInit = {}): Promise<number> {
  return (await fetchAs(url, init)).status;
}

describe('ledger pages on the real server', () => {
  it('are written by whoever fills the last position of a page', async () => {
    const response = await gael.fetch(pageUrl(g.url, 0));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('give a member the same ledger as the entry documents, in a few requests instead of one per entry', async () => {
    const paged = countingFetch(gael.fetch);
    const direct = countingFetch(gael.fetch);
    const [viaPages, entryByEntry] = await Promise.all([
      openGroupLedger(g.url, { fetch: paged.fetch }),
      readLedgerEntries(g.url, { fetch: direct.fetch, usePages: false }),
    ]);
    expect(viaPages.pagedEntries).toBe(ENTRIES_PER_PAGE);
    expect(viaPages.entries.map((e) => e.entryHash)).toEqual(entryByEntry.map((e) => e.entryHash));
    expect(viaPages.replay.problems).toEqual([]);
    expect(viaPages.replay.verifiedUpTo).toBe(PAYMENTS - 1);
    expect([...viaPages.replay.balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
    const ledgerReads = (urls: string[]) => urls.filter((u) => u.includes('/ledger/')).length;
    console.log(
      `ledger pages: ${ledgerReads(paged.urls)} ledger requests with pages, ${ledgerReads(direct.urls)} without, for ${PAYMENTS} entries`,
    );
    // Two listings (entries, pages), the page, then one window of 8 positions from the last paged
    // one: that entry, the five after it and two free positions. No folder listing.
    expect(ledgerReads(paged.urls)).toBe(11);
    expect(paged.urls.filter((u) => u.includes('/ledger/entries/000000/') && u.endsWith('/'))).toEqual([]);
    expect(ledgerReads(direct.urls)).toBeGreaterThanOrEqual(PAYMENTS);
  });

  it('are refused to anyone outside the group, and cannot be changed or removed by members', async () => {
    const url = pageUrl(g.url, 0);
    expect(await status(fetch, url)).toBe(401);
    const body = await (await gael.fetch(url)).text();
    expect(
      await status(gael.fetch, url, { method: 'PUT', headers: { 'content-type': ENTRY_CONTENT_TYPE }, body }),
    ).toBe(403);
    expect(await status(gael.fetch, url, { method: 'DELETE' })).toBe(403);
    expect(
      await status(gael.fetch, url, {
        method: 'PATCH',
        headers: { 'content-type': 'text/n3' },
        body: '@prefix solid: <http://www.w3.org/ns/solid/terms#>. _:p a solid:InsertDeletePatch; solid:inserts { <#x> <#y> <#z> }.',
      }),
    ).toBeGreaterThanOrEqual(400);
    expect((await gael.fetch(url)).status).toBe(200);
  });

  it('are ignored when forged: a member who writes a page with an altered amount changes nothing a reader sees', async () => {
    const honest = await openAs(g, gael);
    // The admin removes the honest page (only the group's admins may); a member then writes a forged one first.
    expect(await status(g.group.pod.agent.fetch, pageUrl(g.url, 0), { method: 'DELETE' })).toBeLessThan(300);
    const forged = honest.entries.slice(0, ENTRIES_PER_PAGE).map((entry) =>
      entry.sequence === 7
        ? {
            ...entry,
            record: entry.record.map((q) =>
              q.predicate.value === MUTUA.amount
                ? (quad(q.subject, q.predicate, literal('1', (q.object as { datatype?: never }).datatype)) as typeof q)
                : q,
            ),
          }
        : entry,
    );
    expect(
      await status(gael.fetch, pageUrl(g.url, 0), {
        method: 'PUT',
        headers: { 'content-type': ENTRY_CONTENT_TYPE, 'if-none-match': '*' },
        body: serializePage(forged, g.url),
      }),
    ).toBeLessThan(300);

    const rejected: string[] = [];
    const read: GroupLedger = await openGroupLedger(g.url, {
      fetch: camille.fetch,
      onPagesRejected: (reason) => rejected.push(reason),
    });
    expect(rejected).toEqual([expect.stringMatching(/position 7 in the pages does not match its hashes/)]);
    expect(read.pagedEntries).toBe(0);
    expect(read.replay.problems).toEqual([]);
    expect(read.replay.balances).toEqual(honest.replay.balances);

    // Once an admin removes the forgery, any member's app writes the honest page again.
    expect(await status(g.group.pod.agent.fetch, pageUrl(g.url, 0), { method: 'DELETE' })).toBeLessThan(300);
    expect(await writeLedgerPages(read, { fetch: camille.fetch })).toEqual([pageUrl(g.url, 0)]);
    expect((await openAs(g, bruno)).pagedEntries).toBe(ENTRIES_PER_PAGE);
  });
});
