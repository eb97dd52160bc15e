import { QueryEngine as TraversalEngine } from '@comunica/query-sparql-link-traversal-solid';
import type * as RDF from '@rdfjs/types';
import { Writer } from 'n3';
import type { QueryResult, SparqlTerm } from './query-result.js';
import { queryForm } from './query-form.js';
import { withMetadataAccumulation } from './with-metadata-accumulation.internal.js';

/** Options of a Comunica link-traversal query. */
export interface TraversalOptions {
  readonly fetch?: typeof fetch;
  /** Called once, when the first solution or triple arrives. */
  readonly onFirstResult?: () => void;
}

/**
 * Runs SPARQL with Comunica's Solid link traversal from the start URLs: it follows every link
 * it finds (LDP containers, type indexes, any IRI in the data) with no knowledge of Mutua's
 * layout. The baseline the index-guided crawl is measured against.
 */
export async function queryByTraversal(sparql: string, sources: readonly string[], options: TraversalOptions = {}): Promise<QueryResult> {
  const engine = withMetadataAccumulation(new TraversalEngine());
  const context = { sources: [...sources] as [string, ...string[]], lenient: true, ...(options.fetch ? { fetch: options.fetch } : {}) };
  let first = options.onFirstResult;
  const arrived = (): void => {
    first?.();
    first = undefined;
  };
  if (queryForm(sparql) === 'graph') {
    const quads = await (await engine.queryQuads(sparql, context)).toArray();
    if (quads.length > 0) arrived();
    return { kind: 'graph', ntriples: new Writer({ format: 'N-Triples' }).quadsToString(quads) };
  }
  if (/\bASK\b/i.test(sparql) && !/\bSELECT\b/i.test(sparql)) {
    const answer = await engine.queryBoolean(sparql, context);
    arrived();
    return { kind: 'solutions', json: { head: {}, boolean: answer } };
  }
  const result = await engine.query(sparql, context);
  if (result.resultType !== 'bindings') throw new TypeError(`Expected solutions from a SELECT query, got ${result.resultType}`);
  const vars = (await result.metadata()).variables.map((variable) => variable.value);
  const stream = await result.execute();
  const bindings: Array<Record<string, SparqlTerm>> = [];
  stream.on('data', arrived);
  for (const binding of await stream.toArray()) {
    const row: Record<string, SparqlTerm> = {};
    for (const [variable, term] of binding) row[variable.value] = toSparqlTerm(term);
    bindings.push(row);
  }
  return { kind: 'solutions', json: { head: { vars }, results: { bindings } } };
}

function toSparqlTerm(term: RDF.Term): SparqlTerm {
  switch (term.termType) {
    case 'NamedNode':
      return { type: 'uri', value: term.value };
    case 'BlankNode':
      return { type: 'bnode', value: term.value };
    case 'Literal':
      return term.language ? { type: 'literal', value: term.value, 'xml:lang': term.language } : { type: 'literal', value: term.value, datatype: term.datatype.value };
    default:
      return { type: 'literal', value: term.value };
  }
}
