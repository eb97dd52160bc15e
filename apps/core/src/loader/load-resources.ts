import { getRdfResource } from '../pod/get-rdf-resource.js';
import type { RdfResource } from '../pod/rdf-resource.js';
import { loadEach } from './load-each.internal.js';
import type { LoadOptions, LoadResult } from './load-options.js';

/**
 * Reads many RDF documents in parallel (bounded), each with its own deadline and size limit;
 * a source that is down, slow, huge or unparsable becomes one entry in `errors`.
 */
export function loadResources(urls: readonly string[], options: LoadOptions = {}): Promise<LoadResult<RdfResource>> {
  return loadEach(urls, (url, taskOptions) => getRdfResource(url, taskOptions), options);
}
