import type { Quad } from 'n3';
import { httpFailure } from '../pod/http-failure.internal.js';
import { parseRdf } from '../pod/parse-rdf.js';
import { TooLargeError } from '../errors/too-large-error.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';
import type { CachedIndexDocument, MarketplaceCache } from './marketplace-cache.js';

/** An index document: fresh triples, the cached check of an unchanged one, or nothing yet (404). */
export type IndexDocumentRead =
  | { readonly state: 'fresh'; readonly url: string; readonly etag: string | null; readonly quads: readonly Quad[] }
  | { readonly state: 'cached'; readonly url: string; readonly cached: CachedIndexDocument }
  | { readonly state: 'absent'; readonly url: string };

/** Index pages are large on purpose (thousands of entries); a hostile one still stops here. */
export const INDEX_MAX_BYTES = 64 * 1024 * 1024;

/** GETs an index document, conditionally when a checked copy is cached; a missing document is empty, not an error. */
export async function readIndexDocument(url: string, cache: MarketplaceCache | undefined, options: PodRequestOptions): Promise<IndexDocumentRead> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const cached = cache?.get(url);
  const headers: Record<string, string> = { accept: 'text/turtle' };
  if (cached) headers['if-none-match'] = cached.etag;
  // `no-cache`: revalidate with the server, never a browser's heuristically fresh copy.
  const response = await fetchFn(url, { headers, cache: 'no-cache', ...(options.signal ? { signal: options.signal } : {}) });
  if (response.status === 304 && cached) return { state: 'cached', url, cached };
  if (response.status === 404) {
    await response.body?.cancel();
    return { state: 'absent', url };
  }
  const body = await response.text();
  if (!response.ok) throw httpFailure('Reading the marketplace index', url, response, body);
  const etag = response.headers.get('etag');
  if (cached && etag === cached.etag) return { state: 'cached', url, cached };
  const maxBytes = options.maxBytes ?? INDEX_MAX_BYTES;
  if (body.length > maxBytes) throw new TooLargeError('Reading the marketplace index', url, maxBytes, body.length);
  return { state: 'fresh', url, etag, quads: parseRdf('Reading the marketplace index', url, response.headers.get('content-type') ?? 'text/turtle', body) };
}
