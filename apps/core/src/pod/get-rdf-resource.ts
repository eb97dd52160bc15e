import { fetchWithLimits } from './fetch-with-limits.internal.js';
import { httpFailure } from './http-failure.internal.js';
import { parseRdf, RDF_ACCEPT } from './parse-rdf.js';
import type { PodRequestOptions } from './pod-request-options.js';
import type { RdfResource } from './rdf-resource.js';
import { documentUrl } from './document-url.js';

/** Reads an RDF document (Turtle preferred) with its ETag; throws a typed error on any failure. */
export async function getRdfResource(url: string, options: PodRequestOptions = {}): Promise<RdfResource> {
  const target = documentUrl(url);
  const attempted = 'Reading';
  const { response, body } = await fetchWithLimits(attempted, target, { headers: { accept: RDF_ACCEPT } }, options);
  if (!response.ok) throw httpFailure(attempted, target, response, body);
  // Redirects (e.g. a WebID on another host) resolve relative IRIs against the final URL.
  const base = response.url || target;
  const quads = parseRdf(attempted, base, response.headers.get('content-type') ?? '', body);
  return { url: target, quads, etag: response.headers.get('etag') };
}
