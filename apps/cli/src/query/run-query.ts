import { partsForQuery } from '../crawl/crawl-parts.js';
import { crawlNetwork, type CrawlOptions, type CrawlResult } from '../crawl/crawl-network.js';
import { storeFromDocuments, type HarvestStore } from '../store/harvest-store.js';
import type { QueryResult } from './query-result.js';
import { queryStore } from './query-store.js';

/** How a query finds its data. */
export const ENGINES = ['index', 'traversal', 'store'] as const;
export type Engine = (typeof ENGINES)[number];

/** One query run: where to start, how, and as whom. */
export interface QueryRun {
  readonly sparql: string;
  readonly engine: Engine;
  /** Group IRIs, WebIDs or containers to start from (index and traversal). */
  readonly sources?: readonly string[];
  /** A harvested store (engine "store"). */
  readonly store?: HarvestStore;
  readonly fetch?: typeof fetch;
  readonly followPartners?: boolean;
  readonly onProgress?: CrawlOptions['onProgress'];
}

/** A result with what it cost. */
export interface QueryOutcome {
  readonly result: QueryResult;
  readonly totalMs: number;
  readonly firstResultMs: number | null;
  /** Pod requests the run sent. */
  readonly requests: number;
  /** What the index-guided crawl read and could not read (engine "index" only). */
  readonly crawl?: CrawlResult;
}

/** Runs one query with the chosen engine and measures it. */
export async function runQuery(run: QueryRun): Promise<QueryOutcome> {
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  switch (run.engine) {
    case 'store': {
      if (!run.store) throw new Error('The store engine needs a harvested store: run `mutua harvest` first and pass --store <file>');
      const result = queryStore(run.store, run.sparql);
      return { result, totalMs: elapsed(), firstResultMs: elapsed(), requests: 0 };
    }
    case 'index': {
      const sources = requireSources(run);
      const crawl = await crawlNetwork(sources, { fetch: run.fetch, followPartners: run.followPartners, onProgress: run.onProgress, parts: partsForQuery(run.sparql) });
      const result = queryStore(storeFromDocuments(crawl.documents), run.sparql);
      const totalMs = elapsed();
      return { result, totalMs, firstResultMs: totalMs, requests: crawl.requests, crawl };
    }
    case 'traversal': {
      const sources = requireSources(run);
      let requests = 0;
      const base = run.fetch ?? fetch;
      const counting = ((input: RequestInfo | URL, init?: RequestInit) => {
        requests += 1;
        return base(input, init);
      }) as typeof fetch;
      let firstResultMs: number | null = null;
      // Comunica takes seconds to load: only the traversal engine pays for it.
      const { queryByTraversal } = await import('./query-by-traversal.js');
      const result = await queryByTraversal(run.sparql, sources, { fetch: counting, onFirstResult: () => (firstResultMs = elapsed()) });
      return { result, totalMs: elapsed(), firstResultMs, requests };
    }
  }
}

function requireSources(run: QueryRun): readonly string[] {
  if (!run.sources || run.sources.length === 0) throw new Error(`The ${run.engine} engine needs at least one start URL: --from <group IRI or WebID>`);
  return run.sources;
}
