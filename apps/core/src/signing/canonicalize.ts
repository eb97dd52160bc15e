import type { Quad } from '@rdfjs/types';
import rdfCanonize from 'rdf-canonize';
import { countBlankNodes, distinctQuads, sortedCanonicalNQuads } from './sorted-nquads.internal.js';

/** Options for `canonicalize`. */
export interface CanonicalizeOptions {
  /** Bound on RDFC-1.0's deep comparisons, against poisoned graphs (rdf-canonize's default: 1). */
  readonly maxWorkFactor?: number;
  readonly signal?: AbortSignal;
}

/** RDFC-1.0 canonical N-Quads of a set of quads; graphs with 0 or 1 blank node take a fast path. */
export async function canonicalize(quads: readonly Quad[], options: CanonicalizeOptions = {}): Promise<string> {
  if (countBlankNodes(quads, 2) < 2) return sortedCanonicalNQuads(quads);
  return rdfCanonize.canonize(distinctQuads(quads), {
    algorithm: 'RDFC-1.0',
    format: 'application/n-quads',
    ...options,
  });
}

/** RDFC-1.0 canonical N-Quads through rdf-canonize alone: the reference the fast path is tested against. */
export async function canonicalizeWithRdfCanonize(quads: readonly Quad[]): Promise<string> {
  return rdfCanonize.canonize(distinctQuads(quads), { algorithm: 'RDFC-1.0', format: 'application/n-quads' });
}
