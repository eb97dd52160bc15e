// Types for the parts of rdf-canonize (Digital Bazaar, CommonJS, untyped) that Mutua uses.
declare module 'rdf-canonize' {
  import type { Quad, Term } from '@rdfjs/types';

  export interface CanonizeOptions {
    algorithm: 'RDFC-1.0';
    format?: 'application/n-quads';
    maxWorkFactor?: number;
    signal?: AbortSignal;
  }

  /** RDFC-1.0 canonical N-Quads of a dataset (an array of RDF/JS quads). */
  export function canonize(dataset: readonly Quad[], options: CanonizeOptions): Promise<string>;

  export const NQuads: {
    /** One quad as an N-Quads line (with its trailing " .\n"), escaped as RDFC-1.0 requires. */
    serializeQuadComponents(subject: Term, predicate: Term, object: Term, graph: Term): string;
    serializeQuad(quad: Quad): string;
    parse(input: string): Quad[];
  };

  const rdfCanonize: { canonize: typeof canonize; NQuads: typeof NQuads };
  export default rdfCanonize;
}
