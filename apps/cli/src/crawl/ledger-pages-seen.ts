import {
  checkLedgerPages,
  ENTRIES_PER_PAGE,
  entryFromQuads,
  entryUrl,
  groupLayout,
  LDP,
  pageEntriesFromQuads,
  pageNumberOf,
  pageUrl,
  sequenceOfEntryUrl,
  type LogEntry,
  type RdfResource,
} from '@mutua/core';

const PAGES = /\/ledger\/pages\/$/;
const ENTRY = /\/ledger\/entries\/\d{6}\/\d{9}$/;
const FOLDER = /\/ledger\/entries\/\d{6}\/$/;

/** A ledger whose pages could not stand in for its entries, and what to read instead. */
export interface RejectedPages {
  readonly ledger: string;
  readonly reason: string;
  /** The page documents read, to be dropped from the results. */
  readonly pages: readonly string[];
  /** The entry folders and documents skipped because of the pages, to be read after all. */
  readonly skipped: readonly string[];
}

interface Paged {
  readonly upTo: number;
  readonly skipped: string[];
}

/**
 * The ledger pages a crawl has seen listed, by ledger. With pages, a ledger's entry folders are
 * not listed (a folder lists up to 1,000 entries, slowly): the crawl reads the pages, then asks
 * for the positions from the last paged one on (`tail`) until one is free. Before the pages are
 * used, their hashes are recomputed and their chain must end at the entry document at the last
 * paged position, as the ledger app does (checkLedgerPages). A page holds the very same triples
 * as its entries, so a query cannot tell which it read.
 */
export class LedgerPagesSeen {
  private readonly ledgers = new Map<string, Paged>();

  /** Notes the pages a `ledger/pages/` listing names (only a run from page 0 counts). */
  note(resource: RdfResource): void {
    if (!PAGES.test(new URL(resource.url).pathname)) return;
    const listed = new Set(
      resource.quads
        .filter((q) => q.predicate.value === LDP.contains && q.subject.value === resource.url)
        .map((q) => pageNumberOf(q.object.value)),
    );
    let pages = 0;
    while (listed.has(pages)) pages++;
    if (pages > 0) this.ledgers.set(ledgerOf(resource.url), { upTo: pages * ENTRIES_PER_PAGE - 1, skipped: [] });
  }

  /** True for an entry folder of a paged ledger, or an entry a page holds; kept in case the pages prove unusable. */
  skip(url: string): boolean {
    const path = new URL(url).pathname;
    const paged = this.ledgers.get(ledgerOf(url));
    if (!paged) return false;
    const sequence = ENTRY.test(path) ? sequenceOfEntryUrl(url) : undefined;
    if (!FOLDER.test(path) && (sequence === undefined || sequence >= paged.upTo)) return false;
    paged.skipped.push(url);
    return true;
  }

  /** The entry documents to ask for next, by group: from the last paged position on. */
  tails(): { readonly group: string; readonly from: number }[] {
    return [...this.ledgers.keys()].map((ledger) => ({
      group: groupOfLedger(ledger),
      from: this.ledgers.get(ledger)!.upTo,
    }));
  }

  /**
   * Checks every paged ledger against what the crawl read: the ledgers whose pages cannot be
   * used, and the anchor entry documents of those that can (their triples are in the last page
   * too, and a store holding both would count that transfer twice).
   */
  async settle(
    documents: readonly RdfResource[],
  ): Promise<{ readonly rejected: RejectedPages[]; readonly duplicates: string[] }> {
    const byUrl = new Map(documents.map((d) => [d.url, d]));
    const rejected: RejectedPages[] = [];
    const duplicates: string[] = [];
    for (const [ledger, paged] of this.ledgers) {
      const group = groupOfLedger(ledger);
      const pageUrls = Array.from({ length: (paged.upTo + 1) / ENTRIES_PER_PAGE }, (_, n) => pageUrl(group, n));
      const anchor = byUrl.get(entryUrl(group, paged.upTo));
      const reason = await problemOf(group, pageUrls, byUrl, anchor);
      if (reason !== undefined)
        rejected.push({ ledger, reason, pages: pageUrls.filter((u) => byUrl.has(u)), skipped: paged.skipped });
      else if (anchor !== undefined) duplicates.push(anchor.url);
    }
    return { rejected, duplicates };
  }
}

/** Why the pages of `group`'s ledger cannot stand in for its entries, or undefined (see checkLedgerPages). */
async function problemOf(
  group: string,
  pageUrls: readonly string[],
  byUrl: ReadonlyMap<string, RdfResource>,
  anchor: RdfResource | undefined,
): Promise<string | undefined> {
  const entries: LogEntry[] = [];
  try {
    for (const [n, url] of pageUrls.entries()) {
      const page = byUrl.get(url);
      if (!page) return `the page ${url} could not be read`;
      entries.push(...pageEntriesFromQuads(page.quads, url, group, n));
    }
  } catch (error) {
    return (error as Error).message;
  }
  return checkLedgerPages(entries, anchor && entryFromQuads(anchor.quads, anchor.url));
}

/** The group IRI whose ledger container is `ledger` (the inverse of groupLedgerLayout). */
function groupOfLedger(ledger: string): string {
  return groupLayout(ledger.slice(0, -'ledger/'.length)).group;
}

/** `…/ledger/` of a URL inside a group ledger. */
function ledgerOf(url: string): string {
  return url.slice(0, url.indexOf('/ledger/') + '/ledger/'.length);
}
