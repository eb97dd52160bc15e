import { abortableFetch } from './abortable-fetch.js';
import { checkQuery } from './check-query.js';
import {
  crawlNetwork,
  partsForQuery,
  queryStore,
  storeFromDocumentsAsync,
  type CrawlFailure,
  type OxigraphModule,
  type QueryResult,
} from './cli-api.internal.js';

/** What the explore page asks for. */
export interface ExploreQuery {
  readonly sparql: string;
  /** Group IRIs or WebIDs the crawl starts from. */
  readonly startUrls: readonly string[];
  readonly followPartners: boolean;
}

/** How to run it: the member's own fetch, the Oxigraph build, cancellation and progress. */
export interface ExploreRunOptions {
  /** The logged-in member's authenticated fetch: the crawl reads nothing this fetch may not. */
  readonly fetch: typeof globalThis.fetch;
  readonly oxigraph: OxigraphModule;
  readonly signal: AbortSignal;
  readonly onProgress?: (read: number, queued: number) => void;
  readonly now?: () => number;
}

/** The answer, what was read to get it, and what could not be read. */
export interface ExploreOutcome {
  readonly result: QueryResult;
  readonly documents: number;
  readonly failures: readonly CrawlFailure[];
  readonly truncated: boolean;
  readonly elapsedMs: number;
}

/**
 * Checks the query, crawls the network from the start URLs through Mutua's indexes (only the
 * parts the query names), loads what was read into Oxigraph and runs the query there.
 * Throws QuerySyntaxError before fetching anything, and the signal's reason once cancelled.
 */
export async function runExploreQuery(query: ExploreQuery, options: ExploreRunOptions): Promise<ExploreOutcome> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  checkQuery(options.oxigraph, query.sparql);
  const crawl = await crawlNetwork(query.startUrls, {
    fetch: abortableFetch(options.fetch, options.signal),
    parts: partsForQuery(query.sparql),
    followPartners: query.followPartners,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  // Cancelled reads end up as crawl failures; the member asked to stop, so no half result.
  options.signal.throwIfAborted();
  const result = queryStore(await storeFromDocumentsAsync(options.oxigraph, crawl.documents), query.sparql);
  return {
    result,
    documents: crawl.documents.length,
    failures: crawl.failures,
    truncated: crawl.truncated,
    elapsedMs: now() - started,
  };
}
