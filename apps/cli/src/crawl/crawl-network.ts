import { isLedgerDocumentUrl, loadLedgerDocuments, loadResources, type RdfResource } from '@mutua/core';
import { linksToFollow, type CrawlScope } from './links-to-follow.js';
import { mutuaClasses } from './mutua-classes.js';
import { ALL_PARTS, type CrawlParts } from './crawl-parts.js';
import { describeFailure, type CrawlFailure } from './crawl-failure.js';

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
  /** HTTP requests sent (one per document: Mutua's indexes need no extra look-ups). */
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
  const scope: CrawlScope = { followPartners: options.followPartners ?? true, classes: mutuaClasses, parts: options.parts ?? ALL_PARTS };
  const maxDocuments = options.maxDocuments ?? DEFAULT_MAX_DOCUMENTS;
  const seen = new Set<string>();
  const documents: RdfResource[] = [];
  const failures: CrawlFailure[] = [];
  let truncated = false;
  let wave = [...new Set(startUrls.map((url) => url.split('#')[0]!))];
  for (const url of wave) seen.add(url);

  while (wave.length > 0) {
    const loadOptions = { fetch: options.fetch, concurrency: options.concurrency ?? 8 };
    const [rdf, ledger] = await Promise.all([loadResources(wave.filter((url) => !isLedgerDocumentUrl(url)), loadOptions), loadLedgerDocuments(wave.filter(isLedgerDocumentUrl), loadOptions)]);
    const results = [...rdf.results, ...ledger.results];
    documents.push(...results);
    failures.push(...[...rdf.errors, ...ledger.errors].map(({ url, error }) => describeFailure(url, error)));
    const next: string[] = [];
    for (const resource of results) {
      for (const link of linksToFollow(resource, scope)) {
        if (seen.has(link)) continue;
        if (seen.size >= maxDocuments) {
          truncated = true;
          break;
        }
        seen.add(link);
        next.push(link);
      }
    }
    options.onProgress?.(documents.length + failures.length, next.length);
    wave = next;
  }
  return { documents, failures, requests: documents.length + failures.length, truncated };
}

