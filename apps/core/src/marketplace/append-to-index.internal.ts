import type { Quad } from 'n3';
import { toN3Patch } from '../pod/patch-rdf-resource.js';
import { httpFailure } from '../pod/http-failure.internal.js';
import type { PodRequestOptions } from '../pod/pod-request-options.js';

/**
 * Appends triples to an index journal with an insert-only N3 Patch: members hold only Append
 * there, so nobody can remove or change what someone else appended. No If-Match: appends
 * commute, and CSS applies concurrent patches one after the other.
 */
export async function appendToIndex(url: string, quads: readonly Quad[], options: PodRequestOptions): Promise<void> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const response = await fetchFn(url, {
    method: 'PATCH',
    headers: { 'content-type': 'text/n3' },
    body: toN3Patch({ deletes: [], inserts: quads }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!response.ok) throw httpFailure('Appending to the marketplace index', url, response, await response.text());
  await response.body?.cancel();
}
