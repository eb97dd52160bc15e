import { isLedgerDocumentUrl, loadLedgerDocuments, loadResources, NotFoundError, type RdfResource } from '@mutua/core';
import { linksToFollow, type CrawlScope } from './links-to-follow.js';
import { mutuaClasses } from './mutua-classes.js';
import { ALL_PARTS, type CrawlParts } from './crawl-parts.js';
import { describeFailure, type CrawlFailure } from './crawl-failure.js';
import { LedgerPagesSeen } from './ledger-pages-seen.js';
import { proposalDocumentsOf } from './proposal-documents.js';
import { readLedgerTail, readSkippedEntries, type ReadStep } from './paged-ledger-reads.js';

/** Options of an index-guided crawl. */
export interface CrawlOptions {
  /** The querying agent's fetch: authenticated to read members-only data, else the global fetch. */
  readonly fetch?: typeof fetch;
  readonly concurrency?: number;
  /** Stop queueing new documents beyond this many (a safety net against runaway listings). */
  readonly maxDocuments?: number;
  readonly followPartners?: boolean;
  /** Which of the groups' indexes to read; everything by default (see partsForQuery). */
  readonly parts?: CrawlParts;
  /** Called after each wave of reads with the documents read so far and those still queued. */
  readonly onProgress?: (read: number, queued: number) => void;
}

/** Everything an index-guided crawl read, and what it could not read and why. */
export interface CrawlResult {
  readonly documents: readonly RdfResource[];
  readonly failures: readonly CrawlFailure[];
  /** HTTP requests sent (one per document: Mutua's indexes need no extra look-ups; ledger pages stand in for the entries they hold). */
  readonly requests: number;
  /** True when maxDocuments cut the crawl short. */
  readonly truncated: boolean;
}

const DEFAULT_MAX_DOCUMENTS = 100_000;

/**
 * Reads every document reachable from the start URLs (group IRIs, WebIDs or containers) through
 * Mutua's indexes, in waves of parallel requests. Only what the agent may read is fetched;
 * refusals and broken documents become failures, never a half-finished result without notice.
 */
export async function crawlNetwork(startUrls: readonly string[], options: CrawlOptions = {}): Promise<CrawlResult> {
  const scope: CrawlScope = {
    followPartners: options.followPartners ?? true,
    classes: mutuaClasses,
    parts: options.parts ?? ALL_PARTS,
  };
  const maxDocuments = options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
  const seen = new Set<string>();
  const documents: RdfResource[] = [];
  const failures: CrawlFailure[] = [];
  let truncated = false;
  const pages = new LedgerPagesSeen();
  let wave = [...new Set(startUrls.map((url) => url.split('#')[0]!))];
  for (const url of wave) seen.add(url);
  // Documents that may not exist yet (a proposal's ballots before the first vote): absent is not a failure.
  const optional = new Set<string>();
  let requests = 0;

  const loadOptions = { fetch: options.fetch, concurrency: options.concurrency ?? 8 };
  while (wave.length > 0) {
    requests += wave.length;
    const [rdf, ledger] = await Promise.all([
      loadResources(
        wave.filter((url) => !isLedgerDocumentUrl(url)),
        loadOptions,
      ),
      loadLedgerDocuments(wave.filter(isLedgerDocumentUrl), loadOptions),
    ]);
    const results = [...rdf.results, ...ledger.results];
    documents.push(...results);
    const errors = [...rdf.errors, ...ledger.errors].filter(
      ({ url, error }) => !(optional.has(url) && error instanceof NotFoundError),
    );
    failures.push(...errors.map(({ url, error }) => describeFailure(url, error)));
    const next: string[] = [];
    // A ledger's pages are listed in the same wave as its entries container: its folders are skipped.
    for (const resource of results) pages.note(resource);
    for (const resource of results) {
      for (const found of linksToFollow(resource, scope)) {
        const proposal = proposalDocumentsOf(found);
        for (const optionalUrl of proposal?.optional ?? []) optional.add(optionalUrl);
        for (const link of proposal ? [...proposal.required, ...proposal.optional] : [found]) {
          if (seen.has(link) || pages.skip(link)) continue;
          if (seen.size >= maxDocuments) {
            truncated = true;
            break;
          }
          seen.add(link);
          next.push(link);
        }
      }
    }
    options.onProgress?.(documents.length + failures.length, next.length);
    wave = next;
  }
  const add = (step: ReadStep): void => {
    documents.push(...step.documents);
    failures.push(...step.failures);
    requests += step.requests;
  };
  // Paged ledgers: the entries after the pages, then the pages checked against them.
  (await Promise.all(pages.tails().map(({ group, from }) => readLedgerTail(group, from, loadOptions)))).forEach(add);
  const { rejected, duplicates } = await pages.settle(documents);
  const dropped = new Set([...rejected.flatMap((r) => r.pages), ...duplicates]);
  if (dropped.size > 0) documents.splice(0, documents.length, ...documents.filter((d) => !dropped.has(d.url)));
  if (rejected.length > 0) {
    // Pages that do not check out are dropped, and the entries they stood for are read after all.
    failures.push(
      ...rejected.map(({ ledger, reason }) => ({
        url: ledger,
        kind: 'other' as const,
        message: `Its ledger pages were not used (${reason}); its entries were read one by one.`,
      })),
    );
    add(
      await readSkippedEntries(
        rejected.flatMap((r) => r.skipped),
        new Set(documents.map((d) => d.url)),
        loadOptions,
      ),
    );
  }
  return { documents, failures, requests, truncated };
}
