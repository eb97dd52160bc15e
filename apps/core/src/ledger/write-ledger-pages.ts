import { ConflictError } from '../errors/conflict-error.js';
import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import { createImmutable } from '../pod/create-immutable.js';
import { ENTRY_CONTENT_TYPE } from './entry-document.js';
import { ENTRIES_PER_PAGE, groupLedgerLayout, pageNumberOf, pageUrl } from './group-ledger-layout.js';
import type { GroupLedger } from './group-ledger.js';
import { pageRange, serializePage } from './ledger-page.js';

/**
 * Writes ledger page `page` from the entries the reader has verified, once: a page is created
 * with If-None-Match like an entry, so it never changes. Resolves with its URL, or undefined
 * when its entries are not all verified yet or another member wrote it first.
 */
export async function writeLedgerPage(
  ledger: GroupLedger,
  page: number,
  options: PodRequestOptions = {},
): Promise<string | undefined> {
  const { first, last } = pageRange(page);
  if (last > ledger.replay.verifiedUpTo) return undefined;
  const url = pageUrl(ledger.group, page);
  try {
    await createImmutable(
      'Writing the ledger page',
      url,
      ENTRY_CONTENT_TYPE,
      serializePage(ledger.entries.slice(first, last + 1), ledger.group),
      options,
    );
    return url;
  } catch (error) {
    if (error instanceof ConflictError) return undefined;
    throw error;
  }
}

/** Writes every ledger page the verified entries fill and the pod does not hold yet; resolves with the URLs written. */
export async function writeLedgerPages(ledger: GroupLedger, options: PodRequestOptions = {}): Promise<string[]> {
  const full = Math.floor((ledger.replay.verifiedUpTo + 1) / ENTRIES_PER_PAGE);
  if (full === 0) return [];
  const existing = new Set(
    (await getContainedResourceUrlsOrNone(groupLedgerLayout(ledger.group).pages, options)).map(pageNumberOf),
  );
  const written: string[] = [];
  for (let page = 0; page < full; page++) {
    if (existing.has(page)) continue;
    const url = await writeLedgerPage(ledger, page, options);
    if (url) written.push(url);
  }
  return written;
}
