import type { QuadStore } from '../store/quad-store.js';
import type { QueryResult, SparqlJsonResults } from './query-result.js';
import { queryForm } from './query-form.js';

/** Runs SPARQL over a harvested store (node or browser build of Oxigraph); the union of all documents is the default graph. */
export function queryStore(store: QuadStore, sparql: string): QueryResult {
  const options = { use_default_graph_as_union: true };
  if (queryForm(sparql) === 'graph') {
    return { kind: 'graph', ntriples: store.query(sparql, { ...options, results_format: 'application/n-triples' }) as string };
  }
  const json = JSON.parse(store.query(sparql, { ...options, results_format: 'application/sparql-results+json' }) as string) as SparqlJsonResults;
  return { kind: 'solutions', json };
}
