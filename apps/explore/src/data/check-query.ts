import type { OxigraphModule } from './cli-api.internal.js';
import { queryForm } from './cli-api.internal.js';
import { QuerySyntaxError } from './query-syntax-error.js';

/**
 * Parses the query by running it on an empty store, before anything is fetched: a typo costs
 * no crawl of the network. Throws QuerySyntaxError with Oxigraph's line and column.
 */
export function checkQuery(oxigraph: OxigraphModule, sparql: string): void {
  try {
    queryForm(sparql);
    new oxigraph.Store().query(sparql, { results_format: 'application/sparql-results+json' });
  } catch (error) {
    throw new QuerySyntaxError(error instanceof Error ? error.message : String(error));
  }
}
