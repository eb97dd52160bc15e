import { getContainedResourceUrlsOrNone } from '../pod/get-contained-resource-urls.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import {
  ENTRIES_PER_FOLDER,
  ENTRIES_PER_PAGE,
  folderNumberOf,
  groupLedgerLayout,
  pageNumberOf,
  sequenceOfEntryUrl,
} from './group-ledger-layout.js';
import { checkLedgerPages } from './check-ledger-pages.js';
import type { LogEntry } from './log-entry.js';
import { mapConcurrently } from './map-concurrently.internal.js';
import { readPage } from './read-page.js';
import { getEntry } from './read-entry.js';
import { readEntriesAfter } from './read-entries-after.js';

/** Options for reading a group log. */
export interface ReadLedgerEntriesOptions extends PodRequestOptions {
  /** Read only entries after this position (an incremental read); all when absent. */
  readonly after?: number;
  /** Documents read at once; defaults to 8. */
  readonly concurrency?: number;
  /** False reads every entry document on its own, ignoring ledger pages. */
  readonly usePages?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
  /** Told when pages were found but could not be trusted, so entries were read one by one instead. */
  readonly onPagesRejected?: (reason: string) => void;
}

/** A group log as read: its entries in position order, and how many came from ledger pages. */
export interface LedgerEntriesRead {
  readonly entries: LogEntry[];
  /** Positions read from pages (0 when none were used). */
  readonly paged: number;
}

/**
 * The group log's entries in position order. Full runs of entries come from ledger pages (one
 * request per hundred positions), the few after them from their entry documents; without pages,
 * every entry document, listed folder by folder.
 * The entry at the last paged position is read on its own too: pages are only used when their
 * hash chain ends exactly there, so a page can speed a read up but never change what is read.
 */
export async function readLedgerEntries(groupUrl: string, options: ReadLedgerEntriesOptions = {}): Promise<LogEntry[]> {
  return (await readLedgerEntriesWithPages(groupUrl, options)).entries;
}

/** readLedgerEntries, also saying how many positions came from pages. */
export async function readLedgerEntriesWithPages(
  groupUrl: string,
  options: ReadLedgerEntriesOptions = {},
): Promise<LedgerEntriesRead> {
  const after = options.after ?? -1;
  const layout = groupLedgerLayout(groupUrl);
  const [folders, pageUrls] = await Promise.all([
    getContainedResourceUrlsOrNone(layout.entries, options),
    options.usePages === false ? [] : getContainedResourceUrlsOrNone(layout.pages, options),
  ]);
  const pages = usablePages(pageUrls, after);
  if (pages.length > 0) {
    const anchor = (pages[pages.length - 1]! + 1) * ENTRIES_PER_PAGE - 1;
    try {
      // The tail is found by asking for the positions after the pages, not by listing its folder:
      // a folder lists up to 1,000 entries, the tail holds fewer than a hundred.
      const [paged, rest] = await Promise.all([
        readPages(groupUrl, pages, options),
        readEntriesAfter(groupUrl, anchor - 1, { ...options, window: options.concurrency ?? 8 }),
      ]);
      const problem = await checkLedgerPages(paged, rest[0]);
      if (problem === undefined) {
        const entries = [...paged, ...rest.slice(1)];
        options.onProgress?.(entries.length, entries.length);
        return { entries, paged: paged.length };
      }
      options.onPagesRejected?.(problem);
    } catch (error) {
      // Whatever went wrong with the pages, the entry documents still say it all.
      options.onPagesRejected?.(error instanceof Error ? error.message : String(error));
    }
  }
  return { entries: await readEntryDocuments(folders, after, options), paged: 0 };
}

/** Page numbers that continue one another from the first page wholly after `after`. */
function usablePages(pageUrls: readonly string[], after: number): number[] {
  const present = new Set(pageUrls.map(pageNumberOf).filter((n): n is number => n !== undefined));
  const pages: number[] = [];
  for (let page = Math.ceil((after + 1) / ENTRIES_PER_PAGE); present.has(page); page++) pages.push(page);
  return pages;
}

async function readPages(
  groupUrl: string,
  pages: readonly number[],
  options: ReadLedgerEntriesOptions,
): Promise<LogEntry[]> {
  const read = await mapConcurrently(pages, options.concurrency ?? 8, (page) => readPage(groupUrl, page, options));
  return read.flat();
}

/** The entry documents after position `after`, listed from the folder holding `after + 1`. */
async function readEntryDocuments(
  folderUrls: readonly string[],
  after: number,
  options: ReadLedgerEntriesOptions,
): Promise<LogEntry[]> {
  const firstFolder = Math.floor((after + 1) / ENTRIES_PER_FOLDER);
  const folders = folderUrls.filter((url) => (folderNumberOf(url) ?? -1) >= firstFolder);
  const listed = await mapConcurrently(folders, 4, (folder) => getContainedResourceUrlsOrNone(folder, options));
  const urls = listed
    .flat()
    .map((url) => ({ url, sequence: sequenceOfEntryUrl(url) }))
    .filter((e): e is { url: string; sequence: number } => e.sequence !== undefined && e.sequence > after)
    .sort((a, b) => a.sequence - b.sequence);
  let done = 0;
  options.onProgress?.(0, urls.length);
  return mapConcurrently(urls, options.concurrency ?? 8, async ({ url }) => {
    const entry = await getEntry(url, options);
    options.onProgress?.(++done, urls.length);
    return entry;
  });
}
