/** One RDF term in the SPARQL 1.1 Query Results JSON Format. */
export interface SparqlTerm {
  readonly type: 'uri' | 'literal' | 'bnode' | 'triple';
  readonly value: string;
  readonly datatype?: string;
  readonly 'xml:lang'?: string;
}

/** SELECT and ASK results in the SPARQL 1.1 Query Results JSON Format. */
export interface SparqlJsonResults {
  readonly head: { readonly vars?: readonly string[] };
  readonly results?: { readonly bindings: ReadonlyArray<Readonly<Record<string, SparqlTerm>>> };
  readonly boolean?: boolean;
}

/** What any engine returns: solutions (SELECT/ASK) or a graph (CONSTRUCT/DESCRIBE) as N-Triples. */
export type QueryResult = { readonly kind: 'solutions'; readonly json: SparqlJsonResults } | { readonly kind: 'graph'; readonly ntriples: string };
