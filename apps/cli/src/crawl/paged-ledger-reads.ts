import {
  entryUrl,
  LDP,
  loadLedgerDocuments,
  loadResources,
  NotFoundError,
  sequenceOfEntryUrl,
  type LoadOptions,
  type RdfResource,
} from '@mutua/core';
import { describeFailure, type CrawlFailure } from './crawl-failure.js';

/** Documents read by one of the steps below, what failed, and how many requests it took. */
export interface ReadStep {
  readonly documents: readonly RdfResource[];
  readonly failures: readonly CrawlFailure[];
  readonly requests: number;
}

/**
 * The entry documents of `group`'s paged ledger from position `from` on, asked for in windows that
 * double (2, 4, 8 … positions) until a position is free: the entries after the pages, without
 * listing a folder that holds up to 1,000 of them. A free position is where the log ends, not a
 * failure. The first window is small because a free position costs the server more than a read.
 */
export async function readLedgerTail(group: string, from: number, options: LoadOptions): Promise<ReadStep> {
  const documents: RdfResource[] = [];
  const failures: CrawlFailure[] = [];
  let requests = 0;
  for (let next = from, size = 2; ; next += size, size = Math.min(size * 2, 32)) {
    const urls = Array.from({ length: size }, (_, i) => entryUrl(group, next + i));
    const { results, errors } = await loadLedgerDocuments(urls, options);
    requests += urls.length;
    const end = Math.min(
      ...errors.filter((e) => e.error instanceof NotFoundError).map((e) => sequenceOfEntryUrl(e.url) ?? Infinity),
      Infinity,
    );
    documents.push(...results.filter((r) => (sequenceOfEntryUrl(r.url) ?? Infinity) < end));
    const broken = errors.filter((e) => !(e.error instanceof NotFoundError));
    failures.push(...broken.map(({ url, error }) => describeFailure(url, error)));
    if (errors.length > 0) return { documents, failures, requests };
  }
}

/** Reads what was skipped for pages that proved unusable: the entry folders' listings, then every entry not read yet. */
export async function readSkippedEntries(
  skipped: readonly string[],
  alreadyRead: ReadonlySet<string>,
  options: LoadOptions,
): Promise<ReadStep> {
  const folders = skipped.filter((url) => url.endsWith('/'));
  const listings = await loadResources(folders, options);
  const listed = listings.results.flatMap((listing) =>
    listing.quads
      .filter((q) => q.subject.value === listing.url && q.predicate.value === LDP.contains)
      .map((q) => q.object.value),
  );
  const entries = [...new Set([...skipped.filter((url) => !url.endsWith('/')), ...listed])].filter(
    (url) => sequenceOfEntryUrl(url) !== undefined && !alreadyRead.has(url),
  );
  const read = await loadLedgerDocuments(entries, options);
  return {
    documents: read.results,
    failures: [...listings.errors, ...read.errors].map(({ url, error }) => describeFailure(url, error)),
    requests: folders.length + entries.length,
  };
}
